package org.annalist.coding;

import org.annalist.model.AnnotatedArticle;

/**
 * The coding stage: events from a parsed article. Implementations are immutable and thread-safe.
 */
public interface EventCoder {

  CodingResult code(AnnotatedArticle article);
}
