package org.annalist.dictionary.petrarch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Problem;

/**
 * Reads UD-PETRARCH's internal coding ontology ({@code PETR.Internal.Coding.Ontology.txt}: {@code
 * CODE:0xHEX[+-0xHEX...]} lines) for what it says about negation: two codes whose values differ by
 * {@code 0xFFFF} are each other's negation ({@code 010} "make statement" and {@code 011} "decline
 * comment"; {@code 080} "yield" and {@code 124} "refuse to yield").
 */
public final class PetrarchCodingOntology {

  private static final Pattern LINE = Pattern.compile("^\\s*([^:\\s]+)\\s*:\\s*(\\S+)");
  private static final Pattern TERM = Pattern.compile("([+-]?)\\s*0x([0-9A-Fa-f]+)");
  private static final long NEGATION = 0xFFFF;

  private PetrarchCodingOntology() {}

  /**
   * Each code's negation, for {@link org.annalist.coding.DependencyCoder#withOpposites(Map)}
   * ({@code ---} meaning no event). When several codes negate one, the first in the file is used.
   */
  public static Map<String, String> opposites(Path file, Consumer<Problem> problems) {
    Map<String, Long> values = new LinkedHashMap<>();
    for (PetrarchLines.Line l : PetrarchLines.read(file)) {
      Matcher m = LINE.matcher(l.text());
      if (!m.lookingAt()) {
        problems.accept(new Problem(l.id(), "unreadable ontology line: " + l.text().strip()));
        continue;
      }
      Matcher t = TERM.matcher(m.group(2));
      long value = 0;
      int terms = 0;
      while (t.find()) {
        long v = Long.parseLong(t.group(2), 16);
        value += t.group(1).equals("-") ? -v : v;
        terms++;
      }
      if (terms == 0) {
        problems.accept(new Problem(l.id(), "no hexadecimal value: " + l.text().strip()));
        continue;
      }
      values.putIfAbsent(m.group(1), value);
    }
    Map<Long, String> byValue = new LinkedHashMap<>();
    values.forEach((code, v) -> byValue.putIfAbsent(v, code));
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach(
        (code, v) -> {
          for (long other : List.of(v - NEGATION, v + NEGATION)) {
            String opposite = byValue.get(other);
            if (opposite != null && !out.containsKey(code)) {
              out.put(code, opposite);
            }
          }
        });
    return out;
  }
}
