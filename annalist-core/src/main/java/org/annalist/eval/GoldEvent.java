package org.annalist.eval;

import java.util.List;
import java.util.Objects;

/**
 * A hand-coded event of a gold set: the sentence, the actors' codes and the CAMEO code, with the
 * other codes a careful coder could defend ({@code *Alt}) for lenient scoring.
 *
 * @param id the gold event's id
 * @param articleId the article it belongs to
 * @param sentence the sentence, verbatim
 * @param sourceCode source actor code, or {@code null}
 * @param sourceAlt other acceptable source codes
 * @param targetCode target actor code, or {@code null}
 * @param targetAlt other acceptable target codes
 * @param cameo CAMEO event code
 * @param cameoAlt other acceptable event codes
 * @param negated the text says it did not happen (not counted as a CAMEO event)
 * @param date the event's date, ISO ({@code 2017-11-20}, {@code 2017-11}, {@code 2017} or an
 *     interval {@code start/end}), or {@code null} when the text gives none
 * @param country ISO 3166-1 alpha-3 code of the country where it happened, or {@code null}
 * @param hypothetical planned, announced, pledged, conditional or threatened, not yet done
 */
public record GoldEvent(
    String id,
    String articleId,
    String sentence,
    String sourceCode,
    List<String> sourceAlt,
    String targetCode,
    List<String> targetAlt,
    String cameo,
    List<String> cameoAlt,
    boolean negated,
    String date,
    String country,
    boolean hypothetical) {

  /** A gold event without date, place or hypothetical flag. */
  public GoldEvent(
      String id,
      String articleId,
      String sentence,
      String sourceCode,
      List<String> sourceAlt,
      String targetCode,
      List<String> targetAlt,
      String cameo,
      List<String> cameoAlt,
      boolean negated) {
    this(
        id,
        articleId,
        sentence,
        sourceCode,
        sourceAlt,
        targetCode,
        targetAlt,
        cameo,
        cameoAlt,
        negated,
        null,
        null,
        false);
  }

  public GoldEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(cameo, "cameo");
    sourceAlt = List.copyOf(sourceAlt);
    targetAlt = List.copyOf(targetAlt);
    cameoAlt = List.copyOf(cameoAlt);
  }
}
