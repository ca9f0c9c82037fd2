package org.annalist.dictionary;

import java.util.List;
import org.annalist.model.Token;

/**
 * Comparison keys of a token sequence (one sentence), computed once and shared by every dictionary
 * lookup in it: each token's normalised text and lemma, and for {@code x - y} written without
 * spaces (a tokenizer that splits hyphens) the joined key {@code x-y}.
 */
public final class TokenKeys {

  private final String[] text;
  private final String[] lemma;
  private final String[] hyphenJoined;
  private final String[] chain;
  private final int[] chainEnd;

  public TokenKeys(List<Token> tokens) {
    int n = tokens.size();
    text = new String[n];
    lemma = new String[n];
    hyphenJoined = new String[n];
    chain = new String[n];
    chainEnd = new int[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      text[i] = TextNormalizer.key(t.text());
      String l = TextNormalizer.key(t.lemma());
      if (l.equals(text[i]) && (t.xpos().equals("NNS") || t.xpos().equals("NNPS"))) {
        l = singular(l); // taggers often leave plural nouns as their own lemma ("troops")
      }
      lemma[i] = l.equals(text[i]) ? null : l;
    }
    for (int i = 0; i + 2 < n; i++) {
      Token a = tokens.get(i);
      Token h = tokens.get(i + 1);
      Token b = tokens.get(i + 2);
      if (text[i + 1].equals("-") && a.end() == h.begin() && h.end() == b.begin()) {
        hyphenJoined[i] = text[i] + "-" + text[i + 2];
      }
    }
    // longer chains, right to left: "Waqar - uz - Zaman" is the one key "waqar-uz-zaman"
    for (int i = n - 3; i >= 0; i--) {
      if (hyphenJoined[i] != null && i + 2 < n && hyphenJoined[i + 2] != null) {
        String rest = chain[i + 2] != null ? chain[i + 2] : hyphenJoined[i + 2];
        int end = chain[i + 2] != null ? chainEnd[i + 2] : i + 5;
        chain[i] = text[i] + "-" + rest;
        chainEnd[i] = end;
      }
    }
  }

  /** A plain English singular for a plural noun the lemmatiser left alone. */
  static String singular(String plural) {
    int n = plural.length();
    if (n > 4 && plural.endsWith("ies")) {
      return plural.substring(0, n - 3) + "y";
    }
    if (n > 3
        && (plural.endsWith("ses")
            || plural.endsWith("xes")
            || plural.endsWith("ches")
            || plural.endsWith("shes"))) {
      return plural.substring(0, n - 2);
    }
    if (n > 3 && plural.endsWith("s") && !plural.endsWith("ss") && !plural.endsWith("us")) {
      return plural.substring(0, n - 1);
    }
    return plural;
  }

  public int size() {
    return text.length;
  }

  /** Normalised text of token {@code i} (0-based). */
  public String text(int i) {
    return text[i];
  }

  /** Normalised lemma of token {@code i}, or {@code null} when it equals the text. */
  public String lemma(int i) {
    return lemma[i];
  }

  /**
   * {@code x-y} when tokens {@code i..i+2} are {@code x}, {@code -}, {@code y} without spaces, else
   * {@code null}.
   */
  public String hyphenJoined(int i) {
    return hyphenJoined[i];
  }

  /**
   * {@code x-y-z...} when tokens from {@code i} are three or more words joined by hyphens without
   * spaces ({@code x - y - z}), else {@code null}; it ends before {@link #hyphenChainEnd(int)}.
   */
  public String hyphenChain(int i) {
    return chain[i];
  }

  /** The index after the last token of {@link #hyphenChain(int)}. */
  public int hyphenChainEnd(int i) {
    return chainEnd[i];
  }

  /** True when token {@code i}'s text or lemma is {@code key}. */
  public boolean is(int i, String key) {
    return text[i].equals(key) || key.equals(lemma[i]);
  }
}
