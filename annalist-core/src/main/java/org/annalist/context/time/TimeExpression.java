package org.annalist.context.time;

import java.time.Period;
import java.util.Objects;
import org.annalist.model.Span;

/**
 * A time expression found in a sentence, normalised against a reference date.
 *
 * @param sentenceIndex the sentence's index in its article
 * @param firstToken 1-based index of the first token
 * @param lastToken 1-based index of the last token (inclusive)
 * @param span the expression in the article text
 * @param kind what the expression says about time
 * @param value the normalised date (basis {@link DateBasis#TEXT}, evidence {@code span}); {@code
 *     null} only for a {@link Kind#DURATION_OFFSET} whose anchor is another event ("one week after
 *     ...", "two days later"), which the {@link EventDater} resolves
 * @param offset for {@link Kind#DURATION_OFFSET}: how far the dated thing lies from its anchor,
 *     negative when before it ("one week after" is +7 days, "three days ago" -3 days); else {@code
 *     null}
 * @param anchor for {@link Kind#DURATION_OFFSET}: what the offset counts from; else {@code null}
 * @param rule the id of the pattern that matched ({@code month-day-year}, {@code weekday}, ...),
 *     for provenance
 */
public record TimeExpression(
    int sentenceIndex,
    int firstToken,
    int lastToken,
    Span span,
    Kind kind,
    EventDate value,
    Period offset,
    Anchor anchor,
    String rule) {

  /** What an expression says about time. */
  public enum Kind {
    /** A day, month, year or stretch of days at which something happens ("on Thursday"). */
    POINT,
    /** The start of a period that is still going on ("since September 2015"). */
    SINCE,
    /** A deadline or future bound ("before the end of the year", "until Friday"): no event date. */
    BEFORE,
    /** An offset from another time ("one week after", "two days later", "three days ago"). */
    DURATION_OFFSET
  }

  /** What a {@link Kind#DURATION_OFFSET} counts from. */
  public enum Anchor {
    /** The reference (publication) date: "three days ago". */
    REFERENCE,
    /**
     * The clause or noun phrase the expression introduces: "X came one week after Y announced"
     * dates Y one week before X.
     */
    FOLLOWING,
    /** The time the narrative has reached: "two days later", "the next day". */
    NARRATIVE
  }

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    if (sentenceIndex < 0 || firstToken < 1 || lastToken < firstToken) {
      throw new IllegalArgumentException(
          "bad expression position: sentence "
              + sentenceIndex
              + ", tokens "
              + firstToken
              + ".."
              + lastToken);
    }
    boolean offsetKind = kind == Kind.DURATION_OFFSET;
    if (offsetKind != (offset != null) || offsetKind != (anchor != null)) {
      throw new IllegalArgumentException(
          "offset and anchor are required for DURATION_OFFSET and only for it: " + kind);
    }
    if (value == null && !(offsetKind && anchor != Anchor.REFERENCE)) {
      throw new IllegalArgumentException("a " + kind + " expression needs a value: " + span);
    }
  }

  /** The expression's text. */
  public String text() {
    return span.text();
  }

  /** Whether token {@code index} (1-based) is part of the expression. */
  public boolean covers(int index) {
    return index >= firstToken && index <= lastToken;
  }
}
