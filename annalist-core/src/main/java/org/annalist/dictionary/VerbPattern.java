package org.annalist.dictionary;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A compiled verb pattern: elements that must all be present, and the event code they give.
 *
 * @param id where the pattern was written, {@code file:line}
 * @param elements the requirements, in the order written
 * @param code the event code, or {@code null} for {@code ---} (matching blocks coding)
 * @param reverseCode the code of the paired event from the target back to the source ({@code
 *     [040:040]} in PETRARCH dictionaries: "X arrived in Y" is also Y receiving X), or {@code null}
 */
public record VerbPattern(
    String id, List<PatternElement> elements, String code, String reverseCode) {

  public VerbPattern {
    Objects.requireNonNull(id, "id");
    elements = List.copyOf(elements);
  }

  public VerbPattern(String id, List<PatternElement> elements, String code) {
    this(id, elements, code, null);
  }

  /** How specific the pattern is: the number of elements that constrain the parse. */
  public int specificity() {
    int n = 0;
    for (PatternElement e : elements) {
      if (!(e instanceof PatternElement.ObjectSlot)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The pattern in dictionary syntax, e.g. {@code * {troop | force} (from +) = 0874}; elements that
   * stand before the verb are written before the {@code *}.
   */
  @Override
  public String toString() {
    String before =
        elements.stream()
            .filter(PatternElement::beforeVerb)
            .map(Object::toString)
            .collect(Collectors.joining(" "));
    String after =
        elements.stream()
            .filter(e -> !e.beforeVerb())
            .map(Object::toString)
            .collect(Collectors.joining(" "));
    return (before.isEmpty() ? "" : before + " ")
        + "*"
        + (after.isEmpty() ? "" : " " + after)
        + " = "
        + (code == null ? "---" : code)
        + (reverseCode == null ? "" : ":" + reverseCode);
  }
}
