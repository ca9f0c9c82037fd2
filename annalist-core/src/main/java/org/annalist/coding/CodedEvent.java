package org.annalist.coding;

import java.time.LocalDate;
import java.util.Objects;
import org.annalist.cameo.CameoCode;
import org.annalist.cameo.PloverCoding;
import org.annalist.model.Span;

/**
 * One coded event and why it exists: who did what to whom, in which sentence, from which words and
 * which dictionary entries.
 *
 * @param id stable id: {@code articleId:sentence:verbToken[:n]}
 * @param articleId the article's id
 * @param articleDate the article's publication date, or {@code null}
 * @param sentenceIndex 0-based sentence index in the article
 * @param sentence the sentence's span in the article text
 * @param source the actor doing
 * @param target the actor done to
 * @param event the CAMEO event code with root, QuadClass and Goldstein score
 * @param plover the event's PLOVER event type, mode and contexts, from {@code event}'s code
 * @param verb the verb's span in the article text
 * @param modality negation, future, condition, intention
 * @param reportedBy who the sentence attributes the event to ("X says ..."), or {@code null}
 * @param patternId the verb pattern or verb block that gave the code, {@code file:line}
 * @param pattern that pattern in dictionary syntax
 */
public record CodedEvent(
    String id,
    String articleId,
    LocalDate articleDate,
    int sentenceIndex,
    Span sentence,
    ActorMention source,
    ActorMention target,
    CameoCode event,
    PloverCoding plover,
    Span verb,
    Modality modality,
    ActorMention reportedBy,
    String patternId,
    String pattern) {

  public CodedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(plover, "plover");
    if (!plover.cameo().equals(event.code())) {
      throw new IllegalArgumentException(
          "PLOVER coding of " + plover.cameo() + " for CAMEO event " + event.code());
    }
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(patternId, "patternId");
    Objects.requireNonNull(pattern, "pattern");
    if (!source.isResolved() || !target.isResolved()) {
      throw new IllegalArgumentException("an event needs resolved source and target actors");
    }
  }
}
