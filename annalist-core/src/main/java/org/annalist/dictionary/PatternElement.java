package org.annalist.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * One requirement of a verb pattern, matched against the verb's dependents. {@code toString()}
 * gives the element back in dictionary syntax.
 */
public sealed interface PatternElement {

  /** Whether the element is written before the verb's {@code *}. */
  default boolean beforeVerb() {
    return false;
  }

  /** Which event role, if any, an element supplies. */
  enum Slot {
    NONE,
    SOURCE,
    TARGET,
    /** {@code ^}: the phrase's noun is not an actor of the event. */
    SKIP,
    /**
     * {@code ^ ^}: neither the phrase's noun nor the next phrase's is an actor of the event ("(AT ^
     * ^) +": celebrated at Osgiliath with the parliament of Gondor, target Gondor).
     */
    SKIP_TWO;

    String symbol() {
      return switch (this) {
        case SOURCE -> "$";
        case TARGET -> "+";
        case SKIP -> "^";
        case SKIP_TWO -> "^ ^";
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
   * {@code (prep +)}, {@code (prep $)}, {@code (prep {np})} or {@code (prep)}: a prepositional
   * phrase on the verb or its object, supplying the target or source, or with given noun phrases,
   * or with any noun.
   */
  record PrepPhrase(String preposition, Slot slot, PhraseSet phrases) implements PatternElement {
    public PrepPhrase {
      Objects.requireNonNull(preposition);
      Objects.requireNonNull(slot);
      if (slot != Slot.NONE && phrases != null) {
        throw new IllegalArgumentException(
            "a prepositional element has either a slot or noun phrases");
      }
    }

    @Override
    public String toString() {
      return "("
          + preposition
          + (phrases != null ? " {" + phrases + "}" : slot == Slot.NONE ? "" : " " + slot.symbol())
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

  /**
   * A noun phrase among the verb's arguments after it (PETRARCH-2's post-verb nouns): the direct
   * object, else another nominal or clausal dependent after the verb.
   */
  record Noun(PhraseSet phrases) implements PatternElement {
    public Noun {
      Objects.requireNonNull(phrases);
    }

    @Override
    public String toString() {
      return "~{" + phrases + "}";
    }
  }

  /**
   * Words next to the verb in the sentence, in the order written (TABARI/PETRARCH-1 semantics):
   * after the verb, or before it. Each group's words are consecutive; groups may have words between
   * them, except that an {@code adjacent} group touches the verb.
   *
   * @param before the words stand before the verb
   * @param groups word groups, in sentence order; each group lists alternatives
   * @param adjacent the group nearest the verb touches it ({@code IN_*})
   */
  record Words(boolean before, List<PhraseSet> groups, boolean adjacent) implements PatternElement {
    public Words {
      groups = List.copyOf(groups);
      if (groups.isEmpty()) {
        throw new IllegalArgumentException("no words");
      }
    }

    @Override
    public boolean beforeVerb() {
      return before;
    }

    @Override
    public String toString() {
      String words =
          groups.stream()
              .map(g -> g.written().size() == 1 ? g.written().get(0) : "[" + g + "]")
              .collect(java.util.stream.Collectors.joining(" "));
      return "\"" + words + "\"";
    }
  }

  /**
   * A noun phrase that is the verb's subject (PETRARCH-2's pre-verb nouns): "{death toll} has
   * risen", "&MILITARY rushed".
   */
  record SubjectNoun(PhraseSet phrases) implements PatternElement {
    public SubjectNoun {
      Objects.requireNonNull(phrases);
    }

    @Override
    public boolean beforeVerb() {
      return true;
    }

    @Override
    public String toString() {
      return "~{" + phrases + "}";
    }
  }

  /**
   * {@code %} before the verb: the subject is conjoined actors ("Arnor and Gondor agree"), and the
   * event holds between them, each way.
   */
  record CompoundSubject() implements PatternElement {
    @Override
    public boolean beforeVerb() {
      return true;
    }

    @Override
    public String toString() {
      return "%";
    }
  }
}
