package org.annalist.context.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.cameo.ActorCodes;
import org.annalist.context.place.internal.Disambiguator;
import org.annalist.context.place.internal.EventAttachment;
import org.annalist.context.place.internal.MentionFinder;
import org.annalist.context.place.internal.RawMention;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

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
    PlaceMention venue = dateline == null ? venue(article, mentions) : null;
    if (dateline != null) {
      focusPlace = dateline.place();
      reason = "dateline";
    } else if (venue != null) {
      focusPlace = venue.place();
      reason = "venue: " + venue.text();
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

  /** Verbs whose subject is the venue of a gathering: "Abuja hosted the summit". */
  private static final Set<String> HOSTING = Set.of("host");

  /** Nouns of gatherings whose place phrase is the story's venue: "a summit in Abuja". */
  private static final Set<String> GATHERINGS =
      Set.of("summit", "meeting", "talks", "conference", "rally", "session", "negotiations");

  /**
   * The venue of the gathering the article reports, when its first sentences name one: a place that
   * hosted it ("Nigeria's capital, Abuja, hosted the summit"), or the place phrase of a gathering
   * noun ("at a summit in Abuja"). A story about a summit happened there, whichever country it is
   * about.
   */
  private static PlaceMention venue(AnnotatedArticle article, List<PlaceMention> mentions) {
    for (PlaceMention m : mentions) {
      if (m.sentenceIndex() > 2 || m.place().kind() == Place.Kind.COUNTRY) {
        continue;
      }
      Sentence s = article.sentences().get(m.sentenceIndex());
      Token head = m.head(s);
      if (head == null || head.head() == 0) {
        continue;
      }
      Token up = s.headOf(head);
      String rel = head.baseRelation();
      if (rel.equals("appos") && up.head() != 0) { // "the capital, Abuja, hosted"
        rel = up.baseRelation();
        up = s.headOf(up);
      }
      if (rel.equals("nsubj") && HOSTING.contains(up.lemma().toLowerCase(Locale.ROOT))) {
        return m;
      }
      if ((rel.equals("nmod") || rel.equals("obl"))
          && GATHERINGS.contains(up.lemma().toLowerCase(Locale.ROOT))
          && EventAttachment.locativePhrase(s, head, EventAttachment.WHERE)) {
        return m;
      }
    }
    return null;
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
