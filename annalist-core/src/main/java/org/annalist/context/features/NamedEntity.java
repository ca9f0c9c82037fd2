package org.annalist.context.features;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;

/**
 * One distinct person or organisation an article names, with every mention. Mentions are merged as
 * one entity when a shorter name is part of a longer one ("Putin" of "Vladimir Putin") or an
 * organisation's acronym ("UN" of "United Nations"); the name is the longest form the article uses.
 * GKG lists each mention as its own entry; grouping them keeps the offsets and saves the reader
 * from counting "Putin" and "Vladimir Putin" as two people.
 *
 * @param type person or organisation
 * @param name the fullest form of the name in the article, as written there
 * @param mentions every mention, in text order; each span's text is the name as written there
 */
public record NamedEntity(EntityType type, String name, List<Span> mentions) {

  public NamedEntity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    mentions = List.copyOf(mentions);
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank " + type + " name");
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException(type + " '" + name + "' without a mention");
    }
    for (int i = 1; i < mentions.size(); i++) {
      if (mentions.get(i).begin() < mentions.get(i - 1).begin()) {
        throw new IllegalArgumentException(
            type + " '" + name + "': mentions out of text order at " + mentions.get(i).begin());
      }
    }
  }

  /** Offset of the first mention: GKG's "approximate character offset" of the name. */
  public int firstOffset() {
    return mentions.get(0).begin();
  }
}
