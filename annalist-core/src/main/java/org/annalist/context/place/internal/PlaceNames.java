package org.annalist.context.place.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;

/**
 * The comparison key of a place name, shared by gazetteer names and article text: diacritics
 * removed, lower case (locale-independent), apostrophes and dots dropped ({@code U.S.} = {@code
 * US}, {@code Côte d'Ivoire} = {@code Cote dIvoire}), every other non-letter a word break, and the
 * abbreviations {@code St}, {@code Ste}, {@code Mt}, {@code Ft} spelt out ({@code St. Petersburg} =
 * {@code Saint Petersburg}). Stateless and thread-safe.
 */
public final class PlaceNames {

  private static final Map<String, String> ABBREVIATIONS =
      Map.of("st", "saint", "ste", "sainte", "mt", "mount", "ft", "fort");

  private PlaceNames() {}

  /** The key of a name: words separated by one space; empty when the name has no letter. */
  public static String key(String name) {
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        break;
      }
    }
    char[] out = new char[s.length() + 8];
    int n = 0;
    int wordStart = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '.' || c == '`') {
        continue;
      }
      if (c > 127 && Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c < 128
          ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
          : Character.isLetterOrDigit(c)) {
        if (n + 1 >= out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
        continue;
      }
      // a word break: spell out an abbreviation that ends here
      if (n > wordStart) {
        int len = n - wordStart;
        String expansion = len <= 3 ? abbreviation(out, wordStart, len) : null;
        if (expansion != null) {
          if (wordStart + expansion.length() + 1 >= out.length) {
            out = Arrays.copyOf(out, out.length * 2 + expansion.length());
          }
          expansion.getChars(0, expansion.length(), out, wordStart);
          n = wordStart + expansion.length();
        }
        if (n + 1 >= out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[n++] = ' ';
        wordStart = n;
      }
    }
    return n == 0 ? "" : new String(out, 0, n - 1);
  }

  private static String abbreviation(char[] w, int from, int len) {
    return ABBREVIATIONS.get(new String(w, from, len));
  }
}
