package org.annalist.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A named referent of a gold article ({@code entities.jsonl}): a person, organisation, country or
 * location, with the actor code a careful coder would give it.
 *
 * @param articleId the article it is named in
 * @param kind person, organisation, country or location
 * @param text its name as the article writes it
 * @param code its CAMEO actor code, or {@code null} when it has none
 * @param variants other ways the article refers to it (some are descriptions, not verbatim text)
 */
public record GoldEntity(
    String articleId, Kind kind, String text, String code, List<String> variants) {

  /** The kinds of referent in a gold set; their names are the file's {@code kind} values. */
  public enum Kind {
    PERSON,
    ORG,
    COUNTRY,
    LOCATION;

    /** The kind named {@code name} in a gold file ({@code person}, {@code org}, ...). */
    public static Kind of(String name) {
      for (Kind k : values()) {
        if (k.label().equals(name)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown entity kind '" + name + "'");
    }

    /** The kind's name in a gold file. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public GoldEntity {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("entity without text in " + articleId);
    }
    variants = List.copyOf(variants);
  }
}
