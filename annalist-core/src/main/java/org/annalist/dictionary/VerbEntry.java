package org.annalist.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * A verb block: one or more verbs sharing a default code and a list of patterns.
 *
 * @param id where the block starts, {@code file:line}
 * @param verbs the verbs as written ({@code withdraw}, {@code pull out})
 * @param defaultCode the code when no pattern matches, or {@code null} for {@code ---}
 * @param defaultReverseCode the default's paired code, target back to source, or {@code null}
 * @param patterns the patterns, most specific first (ties in the order written)
 */
public record VerbEntry(
    String id,
    List<String> verbs,
    String defaultCode,
    String defaultReverseCode,
    List<VerbPattern> patterns) {

  public VerbEntry {
    Objects.requireNonNull(id, "id");
    verbs = List.copyOf(verbs);
    patterns =
        patterns.stream()
            .sorted((a, b) -> Integer.compare(b.specificity(), a.specificity()))
            .toList();
  }

  public VerbEntry(String id, List<String> verbs, String defaultCode, List<VerbPattern> patterns) {
    this(id, verbs, defaultCode, null, patterns);
  }

  @Override
  public String toString() {
    return String.join(" | ", verbs)
        + " = "
        + (defaultCode == null ? "---" : defaultCode)
        + (defaultReverseCode == null ? "" : ":" + defaultReverseCode);
  }
}
