package org.annalist.eval.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordScorerTest {

  private static final ExpectedEvent ARN_GON = new ExpectedEvent("050", "ARN", "GON");
  private static final ExpectedEvent GON_ARN = new ExpectedEvent("050", "GON", "ARN");
  private static final ExpectedEvent ARN_OSG = new ExpectedEvent("190", "ARN", "OSG");

  private static ValidationRecord record(
      String id, String category, boolean noEvents, boolean active, ExpectedEvent... expected) {
    return new ValidationRecord(
        id,
        category,
        LocalDate.of(1995, 1, 1),
        "Arnor met Gondor.",
        null,
        ParseFormat.NONE,
        List.of(expected),
        noEvents,
        Map.of(),
        active);
  }

  @Test
  void exactSetIsCorrectDuplicatesAndOrderIgnored() {
    RecordOutcome o =
        RecordScorer.score(
            record("R1", "DEMO", false, true, ARN_GON, GON_ARN),
            List.of(GON_ARN, ARN_GON, GON_ARN));

    assertTrue(o.correct());
    assertFalse(o.failure());
    assertEquals(2, o.found());
    assertEquals(0, o.spurious());
    assertEquals(List.of(GON_ARN, ARN_GON), o.actual());
  }

  @Test
  void partialMatchCountsFoundAndSpurious() {
    RecordOutcome o =
        RecordScorer.score(
            record("R1", "DEMO", false, true, ARN_GON, GON_ARN), List.of(ARN_GON, ARN_OSG));

    assertFalse(o.correct());
    assertTrue(o.failure());
    assertEquals(1, o.found());
    assertEquals(1, o.spurious());
  }

  @Test
  void noeventsRecordIsCorrectOnlyWhenNothingIsCoded() {
    ValidationRecord r = record("R1", "DEMO", true, true);

    assertTrue(RecordScorer.score(r, List.of()).correct());
    RecordOutcome wrong = RecordScorer.score(r, List.of(ARN_GON));
    assertFalse(wrong.correct());
    assertEquals(1, wrong.spurious());
  }

  @Test
  void recordWithoutExpectationsIsCodedButNotScored() {
    RecordOutcome o = RecordScorer.score(record("G1", "AFP", false, true), List.of(ARN_GON));

    assertFalse(o.scored());
    assertFalse(o.correct());
    assertFalse(o.failure());
    assertEquals(0, o.spurious());
    assertEquals(List.of(ARN_GON), o.actual());
  }

  @Test
  void failedAndInactiveRecordsCarryTheirReason() {
    RecordOutcome failed =
        RecordScorer.failed(record("R1", "DEMO", false, true, ARN_GON), "bad parse");
    RecordOutcome inactive = RecordScorer.inactive(record("R2", "AGENTS", false, false, ARN_GON));

    assertEquals(RecordOutcome.Status.FAILED, failed.status());
    assertEquals("bad parse", failed.reason());
    assertTrue(failed.failure());
    assertEquals(RecordOutcome.Status.INACTIVE, inactive.status());
    assertEquals("category AGENTS is not in <Include>", inactive.reason());
    assertFalse(inactive.failure());
    assertFalse(inactive.active());
  }

  @Test
  void reportAddsUpOverallAndPerCategory() {
    List<RecordOutcome> outcomes =
        List.of(
            RecordScorer.score(record("D1", "DEMO", false, true, ARN_GON), List.of(ARN_GON)),
            RecordScorer.score(
                record("D2", "DEMO", false, true, ARN_GON, GON_ARN), List.of(ARN_GON, ARN_OSG)),
            RecordScorer.score(record("D3", "DEMO", true, true), List.of()),
            RecordScorer.failed(record("V1", "VERB", false, true, ARN_OSG), "coder failed"),
            RecordScorer.inactive(record("A1", "AGENTS", false, false, ARN_GON)),
            RecordScorer.score(record("P1", "PATTERN", false, true), List.of(GON_ARN)));

    ValidationReport report = ValidationReport.of(outcomes);

    assertEquals(new ValidationReport.Tally(6, 5, 4, 2, 4, 2, 1, 4, 1), report.overall());
    assertEquals(
        List.of("DEMO", "VERB", "AGENTS", "PATTERN"), List.copyOf(report.categories().keySet()));
    ValidationReport.Tally demo = report.categories().get("DEMO");
    assertEquals(new ValidationReport.Tally(3, 3, 3, 2, 3, 2, 1, 3, 0), demo);
    assertEquals(2.0 / 3, demo.precision(), 1e-9);
    assertEquals(2.0 / 3, demo.recall(), 1e-9);
    assertEquals(2.0 / 3, demo.f1(), 1e-9);
    assertEquals(2.0 / 3, demo.correctShare(), 1e-9);
    assertEquals(
        new ValidationReport.Tally(1, 0, 0, 0, 0, 0, 0, 0, 0), report.categories().get("AGENTS"));
    assertEquals(
        new ValidationReport.Tally(1, 1, 1, 0, 1, 0, 0, 0, 1), report.categories().get("VERB"));
    assertEquals(List.of("D2", "V1"), report.failures().stream().map(RecordOutcome::id).toList());
  }

  @Test
  void emptyTallyHasZeroRatesNotNaN() {
    ValidationReport.Tally t = ValidationReport.Tally.EMPTY;
    assertEquals(0, t.precision());
    assertEquals(0, t.recall());
    assertEquals(0, t.f1());
    assertEquals(0, t.correctShare());
  }
}
