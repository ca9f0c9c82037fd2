package org.annalist.model;

import java.util.List;
import java.util.Objects;

/**
 * An article and its sentences, as an NLP stage produced them.
 *
 * @param article the article; every offset points into {@code article.text()}
 * @param sentences the sentences in order
 * @param skipped parts of the text the NLP stage could not analyse, with the reason (nothing is
 *     dropped silently)
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Problem> skipped) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    skipped = List.copyOf(skipped);
    int textLength = article.text().length();
    for (Sentence s : sentences) {
      if (s.end() > textLength) {
        throw new IllegalArgumentException(
            "sentence "
                + s.index()
                + " ends at "
                + s.end()
                + ", after the end of the text ("
                + textLength
                + ")");
      }
    }
  }

  public AnnotatedArticle(Article article, List<Sentence> sentences) {
    this(article, sentences, List.of());
  }

  public String text() {
    return article.text();
  }
}
