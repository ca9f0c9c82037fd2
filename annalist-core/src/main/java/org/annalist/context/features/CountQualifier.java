package org.annalist.context.features;

/**
 * How exact a count's number is, as the article says it: "at least 156", "more than a dozen",
 * "about 300". Vague plurals ("dozens", "hundreds") are {@link #AT_LEAST} the smallest number they
 * can mean unless a word before them says otherwise.
 */
public enum CountQualifier {
  EXACT,
  /** at least, no fewer than, a minimum of; also "dozens", "hundreds" */
  AT_LEAST,
  /** more than, over, upwards of */
  MORE_THAN,
  /** about, around, some, approximately, roughly, an estimated */
  ABOUT,
  /** nearly, almost, close to */
  NEARLY,
  /** up to, at most, as many as */
  AT_MOST
}
