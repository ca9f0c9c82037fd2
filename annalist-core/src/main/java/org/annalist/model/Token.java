package org.annalist.model;

import java.util.Objects;

/**
 * One token of a parsed sentence.
 *
 * @param index 1-based position in its sentence (as in CoNLL-U)
 * @param text surface form, exactly as in the article text between {@code begin} and {@code end}
 *     when the producer keeps offsets (CoreNLP does; normalised quotes may differ)
 * @param lemma lemma; never null (falls back to the text)
 * @param upos Universal POS tag ({@code VERB}, {@code PROPN}, ...)
 * @param xpos Penn Treebank tag ({@code VBD}, {@code NNP}, ...), or {@code "_"}
 * @param ner named-entity tag ({@code PERSON}, {@code LOCATION}, ...), {@code "O"} when none
 * @param begin offset of the first character in the article text
 * @param end offset after the last character in the article text
 * @param head 1-based index of the syntactic head in the sentence, 0 for the root
 * @param deprel Universal Dependencies relation to the head ({@code nsubj}, {@code obj}, ...)
 */
public record Token(
    int index,
    String text,
    String lemma,
    String upos,
    String xpos,
    String ner,
    int begin,
    int end,
    int head,
    String deprel) {

  public Token {
    Objects.requireNonNull(text, "text");
    lemma = lemma == null || lemma.isEmpty() || lemma.equals("_") ? text : lemma;
    upos = upos == null ? "_" : upos;
    xpos = xpos == null ? "_" : xpos;
    ner = ner == null || ner.isEmpty() || ner.equals("_") ? "O" : ner;
    deprel = deprel == null ? "_" : deprel;
    if (index < 1) {
      throw new IllegalArgumentException("token index must be >= 1: " + index);
    }
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "bad token offsets " + begin + ".." + end + " for '" + text + "'");
    }
    if (head < 0) {
      throw new IllegalArgumentException("token head must be >= 0: " + head);
    }
  }

  /** The relation without its subtype: {@code nmod} for {@code nmod:poss}. */
  public String baseRelation() {
    int colon = deprel.indexOf(':');
    return colon < 0 ? deprel : deprel.substring(0, colon);
  }

  public boolean isVerb() {
    return upos.equals("VERB") || xpos.startsWith("VB");
  }
}
