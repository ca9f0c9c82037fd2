package org.annalist.dictionary;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A compiled verb pattern: elements that must all be present, and the event code they give.
 *
 * @param id where the pattern was written, {@code file:line}
 * @param elements the requirements, in the order written
 * @param code the CAMEO event code, or {@code null} for {@code ---} (matching blocks coding)
 */
public record VerbPattern(String id, List<PatternElement> elements, String code) {

  public VerbPattern {
    Objects.requireNonNull(id, "id");
    elements = List.copyOf(elements);
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

  /** The pattern in dictionary syntax, e.g. {@code * {troop | force} (from +) = 0874}. */
  @Override
  public String toString() {
    String els = elements.stream().map(Object::toString).collect(Collectors.joining(" "));
    return "*" + (els.isEmpty() ? "" : " " + els) + " = " + (code == null ? "---" : code);
  }
}
