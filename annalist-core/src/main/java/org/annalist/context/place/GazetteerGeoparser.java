package org.annalist.context.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annalist.cameo.ActorCodes;
import org.annalist.context.place.internal.Disambiguator;
import org.annalist.context.place.internal.MentionFinder;
import org.annalist.context.place.internal.RawMention;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Span;

/**
 * Geoparses articles with the embedded {@link Gazetteer}: capitalised gazetteer names (cities and
 * divisions only where the named-entity tagger says location, countries anywhere), each resolved by
 * its prior and the article's context (see {@code internal.Disambiguator}), and the article's focus
 * from the dateline and mention counts. Costs a few hash lookups per capitalised token. Built once
 * (the gazetteer is the heavy part); immutable and thread-safe.
 */
public final class GazetteerGeoparser implements Geoparser {

  private static final class Holder {
    static final GazetteerGeoparser STANDARD =
        new GazetteerGeoparser(Gazetteer.standard(), ActorCodes.standard());
  }

  private final Gazetteer gazetteer;
  private final ActorCodes actorCodes;
  private final MentionFinder finder;

  public GazetteerGeoparser(Gazetteer gazetteer, ActorCodes actorCodes) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.actorCodes = Objects.requireNonNull(actorCodes, "actorCodes");
    this.finder = new MentionFinder(gazetteer, actorCodes);
  }

  /** The geoparser over the bundled gazetteer and CAMEO country table. */
  public static GazetteerGeoparser standard() {
    return Holder.STANDARD;
  }

  @Override
  public GeoparsedArticle geoparse(AnnotatedArticle article) {
    MentionFinder.Found found = finder.find(article);
    List<RawMention> raw = found.mentions();
    List<Disambiguator.Choice> choices = Disambiguator.resolve(raw, found.adjectiveCountries());
    String text = article.text();
    List<PlaceMention> mentions = new ArrayList<>(raw.size());
    PlaceMention dateline = null;
    for (int i = 0; i < raw.size(); i++) {
      RawMention r = raw.get(i);
      Disambiguator.Choice c = choices.get(i);
      int end = Math.min(r.end(), text.length());
      int begin = Math.min(r.begin(), end);
      PlaceMention m =
          new PlaceMention(
              r.sentenceIndex(),
              r.firstToken(),
              r.lastToken(),
              Span.of(text, begin, end),
              c.place(),
              r.dateline() ? "dateline; " + c.reason() : c.reason());
      mentions.add(m);
      if (r.dateline() && dateline == null) {
        dateline = m;
      }
    }
    return focus(article, mentions, dateline, found.adjectiveCountries());
  }

  private GeoparsedArticle focus(
      AnnotatedArticle article,
      List<PlaceMention> mentions,
      PlaceMention dateline,
      Map<String, Integer> adjectives) {
    Map<String, Double> countryWeight = new LinkedHashMap<>();
    Map<Place, Integer> placeCount = new LinkedHashMap<>();
    for (PlaceMention m : mentions) {
      countryWeight.merge(m.place().countryCode(), m == dateline ? 2.0 : 1.0, Double::sum);
      placeCount.merge(m.place(), 1, Integer::sum);
    }
    adjectives.forEach((iso3, n) -> countryWeight.merge(iso3, 0.5 * n, Double::sum));
    String topCountry = null;
    for (Map.Entry<String, Double> e : countryWeight.entrySet()) {
      if (topCountry == null || e.getValue() > countryWeight.get(topCountry)) {
        topCountry = e.getKey();
      }
    }
    Place focusCountry = topCountry == null ? null : gazetteer.country(topCountry).orElse(null);
    Place focusPlace = null;
    String reason = "";
    if (dateline != null) {
      focusPlace = dateline.place();
      reason = "dateline";
    } else if (!placeCount.isEmpty()) {
      Place top = null;
      for (Map.Entry<Place, Integer> e : placeCount.entrySet()) {
        if (top == null || e.getValue() > placeCount.get(top)) {
          top = e.getKey();
        }
      }
      focusPlace = top;
      reason = "most mentioned (" + placeCount.get(top) + ")";
    } else if (focusCountry != null) {
      focusPlace = focusCountry;
      reason = "country of the adjectives";
    }
    return new GeoparsedArticle(article, mentions, focusCountry, focusPlace, reason);
  }

  @Override
  public Optional<Place> actorPlace(String actorCode) {
    if (actorCode == null || actorCode.length() < 3) {
      return Optional.empty();
    }
    return actorCodes
        .country(actorCode.substring(0, 3))
        .map(MentionFinder::iso3)
        .flatMap(gazetteer::country);
  }

  /** The gazetteer this geoparser resolves names in. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }
}
