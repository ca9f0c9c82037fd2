package org.annalist.context;

import org.annalist.coding.CodedEvent;

/**
 * How the text asserts an event, one value per event, the most telling first: an analyst counting
 * what happened keeps {@link #ASSERTED} and drops the rest.
 */
public enum Factuality {
  /** Reported as done or happening. */
  ASSERTED,
  /** The text says it did not or will not happen ("did not attack", "refused to withdraw"). */
  NEGATED,
  /**
   * Someone denies it happened ("Moscow denied that its jets struck the market"). The coder counts
   * a denied act as negated and leaves it out unless asked for negated events.
   */
  DENIED,
  /** A threat (CAMEO 13x): said, not done. */
  THREATENED,
  /** Intended, prepared or planned, or an intent (CAMEO 03x): not yet done. */
  INTENDED,
  /** Stated as future ("will withdraw"). */
  FUTURE,
  /** Possible, hypothetical or conditional ("may reduce", "could", "if ..."). */
  HYPOTHETICAL;

  /**
   * The factuality of a coded event: from its modality and code, and {@code denied} when a verb of
   * denial embeds it.
   */
  public static Factuality of(CodedEvent e, boolean denied) {
    if (denied) {
      return DENIED; // the coder reads a denial as a negation: the denial is the more telling
    }
    if (e.modality().negated()) {
      return NEGATED;
    }
    String root = e.event().root();
    if (root.equals("13")) {
      return THREATENED;
    }
    if (e.modality().intention() || root.equals("03")) {
      return INTENDED;
    }
    if (e.modality().conditional()) {
      return HYPOTHETICAL;
    }
    if (e.modality().future()) {
      return FUTURE;
    }
    return ASSERTED;
  }

  /** True for everything but {@link #ASSERTED}: the act itself is not reported as done. */
  public boolean isHypothetical() {
    return this != ASSERTED;
  }
}
