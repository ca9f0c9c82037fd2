package org.annalist.dictionary;

import java.util.Objects;

/**
 * A phrase that stops a sentence from being coded.
 *
 * @param id where the entry was written, {@code file:line}
 * @param phrase the phrase as written
 */
public record DiscardEntry(String id, String phrase) {

  public DiscardEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(phrase, "phrase");
  }
}
