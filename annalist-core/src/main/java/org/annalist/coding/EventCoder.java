package org.annalist.coding;

import java.util.Optional;
import org.annalist.model.AnnotatedArticle;

/**
 * The coding stage: events from a parsed article. Implementations are immutable and thread-safe.
 */
public interface EventCoder {

  CodingResult code(AnnotatedArticle article);

  /**
   * The actor this coder reads in the words at {@code [begin, end)} of a parsed article, for later
   * stages that name who said what; empty when it reads none (the default: a coder without actor
   * dictionaries).
   */
  default Optional<ActorMention> actorAt(AnnotatedArticle article, int begin, int end) {
    return Optional.empty();
  }
}
