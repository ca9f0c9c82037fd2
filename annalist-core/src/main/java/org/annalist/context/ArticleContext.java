package org.annalist.context;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.context.features.ArticleFeatures;
import org.annalist.context.place.GeoparsedArticle;

/**
 * What the context stage made of one article: each coded event's context, the article's GKG-like
 * features (persons, organisations, places with coordinates, quotations, counts, tone) and its
 * geoparse.
 *
 * @param articleId the article's id
 * @param events one context per coded event, in the events' order
 * @param features the article's features, places filled from {@code places}
 * @param places the article's place mentions and focus
 */
public record ArticleContext(
    String articleId,
    List<EventContext> events,
    ArticleFeatures features,
    GeoparsedArticle places) {

  public ArticleContext {
    Objects.requireNonNull(articleId, "articleId");
    events = List.copyOf(events);
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(places, "places");
  }

  /** The context of the event with id {@code eventId}. */
  public Optional<EventContext> of(String eventId) {
    return events.stream().filter(c -> c.eventId().equals(eventId)).findFirst();
  }

  /** The events' contexts by event id (built on each call: take it once per article). */
  public Map<String, EventContext> byId() {
    return events.stream()
        .collect(Collectors.toUnmodifiableMap(EventContext::eventId, Function.identity()));
  }
}
