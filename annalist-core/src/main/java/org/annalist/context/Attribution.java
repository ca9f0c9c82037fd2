package org.annalist.context;

import java.util.Objects;
import org.annalist.coding.ActorMention;

/**
 * Who an event is credited to: the speaker of the clause that embeds it ("Moscow is preparing to
 * withdraw, the head of Russia's Security Council says"), else the outlet that published the
 * article, else nobody (the journalist reports it directly and the outlet is unknown).
 *
 * @param kind where the attribution comes from
 * @param speaker the speaker as the coder read it (with its actor code when it resolved), for
 *     {@link Kind#SPEAKER}; else {@code null}
 * @param name who that is: for a speaker named by a title ("the head of Russia's Security
 *     Council"), the person of the same actor code the article quotes next to it ("Nikolai
 *     Patrushev"); for a named speaker its text; for an outlet its name; {@code null} for {@link
 *     Kind#NONE}
 * @param reason how {@code name} was found
 */
public record Attribution(Kind kind, ActorMention speaker, String name, String reason) {

  /** The origin of an attribution. */
  public enum Kind {
    /** The speaker of an embedding clause of saying. */
    SPEAKER,
    /** The article's outlet: the event is reported by the journalist. */
    OUTLET,
    /** No speaker and no outlet known. */
    NONE
  }

  public static final Attribution NONE = new Attribution(Kind.NONE, null, null, "no speaker");

  public Attribution {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if ((kind == Kind.SPEAKER) != (speaker != null)) {
      throw new IllegalArgumentException("a speaker exactly for kind SPEAKER: " + kind);
    }
    if ((kind == Kind.NONE) != (name == null)) {
      throw new IllegalArgumentException("a name exactly unless kind NONE: " + kind);
    }
  }
}
