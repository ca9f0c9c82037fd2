package org.annalist.context.features;

/** Which form of reported speech gave a quotation its speaker: the provenance of the speaker. */
public enum SpeakerRule {
  /** {@code "…," Putin said} or {@code "…," said Putin}: a saying verb right after the quote. */
  AFTER_QUOTE,
  /** {@code Putin said: "…"} or {@code Putin told reporters "…"}: a saying verb right before it. */
  BEFORE_QUOTE,
  /** {@code according to Putin, "…"}: the object of "according to" in the quote's sentence. */
  ACCORDING_TO,
  /** The subject of another saying verb in the quote's sentence, outside the quote. */
  SAYING_VERB,
  /**
   * A quote that opens a sentence with no speaker of its own (a paragraph continuing a quotation):
   * the speaker found in the previous sentence.
   */
  PREVIOUS_SENTENCE,
  /** No speaker was found. */
  NONE
}
