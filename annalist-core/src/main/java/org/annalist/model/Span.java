package org.annalist.model;

import java.util.Objects;

/** A stretch of article text: {@code [begin, end)} character offsets and the text found there. */
public record Span(int begin, int end, String text) {

  public Span {
    Objects.requireNonNull(text, "text");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
  }

  /** The span of {@code [begin, end)} in {@code text}. */
  public static Span of(String text, int begin, int end) {
    return new Span(begin, end, text.substring(begin, end));
  }
}
