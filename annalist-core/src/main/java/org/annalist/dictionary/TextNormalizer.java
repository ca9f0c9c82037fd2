package org.annalist.dictionary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one normaliser dictionary text and article tokens both go through before they are compared:
 * Unicode NFKC, lower case ({@link Locale#ROOT}), curly apostrophes and quotes made straight,
 * dashes made hyphens. Stateless and thread-safe.
 */
public final class TextNormalizer {

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private TextNormalizer() {}

  /** Trims and collapses runs of white space to one space. */
  public static String collapseSpaces(String s) {
    String t = s.strip();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(t.charAt(i + 1)))) {
        return WHITESPACE.matcher(t).replaceAll(" ");
      }
    }
    return t;
  }

  /** The comparison key of one word. */
  public static String key(String word) {
    String s = word;
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      s = Normalizer.normalize(s, Normalizer.Form.NFKC);
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\u2018', '\u2019', '\u201B', '\u2032', '\u00B4', '`' -> b.append('\'');
          case '\u201C', '\u201D', '\u201E', '\u2033', '\u00AB', '\u00BB' -> b.append('"');
          case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> b.append('-');
          default -> b.append(c);
        }
      }
      s = b.toString();
    }
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * Splits a dictionary phrase into word keys the way the tokenizer splits text: on white space,
   * with a possessive {@code 's} as its own word.
   */
  public static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : WHITESPACE.split(phrase.strip())) {
      if (w.isEmpty()) {
        continue;
      }
      String k = key(w);
      if (k.length() > 2 && k.endsWith("'s")) {
        out.add(k.substring(0, k.length() - 2));
        out.add("'s");
      } else {
        out.add(k);
      }
    }
    return out;
  }
}
