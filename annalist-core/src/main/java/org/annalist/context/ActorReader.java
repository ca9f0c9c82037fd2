package org.annalist.context;

import java.util.Optional;
import org.annalist.coding.ActorMention;
import org.annalist.model.AnnotatedArticle;

/**
 * Reads the actor at a span of an article as the coder would ({@code DependencyCoder::actorAt}), so
 * that the context stage can tell that "the head of Russia's Security Council" and "Nikolai
 * Patrushev" are the same actor code.
 */
@FunctionalInterface
public interface ActorReader {

  /** The actor named by the words from {@code begin} to {@code end}, if any. */
  Optional<ActorMention> actorAt(AnnotatedArticle article, int begin, int end);

  /** A reader that knows no actor. */
  ActorReader NONE = (article, begin, end) -> Optional.empty();
}
