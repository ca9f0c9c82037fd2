package org.annalist.context.features;

import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * A quoted statement and who made it (GKG's {@code V2.1Quotations}, plus the speaker GKG leaves
 * out). Short quotes not framed by a saying verb are not statements but scare quotes or titles ("a
 * "deep mourning" feeling") and are not reported; "Preparations are underway," Patrushev told
 * reporters is.
 *
 * @param sentenceIndex the sentence the quote begins in
 * @param quote the quoted text, inside the quotation marks; GKG's offset and length are its begin
 *     and length
 * @param speaker the words naming the speaker where the article gives them (a name, "the minister",
 *     "he"), or {@code null} when no speaker was found
 * @param speakerName the fullest name of the person or organisation the speaker words stand for
 *     ("Vladimir Putin" for "Putin", or for "he" the nearest person named before), else the
 *     speaker's text; {@code null} exactly when {@code speaker} is
 * @param verb the verb introducing the quote ("said", "warned", "retorted"), or {@code null} (e.g.
 *     "according to")
 * @param rule which form of reported speech gave the speaker; {@link SpeakerRule#NONE} exactly when
 *     {@code speaker} is {@code null}
 */
public record Quotation(
    int sentenceIndex, Span quote, Span speaker, String speakerName, Span verb, SpeakerRule rule) {

  public Quotation {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(rule, "rule");
    if (sentenceIndex < 0) {
      throw new IllegalArgumentException("negative sentence index " + sentenceIndex);
    }
    if ((speaker == null) != (rule == SpeakerRule.NONE)
        || (speaker == null) != (speakerName == null)) {
      throw new IllegalArgumentException(
          "speaker " + speaker + ", name " + speakerName + " and rule " + rule + " disagree");
    }
  }

  /** The quoted text. */
  public String text() {
    return quote.text();
  }

  public Optional<Span> speakerSpan() {
    return Optional.ofNullable(speaker);
  }

  public Optional<Span> verbSpan() {
    return Optional.ofNullable(verb);
  }
}
