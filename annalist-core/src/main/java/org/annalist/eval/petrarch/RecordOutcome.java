package org.annalist.eval.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * What became of one validation record: coded and scored, not coded (and why), or not run.
 *
 * @param id the record's id
 * @param category the record's category
 * @param status whether the record was coded
 * @param scored whether the record has expectations to score against ({@link
 *     ValidationRecord#scored()})
 * @param expected the expected events, de-duplicated, in file order
 * @param actual the coded events, de-duplicated, in the coder's order (empty unless coded)
 * @param found expected events among the actual ones
 * @param spurious actual events not expected (0 for records that are not scored)
 * @param correct the record is scored, coded, and its actual events are exactly the expected ones
 * @param reason why the record was not coded, or {@code null} when it was
 */
public record RecordOutcome(
    String id,
    String category,
    Status status,
    boolean scored,
    List<ExpectedEvent> expected,
    List<ExpectedEvent> actual,
    int found,
    int spurious,
    boolean correct,
    String reason) {

  /** Whether a record was coded. */
  public enum Status {
    /** Coded; its events are in {@link #actual()}. */
    CODED,
    /** Active, but could not be coded (no usable parse, the coder failed): a failure. */
    FAILED,
    /** Its category is not in the file's {@code <Include>}: not run, not scored. */
    INACTIVE
  }

  public RecordOutcome {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
    expected = List.copyOf(expected);
    actual = List.copyOf(actual);
    if ((status == Status.CODED) != (reason == null)) {
      throw new IllegalArgumentException(
          "record " + id + ": a reason is given exactly when it was not coded");
    }
  }

  /** Whether the record was run: its category is included. */
  public boolean active() {
    return status != Status.INACTIVE;
  }

  /** Whether the record counts against the coder: scored and not correct, or not coded. */
  public boolean failure() {
    return status == Status.FAILED || (status == Status.CODED && scored && !correct);
  }
}
