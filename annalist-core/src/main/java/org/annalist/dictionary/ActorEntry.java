package org.annalist.dictionary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an actor dictionary: names of one actor and its codes over time.
 *
 * @param id where the entry was written, {@code file:line}
 * @param names the names as written
 * @param codes the codes in the order written; see {@link #codeOn(LocalDate)}
 * @param sharedNames names this actor shares with another entry, written {@code ~name}: the other
 *     entry keeps them, except in an article about this actor's country ("Congolese" is the
 *     Democratic Republic of the Congo's, and the Republic of the Congo's in an article about it)
 */
public record ActorEntry(
    String id, List<String> names, List<DatedCode> codes, List<String> sharedNames) {

  public ActorEntry {
    Objects.requireNonNull(id, "id");
    names = List.copyOf(names);
    codes = List.copyOf(codes);
    sharedNames = List.copyOf(sharedNames);
    if (names.isEmpty() || codes.isEmpty()) {
      throw new IllegalArgumentException("actor entry " + id + " needs names and codes");
    }
  }

  /** An entry with no shared names. */
  public ActorEntry(String id, List<String> names, List<DatedCode> codes) {
    this(id, names, codes, List.of());
  }

  /**
   * The code for an article dated {@code date} ({@code null}: unknown): the first dated code
   * covering the date, else the first undated code; with no date, the first undated code, else the
   * first code.
   */
  public Optional<String> codeOn(LocalDate date) {
    if (date != null) {
      for (DatedCode c : codes) {
        if (c.isDated() && c.covers(date)) {
          return Optional.of(c.code());
        }
      }
    }
    for (DatedCode c : codes) {
      if (!c.isDated()) {
        return Optional.of(c.code());
      }
    }
    return date == null ? Optional.of(codes.get(0).code()) : Optional.empty();
  }
}
