package org.annalist.context.features.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.annalist.context.features.CountQualifier;
import org.annalist.context.internal.NumberWords;

/**
 * Reads a number of people from normalised words, with the qualifier before it: digits ("156",
 * "1,200"), digits and a scale ("1.2 million"), number words ("twelve", "twenty-five", "two
 * hundred", "three dozen", "a dozen") and vague plurals. The vague plurals read as the smallest
 * number they can mean, {@link CountQualifier#AT_LEAST} unless a qualifier says otherwise, the
 * convention this project keeps for GKG-like counts: "dozens" 24, "scores" 40, "hundreds" 200,
 * "thousands" 2,000, "tens of thousands" 20,000, "hundreds of thousands" 200,000, "millions"
 * 2,000,000. A decimal without a scale ("2.5") is not a count of people. Stateless and thread-safe.
 */
public final class NumberReader {

  /**
   * A number found at word {@code begin}: the qualifier's words, then the number's, ending before
   * word {@code end}.
   */
  public record Found(int begin, int numberBegin, int end, long value, CountQualifier qualifier) {}

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
  private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
  private static final Map<String, Integer> UNITS = NumberWords.CARDINALS;
  private static final Map<String, Long> SCALES =
      Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
  private static final Map<String, Long> VAGUE =
      Map.of(
          "dozens",
          24L,
          "scores",
          40L,
          "hundreds",
          200L,
          "thousands",
          2_000L,
          "millions",
          2_000_000L);
  private static final List<Map.Entry<List<String>, CountQualifier>> QUALIFIERS =
      List.of(
          Map.entry(List.of("at", "least"), CountQualifier.AT_LEAST),
          Map.entry(List.of("no", "fewer", "than"), CountQualifier.AT_LEAST),
          Map.entry(List.of("no", "less", "than"), CountQualifier.AT_LEAST),
          Map.entry(List.of("a", "minimum", "of"), CountQualifier.AT_LEAST),
          Map.entry(List.of("more", "than"), CountQualifier.MORE_THAN),
          Map.entry(List.of("over"), CountQualifier.MORE_THAN),
          Map.entry(List.of("upwards", "of"), CountQualifier.MORE_THAN),
          Map.entry(List.of("in", "excess", "of"), CountQualifier.MORE_THAN),
          Map.entry(List.of("about"), CountQualifier.ABOUT),
          Map.entry(List.of("around"), CountQualifier.ABOUT),
          Map.entry(List.of("some"), CountQualifier.ABOUT),
          Map.entry(List.of("approximately"), CountQualifier.ABOUT),
          Map.entry(List.of("roughly"), CountQualifier.ABOUT),
          Map.entry(List.of("an", "estimated"), CountQualifier.ABOUT),
          Map.entry(List.of("estimated"), CountQualifier.ABOUT),
          Map.entry(List.of("nearly"), CountQualifier.NEARLY),
          Map.entry(List.of("almost"), CountQualifier.NEARLY),
          Map.entry(List.of("close", "to"), CountQualifier.NEARLY),
          Map.entry(List.of("up", "to"), CountQualifier.AT_MOST),
          Map.entry(List.of("at", "most"), CountQualifier.AT_MOST),
          Map.entry(List.of("as", "many", "as"), CountQualifier.AT_MOST));

  private NumberReader() {}

  /** The number starting at word {@code at} (qualifier first), or {@code null}. */
  public static Found read(List<String> words, int at) {
    for (Map.Entry<List<String>, CountQualifier> q : QUALIFIERS) {
      List<String> phrase = q.getKey();
      if (startsWith(words, at, phrase)) {
        Found n = readNumber(words, at + phrase.size(), q.getValue());
        if (n != null) {
          return new Found(at, n.numberBegin(), n.end(), n.value(), q.getValue());
        }
      }
    }
    return readNumber(words, at, null);
  }

  private static Found readNumber(List<String> words, int at, CountQualifier qualifier) {
    if (at >= words.size()) {
      return null;
    }
    String w = words.get(at);
    CountQualifier exact = qualifier == null ? CountQualifier.EXACT : qualifier;
    // vague plurals: dozens, hundreds, tens of thousands, hundreds of thousands
    if (VAGUE.containsKey(w) || w.equals("tens")) {
      long value = VAGUE.getOrDefault(w, 0L);
      int end = at + 1;
      if ((w.equals("tens") || w.equals("hundreds"))
          && startsWith(words, at + 1, List.of("of", "thousands"))) {
        value = (w.equals("tens") ? 10 : 100) * 2_000L;
        end = at + 3;
      }
      if (value == 0) {
        return null;
      }
      return new Found(at, at, end, value, qualifier == null ? CountQualifier.AT_LEAST : qualifier);
    }
    long value;
    int end;
    if (DIGITS.matcher(w).matches()) {
      value = Long.parseLong(w.replace(",", ""));
      end = at + 1;
    } else if (DECIMAL.matcher(w).matches()) {
      // only with a scale: 1.2 million
      if (at + 1 < words.size() && SCALES.containsKey(words.get(at + 1))) {
        double v = Double.parseDouble(w) * SCALES.get(words.get(at + 1));
        return new Found(at, at, at + 2, Math.round(v), exact);
      }
      return null;
    } else if ((w.equals("a") || w.equals("an"))
        && at + 1 < words.size()
        && (words.get(at + 1).equals("dozen") || SCALES.containsKey(words.get(at + 1)))) {
      value = 1;
      end = at + 1;
    } else {
      long[] parsed = words(words, at);
      if (parsed == null) {
        return null;
      }
      value = parsed[0];
      end = (int) parsed[1];
    }
    // scales and dozens after the number
    while (end < words.size()) {
      String next = words.get(end);
      if (next.equals("dozen")) {
        value *= 12;
      } else if (SCALES.containsKey(next) && value < SCALES.get(next)) {
        value *= SCALES.get(next);
      } else {
        break;
      }
      end++;
    }
    if (w.equals("a") || w.equals("an")) {
      if (end == at + 1) {
        return null;
      }
    }
    return new Found(at, at, end, value, exact);
  }

  /** Number words from {@code at}: {@code [value, end]}, or {@code null}. */
  private static long[] words(List<String> words, int at) {
    long total = 0;
    long current = 0;
    int i = at;
    boolean any = false;
    while (i < words.size()) {
      String w = words.get(i);
      Integer unit = unit(w);
      if (unit != null) {
        current += unit;
      } else if (any && w.equals("hundred")) {
        current *= 100;
      } else if (any && (w.equals("thousand") || w.equals("million") || w.equals("billion"))) {
        total += current * SCALES.get(w);
        current = 0;
      } else if (any
          && w.equals("and")
          && i + 1 < words.size()
          && unit(words.get(i + 1)) != null
          && current >= 100) {
        // two hundred and fifty
      } else {
        break;
      }
      any = true;
      i++;
    }
    return any ? new long[] {total + current, i} : null;
  }

  private static Integer unit(String w) {
    Integer u = UNITS.get(w);
    if (u != null) {
      return u;
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer tens = UNITS.get(w.substring(0, dash));
      Integer ones = UNITS.get(w.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return tens + ones;
      }
    }
    return null;
  }

  private static boolean startsWith(List<String> words, int at, List<String> phrase) {
    if (at + phrase.size() > words.size()) {
      return false;
    }
    for (int i = 0; i < phrase.size(); i++) {
      if (!words.get(at + i).equals(phrase.get(i))) {
        return false;
      }
    }
    return true;
  }
}
