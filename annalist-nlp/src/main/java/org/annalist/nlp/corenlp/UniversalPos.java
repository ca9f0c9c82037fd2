package org.annalist.nlp.corenlp;

import java.util.Set;

/**
 * Universal POS tags from Penn Treebank tags. CoreNLP 4.5's English pipeline leaves {@code
 * CoarseTagAnnotation} empty, so the UPOS column is derived here, using the lemma and the
 * dependency relation where the Penn tag alone is ambiguous ({@code IN} is a preposition or a
 * subordinator, {@code VBZ} a verb or an auxiliary, {@code TO} an infinitive marker or a
 * preposition). The choices follow the UD English treebanks (EWT).
 */
final class UniversalPos {

  private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "do");
  private static final Set<String> AUXILIARY_RELATIONS = Set.of("aux", "aux:pass", "cop");

  /**
   * Relations a determiner word ({@code this}, {@code all}, {@code which}) takes when it stands
   * alone.
   */
  private static final Set<String> NOMINAL_RELATIONS =
      Set.of(
          "nsubj",
          "nsubj:pass",
          "obj",
          "iobj",
          "obl",
          "nmod",
          "nmod:poss",
          "conj",
          "appos",
          "root",
          "csubj");

  private static final Set<String> PUNCTUATION_TAGS =
      Set.of(",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP");

  private UniversalPos() {}

  /** Whether the Penn tag is one of CoreNLP's punctuation tags. */
  static boolean isPunctuation(String xpos) {
    return PUNCTUATION_TAGS.contains(xpos);
  }

  /**
   * The UPOS tag for a token.
   *
   * @param xpos Penn Treebank tag as CoreNLP gives it ({@code -LRB-}, {@code HYPH}, {@code NFP},
   *     ...)
   * @param lemma lower-case lemma, or {@code null}
   * @param deprel the token's relation to its head ({@code aux}, {@code mark}, ...)
   */
  static String of(String xpos, String lemma, String deprel) {
    String lower = lemma == null ? "" : lemma;
    return switch (xpos) {
      case "NN", "NNS" -> "NOUN";
      case "NNP", "NNPS" -> "PROPN";
      case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ" ->
          AUXILIARY_LEMMAS.contains(lower) && AUXILIARY_RELATIONS.contains(deprel) ? "AUX" : "VERB";
      case "MD" -> "AUX";
      case "JJ", "JJR", "JJS" -> "ADJ";
      case "RB", "RBR", "RBS" -> lower.equals("not") ? "PART" : "ADV";
      case "WRB" -> deprel.equals("mark") ? "SCONJ" : "ADV";
      case "IN" -> deprel.equals("mark") ? "SCONJ" : "ADP";
      case "RP" -> "ADP";
      case "TO" -> deprel.equals("case") ? "ADP" : "PART";
      case "DT", "PDT" -> NOMINAL_RELATIONS.contains(deprel) ? "PRON" : "DET";
      case "WDT" -> deprel.startsWith("det") ? "DET" : "PRON";
      case "PRP", "PRP$", "WP", "WP$", "EX" -> "PRON";
      case "CD" -> "NUM";
      case "CC" -> "CCONJ";
      case "POS" -> "PART";
      case "UH" -> "INTJ";
      case "SYM", "$", "#" -> "SYM";
      default -> isPunctuation(xpos) ? "PUNCT" : "X"; // X: FW, LS, ADD, AFX, GW, unknown tags
    };
  }
}
