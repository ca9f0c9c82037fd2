package org.annalist.eval.petrarch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores one validation record: a record is fully correct when the set of coded triples (code,
 * source, target), duplicates removed, equals the set of expected triples; a {@code noevents}
 * record is correct when nothing is coded. Partial credit is counted as found (expected triples
 * coded) and spurious (coded triples not expected). Stateless.
 */
public final class RecordScorer {

  private RecordScorer() {}

  /** The outcome of coding {@code record} into {@code actual}. */
  public static RecordOutcome score(ValidationRecord record, List<ExpectedEvent> actual) {
    Set<ExpectedEvent> want = new LinkedHashSet<>(record.expected());
    Set<ExpectedEvent> got = new LinkedHashSet<>(actual);
    int found = 0;
    int spurious = 0;
    boolean correct = false;
    if (record.scored()) {
      found = (int) want.stream().filter(got::contains).count();
      spurious = (int) got.stream().filter(e -> !want.contains(e)).count();
      correct = want.equals(got);
    }
    return new RecordOutcome(
        record.id(),
        record.category(),
        RecordOutcome.Status.CODED,
        record.scored(),
        List.copyOf(want),
        List.copyOf(got),
        found,
        spurious,
        correct,
        null);
  }

  /** The outcome of a record that could not be coded: a failure, with its reason. */
  public static RecordOutcome failed(ValidationRecord record, String reason) {
    Objects.requireNonNull(reason, "reason");
    return notCoded(record, RecordOutcome.Status.FAILED, reason);
  }

  /** The outcome of a record whose category is not run. */
  public static RecordOutcome inactive(ValidationRecord record) {
    return notCoded(
        record,
        RecordOutcome.Status.INACTIVE,
        "category " + record.category() + " is not in <Include>");
  }

  private static RecordOutcome notCoded(
      ValidationRecord record, RecordOutcome.Status status, String reason) {
    return new RecordOutcome(
        record.id(),
        record.category(),
        status,
        record.scored(),
        List.copyOf(new LinkedHashSet<>(record.expected())),
        List.of(),
        0,
        0,
        false,
        reason);
  }
}
