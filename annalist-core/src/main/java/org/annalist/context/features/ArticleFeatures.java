package org.annalist.context.features;

import java.util.List;
import java.util.Objects;

/**
 * What an article is about beyond its events, in the manner of one GKG record: who it names, where,
 * whom it quotes, how many people it says were killed, wounded, arrested, displaced or kidnapped,
 * and its tone.
 *
 * @param articleId the article's id
 * @param persons distinct persons, ordered by first mention
 * @param organizations distinct organisations, ordered by first mention
 * @param locations places with coordinates, from the geoparser; empty until it has run (see {@link
 *     #withLocations})
 * @param quotations quoted statements in text order
 * @param counts counts in text order
 * @param tone the tone of the whole article
 */
public record ArticleFeatures(
    String articleId,
    List<NamedEntity> persons,
    List<NamedEntity> organizations,
    List<FeatureLocation> locations,
    List<Quotation> quotations,
    List<CountMention> counts,
    Tone tone) {

  public ArticleFeatures {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(tone, "tone");
    persons = List.copyOf(persons);
    organizations = List.copyOf(organizations);
    locations = List.copyOf(locations);
    quotations = List.copyOf(quotations);
    counts = List.copyOf(counts);
    for (NamedEntity p : persons) {
      if (p.type() != EntityType.PERSON) {
        throw new IllegalArgumentException("not a person: " + p);
      }
    }
    for (NamedEntity o : organizations) {
      if (o.type() != EntityType.ORGANIZATION) {
        throw new IllegalArgumentException("not an organisation: " + o);
      }
    }
  }

  /** These features with {@code locations} in place of the current ones. */
  public ArticleFeatures withLocations(List<FeatureLocation> locations) {
    return new ArticleFeatures(
        articleId, persons, organizations, locations, quotations, counts, tone);
  }
}
