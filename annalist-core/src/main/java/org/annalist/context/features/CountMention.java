package org.annalist.context.features;

import java.util.Objects;
import org.annalist.model.Span;

/**
 * A count of people the article says were killed, wounded, arrested, displaced or kidnapped ("at
 * least 156 people were killed"): GKG's {@code V2.1Counts} without the location, which the lead can
 * take from the nearest {@link FeatureLocation}.
 *
 * @param kind what happened to them
 * @param number the number, read from digits ("1,200"), words ("twelve", "three dozen") or both
 *     ("1.2 million")
 * @param qualifier how exact the article says the number is
 * @param object the counted noun as written ("people", "Christian missionaries"), or {@code ""}
 *     when the article gives none ("the death toll rose to 40")
 * @param sentenceIndex the sentence the count is in
 * @param numberSpan the number's words, qualifier included ("at least 156")
 * @param match all the words the pattern matched ("at least 156 people were killed")
 * @param patternId the pattern that matched, see {@code PatternFeatureExtractor}
 */
public record CountMention(
    CountKind kind,
    long number,
    CountQualifier qualifier,
    String object,
    int sentenceIndex,
    Span numberSpan,
    Span match,
    String patternId) {

  public CountMention {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(numberSpan, "numberSpan");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(patternId, "patternId");
    if (number < 0) {
      throw new IllegalArgumentException("negative count " + number + " in '" + match.text() + "'");
    }
    if (sentenceIndex < 0) {
      throw new IllegalArgumentException("negative sentence index " + sentenceIndex);
    }
    if (numberSpan.begin() < match.begin() || numberSpan.end() > match.end()) {
      throw new IllegalArgumentException(
          "number '" + numberSpan.text() + "' outside the match '" + match.text() + "'");
    }
  }
}
