package org.annalist.context.features;

import java.util.Objects;

/**
 * A place the article names, resolved to coordinates (GKG's {@code V2Locations}). The geoparser
 * produces these; {@link ArticleFeatures#withLocations} puts them into an article's features.
 *
 * @param name the place's full name, e.g. {@code "Aleppo, Halab, Syria"}
 * @param iso3 ISO 3166-1 alpha-3 code of the country the place is in, or {@code null} when unknown
 * @param latitude degrees, -90 to 90
 * @param longitude degrees, -180 to 180
 * @param featureId the gazetteer's identifier of the place (e.g. a GeoNames id), or {@code null}
 * @param offset character offset of the mention in the article text
 */
public record FeatureLocation(
    String name, String iso3, double latitude, double longitude, String featureId, int offset) {

  public FeatureLocation {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank location name");
    }
    if (iso3 != null && !iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("bad ISO 3166-1 alpha-3 code '" + iso3 + "' for " + name);
    }
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "bad coordinates " + latitude + "," + longitude + " for " + name);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("negative offset " + offset + " for " + name);
    }
  }
}
