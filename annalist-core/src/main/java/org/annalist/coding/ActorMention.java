package org.annalist.coding;

import java.util.List;
import java.util.Objects;

/**
 * An actor as found in a sentence: the code it resolved to, the text it came from and the
 * dictionary entries used.
 *
 * @param code CAMEO actor code ({@code RUSGOV}), or {@code null} when the text did not resolve
 *     (only for {@link CodedEvent#reportedBy()})
 * @param text the words of the article that gave the code
 * @param begin offset of the first character in the article text
 * @param end offset after the last character
 * @param entries ids ({@code file:line}) of the actor and agent entries that made the code; for a
 *     pronoun, first {@code antecedent:BEGIN-END}, the span of the actor it stands for
 * @param antecedent for a pronoun ("he", "his country"), the text of the actor it stands for
 *     ("Vladimir Putin"); else null
 */
public record ActorMention(
    String code, String text, int begin, int end, List<String> entries, String antecedent) {

  public ActorMention {
    Objects.requireNonNull(text, "text");
    entries = List.copyOf(entries);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad actor span " + begin + ".." + end);
    }
  }

  /** A mention that stands for itself (no antecedent). */
  public ActorMention(String code, String text, int begin, int end, List<String> entries) {
    this(code, text, begin, end, entries, null);
  }

  public boolean isResolved() {
    return code != null;
  }
}
