package org.annalist.context.place;

import java.util.Optional;
import org.annalist.model.AnnotatedArticle;

/** The place stage: finds and resolves the places an article names. */
public interface Geoparser {

  /** Geoparses one article. Never throws on odd input: an article with no place gives none. */
  GeoparsedArticle geoparse(AnnotatedArticle article);

  /**
   * The country an actor code belongs to (GDELT's Actor1Geo at country level): the country of the
   * code's first three letters ({@code RUSGOV} -> Russia, {@code KSV} -> Kosovo), or empty for
   * international, regional and other codes without a country ({@code IGOUNO}, {@code MEA}).
   */
  Optional<Place> actorPlace(String actorCode);
}
