package org.annalist.context;

import org.annalist.coding.CodingResult;
import org.annalist.model.AnnotatedArticle;

/**
 * The context stage: dates, places, attribution, factuality and article features for an article's
 * coded events. Implementations are immutable and thread-safe.
 */
public interface ContextStage {

  /**
   * The context of {@code coding}'s events in {@code article}. Never throws on odd input: an event
   * whose context cannot be found gets the article's (its publication date, no place).
   */
  ArticleContext annotate(AnnotatedArticle article, CodingResult coding);

  /** The bundled stage: its gazetteer, tagger and lexicon built once per JVM. */
  static ContextStage standard() {
    return StandardContextStage.shared();
  }
}
