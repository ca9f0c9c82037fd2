/**
 * The place stage of context: an embedded GeoNames gazetteer ({@link
 * org.annalist.context.place.Gazetteer}), a geoparser that finds and disambiguates the places an
 * article names ({@link org.annalist.context.place.Geoparser}, implemented by {@link
 * org.annalist.context.place.GazetteerGeoparser}) and GDELT-style geography for events and actors
 * ({@link org.annalist.context.place.GeoparsedArticle#locate(int, int)}, {@link
 * org.annalist.context.place.Geoparser#actorPlace(String)}). Every result says where it came from:
 * the mention's character offsets and the reason its place won.
 *
 * <p>Depends on {@code org.annalist.model} and {@code org.annalist.cameo} (country adjectives and
 * CAMEO country codes) only; the helpers are in {@code internal}.
 */
package org.annalist.context.place;
