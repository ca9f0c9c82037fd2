package org.annalist.model;

import java.util.Objects;

/**
 * Something in the input that could not be processed as asked, and why: a rejected document, a
 * skipped sentence, a bad JSON line. Problems are reported, never swallowed.
 *
 * @param where what the problem is about: a file, {@code file:line}, an article id, a sentence
 * @param reason one line, human readable
 */
public record Problem(String where, String reason) {

  public Problem {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return where + ": " + reason;
  }
}
