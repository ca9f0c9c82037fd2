package org.annalist.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence with its dependency parse. Tokens are in order; token {@code i} (1-based) is {@code
 * tokens().get(i - 1)}.
 *
 * @param index 0-based position of the sentence in its article
 * @param begin offset of the first character in the article text
 * @param end offset after the last character in the article text
 * @param tokens the tokens, in order, with heads pointing inside this sentence
 */
public record Sentence(int index, int begin, int end, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
    if (index < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0: " + index);
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.index() != i + 1) {
        throw new IllegalArgumentException(
            "sentence " + index + ": token " + (i + 1) + " has index " + t.index());
      }
      if (t.head() > tokens.size()) {
        throw new IllegalArgumentException(
            "sentence "
                + index
                + ": token "
                + t.index()
                + " has head "
                + t.head()
                + " outside the sentence");
      }
    }
  }

  /** The token at 1-based {@code index}. */
  public Token token(int index) {
    return tokens.get(index - 1);
  }

  public int size() {
    return tokens.size();
  }

  /** The syntactic head of {@code t}, or {@code null} for the root. */
  public Token headOf(Token t) {
    return t.head() == 0 ? null : token(t.head());
  }

  /** The sentence text, as it stands in {@code articleText}. */
  public String text(String articleText) {
    Objects.requireNonNull(articleText, "articleText");
    return articleText.substring(begin, Math.min(end, articleText.length()));
  }
}
