package org.annalist.context.place;

import java.util.Objects;

/**
 * Where an event happened, as far as the article says, and how that was decided.
 *
 * @param place the place, or {@code null} when the basis is {@link Basis#NONE}
 * @param mention the mention the place came from, or {@code null} for {@link Basis#TARGET}, {@link
 *     Basis#SOURCE}, {@link Basis#ARTICLE} and {@link Basis#NONE}
 * @param basis how the place was chosen
 */
public record EventPlace(Place place, PlaceMention mention, Basis basis) {

  /** How an event's place was chosen, most specific first. */
  public enum Basis {
    /** A place attached to the event's verb in its clause ("in Sochi", "inside Syria"). */
    ATTACHED,
    /** Another place named in the event's sentence. */
    SENTENCE,
    /**
     * A city or division named in the sentence before or after (the nearest): consecutive sentences
     * usually share a scene ("Putin congratulated Assad. During a meeting in Sochi, Putin
     * also...").
     */
    NEARBY,
    /**
     * The country of the target of a physical attack (CAMEO 18-20) whose clause names no place: an
     * air strike on Iraqi bases happened in Iraq, whatever else the sentence names.
     */
    TARGET,
    /**
     * The country of the source, when nothing nearer names the place: a government's statement,
     * decision or measure is made at home (a reading of the article's focus would put "Maduro
     * severed ties with the United States" in the United States).
     */
    SOURCE,
    /** The article's focus place (dateline or most-mentioned place). */
    ARTICLE,
    /** The article names no place. */
    NONE
  }

  /** No place: the article names none. */
  public static final EventPlace NONE = new EventPlace(null, null, Basis.NONE);

  public EventPlace {
    Objects.requireNonNull(basis, "basis");
    if ((place == null) != (basis == Basis.NONE)) {
      throw new IllegalArgumentException("a place is required exactly when the basis is not NONE");
    }
    if (mention != null && mention.place() != place) {
      throw new IllegalArgumentException("the mention must be of the place");
    }
  }
}
