package org.annalist.eval.petrarch;

import java.util.regex.Pattern;

/** How a validation record's {@code <Parse>} is written. */
public enum ParseFormat {
  /** CoNLL-U lines (the {@code .ud.xml} suites, UD v1 relation names). */
  CONLLU,
  /** A Penn Treebank bracketed tree. */
  PENN,
  /** No parse, or one in neither format. */
  NONE;

  private static final Pattern CONLLU_LINE = Pattern.compile("^\\d+\t.*", Pattern.DOTALL);

  /**
   * The format of {@code parse}, judged by its first non-blank line: a number and a tab is CoNLL-U,
   * an opening bracket is a Penn tree.
   */
  public static ParseFormat detect(String parse) {
    if (parse == null) {
      return NONE;
    }
    for (String line : parse.lines().toList()) {
      String l = line.stripLeading();
      if (!l.isEmpty()) {
        if (CONLLU_LINE.matcher(l).matches()) {
          return CONLLU;
        }
        return l.startsWith("(") ? PENN : NONE;
      }
    }
    return NONE;
  }
}
