package org.annalist.coding;

/**
 * How an event is asserted.
 *
 * @param negated the text says it did not or will not happen ("did not attack", "refused to
 *     withdraw")
 * @param future stated as future ("will withdraw", "is going to")
 * @param conditional possible or hypothetical ("may reduce", "could", "would", "if ...")
 * @param intention intended, prepared or planned but not yet done ("is preparing to withdraw",
 *     "plans to")
 */
public record Modality(boolean negated, boolean future, boolean conditional, boolean intention) {

  public static final Modality ASSERTED = new Modality(false, false, false, false);

  /** True when the text reports the event as having happened (or happening). */
  public boolean isRealized() {
    return !negated && !future && !conditional && !intention;
  }

  public Modality or(Modality o) {
    return new Modality(
        negated || o.negated,
        future || o.future,
        conditional || o.conditional,
        intention || o.intention);
  }
}
