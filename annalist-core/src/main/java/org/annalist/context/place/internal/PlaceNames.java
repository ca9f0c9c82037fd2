package org.annalist.context.place.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison key of a place name, shared by gazetteer names and article text: diacritics
 * removed, lower case ({@link Locale#ROOT}), apostrophes and dots dropped ({@code U.S.} = {@code
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
    StringBuilder b = new StringBuilder(name.length());
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        break;
      }
    }
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '.' || c == '`') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else {
        flush(word, b);
      }
    }
    flush(word, b);
    return b.toString();
  }

  private static void flush(StringBuilder word, StringBuilder out) {
    if (word.length() == 0) {
      return;
    }
    String w = word.toString().toLowerCase(Locale.ROOT);
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(ABBREVIATIONS.getOrDefault(w, w));
    word.setLength(0);
  }
}
