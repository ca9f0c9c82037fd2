package org.annalist.dictionary;

import java.util.Objects;

/**
 * One requirement of a verb pattern, matched against the verb's dependents. {@code toString()}
 * gives the element back in dictionary syntax.
 */
public sealed interface PatternElement {

  /** Which event role, if any, an element supplies. */
  enum Slot {
    NONE,
    SOURCE,
    TARGET;

    String symbol() {
      return switch (this) {
        case SOURCE -> "$";
        case TARGET -> "+";
        case NONE -> "";
      };
    }
  }

  /** {@code {np | np}}: the direct object is one of the noun phrases. */
  record ObjectPhrase(PhraseSet phrases) implements PatternElement {
    public ObjectPhrase {
      Objects.requireNonNull(phrases);
    }

    @Override
    public String toString() {
      return "{" + phrases + "}";
    }
  }

  /**
   * {@code (prep +)}, {@code (prep $)} or {@code (prep {np})}: a prepositional phrase on the verb
   * or its object.
   */
  record PrepPhrase(String preposition, Slot slot, PhraseSet phrases) implements PatternElement {
    public PrepPhrase {
      Objects.requireNonNull(preposition);
      Objects.requireNonNull(slot);
      if ((slot == Slot.NONE) == (phrases == null)) {
        throw new IllegalArgumentException(
            "a prepositional element has either a slot or noun phrases");
      }
    }

    @Override
    public String toString() {
      return "("
          + preposition
          + " "
          + (phrases == null ? slot.symbol() : "{" + phrases + "}")
          + ")";
    }
  }

  /** {@code >verb | verb}: an open clausal complement headed by one of the verbs. */
  record Complement(PhraseSet verbs) implements PatternElement {
    public Complement {
      Objects.requireNonNull(verbs);
    }

    @Override
    public String toString() {
      return ">" + verbs;
    }
  }

  /** {@code +} or {@code $}: which role the direct object plays. */
  record ObjectSlot(Slot slot) implements PatternElement {
    public ObjectSlot {
      if (slot == null || slot == Slot.NONE) {
        throw new IllegalArgumentException("object slot must be source or target");
      }
    }

    @Override
    public String toString() {
      return slot.symbol();
    }
  }
}
