package org.annalist.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * Alternatives in a verb pattern: noun phrases in {@code {}} or verbs after {@code >}.
 *
 * @param written the alternatives as written (phrases and {@code &SET} references), for {@link
 *     #toString()}
 * @param phrases every alternative expanded to word keys, synonym sets resolved
 */
public record PhraseSet(List<String> written, List<List<String>> phrases) {

  public PhraseSet {
    written = List.copyOf(written);
    phrases = phrases.stream().map(List::copyOf).toList();
    if (written.isEmpty() || phrases.isEmpty()) {
      throw new IllegalArgumentException("empty alternatives");
    }
    for (List<String> p : phrases) {
      Objects.requireNonNull(p);
      if (p.isEmpty()) {
        throw new IllegalArgumentException("empty phrase in alternatives " + written);
      }
    }
  }

  @Override
  public String toString() {
    return String.join(" | ", written);
  }
}
