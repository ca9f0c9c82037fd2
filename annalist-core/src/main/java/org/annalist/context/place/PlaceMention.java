package org.annalist.context.place;

import java.util.Objects;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * A place named in an article and the gazetteer entry it was resolved to.
 *
 * @param sentenceIndex the sentence's index in the article
 * @param firstToken 1-based index of the mention's first token
 * @param lastToken 1-based index of its last token
 * @param span character offsets into the article text and the text there
 * @param place the entry chosen
 * @param reason why this entry won over the others the name may stand for ({@code "only
 *     candidate"}, {@code "country context LBN x2"}, ...)
 */
public record PlaceMention(
    int sentenceIndex, int firstToken, int lastToken, Span span, Place place, String reason) {

  public PlaceMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(reason, "reason");
    if (sentenceIndex < 0 || firstToken < 1 || lastToken < firstToken) {
      throw new IllegalArgumentException(
          "bad mention position " + sentenceIndex + ":" + firstToken + ".." + lastToken);
    }
  }

  /** The text as written in the article. */
  public String text() {
    return span.text();
  }

  /** Whether the mention covers this 1-based token index. */
  public boolean covers(int token) {
    return token >= firstToken && token <= lastToken;
  }

  /**
   * The mention's syntactic head in {@code sentence} (its sentence): the first of its tokens
   * attached outside it, or {@code null} when the parse attaches none outside.
   */
  public Token head(Sentence sentence) {
    for (int i = firstToken; i <= lastToken; i++) {
      Token t = sentence.token(i);
      if (!covers(t.head())) {
        return t;
      }
    }
    return null;
  }
}
