package org.annalist.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article as ingested: the text every character offset downstream points into, and what is
 * known about where it came from.
 *
 * @param id identifier, unique within a run (file name, JSON {@code id}, ...)
 * @param text the article text; offsets of sentences, tokens and events index into it
 * @param publicationDate publication date, or {@code null} when unknown
 * @param source outlet or feed name, or {@code null}
 * @param url address of the article, or {@code null}
 * @param title headline, or {@code null}
 */
public record Article(
    String id, String text, LocalDate publicationDate, String source, String url, String title) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
  }

  /** An article with only an id and text. */
  public static Article of(String id, String text) {
    return new Article(id, text, null, null, null, null);
  }

  public Optional<LocalDate> date() {
    return Optional.ofNullable(publicationDate);
  }
}
