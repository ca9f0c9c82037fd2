package org.annalist.eval.petrarch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Record outcomes added up, over the whole file and per category (in the order categories first
 * appear).
 *
 * @param overall the whole file
 * @param categories per category
 * @param outcomes every record's outcome, in file order
 */
public record ValidationReport(
    Tally overall, Map<String, Tally> categories, List<RecordOutcome> outcomes) {

  public ValidationReport {
    categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
    outcomes = List.copyOf(outcomes);
  }

  /** Adds up {@code outcomes}. */
  public static ValidationReport of(List<RecordOutcome> outcomes) {
    Tally overall = Tally.EMPTY;
    Map<String, Tally> categories = new LinkedHashMap<>();
    for (RecordOutcome o : outcomes) {
      overall = overall.plus(o);
      categories.merge(o.category(), Tally.EMPTY.plus(o), Tally::plus);
    }
    return new ValidationReport(overall, categories, outcomes);
  }

  /** The outcomes that count against the coder ({@link RecordOutcome#failure()}). */
  public List<RecordOutcome> failures() {
    return outcomes.stream().filter(RecordOutcome::failure).toList();
  }

  /**
   * Counts over a set of records.
   *
   * @param records records read
   * @param active records whose category is run
   * @param scored active records with expectations
   * @param correct scored records coded fully correctly
   * @param expected expected events of the scored records (not-coded ones included)
   * @param found expected events coded
   * @param spurious coded events not expected, in scored records
   * @param events events coded, scored or not
   * @param failed active records that could not be coded
   */
  public record Tally(
      int records,
      int active,
      int scored,
      int correct,
      int expected,
      int found,
      int spurious,
      int events,
      int failed) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0);

    Tally plus(RecordOutcome o) {
      boolean scoredActive = o.active() && o.scored();
      return new Tally(
          records + 1,
          active + (o.active() ? 1 : 0),
          scored + (scoredActive ? 1 : 0),
          correct + (o.correct() ? 1 : 0),
          expected + (scoredActive ? o.expected().size() : 0),
          found + o.found(),
          spurious + o.spurious(),
          events + o.actual().size(),
          failed + (o.status() == RecordOutcome.Status.FAILED ? 1 : 0));
    }

    Tally plus(Tally t) {
      return new Tally(
          records + t.records,
          active + t.active,
          scored + t.scored,
          correct + t.correct,
          expected + t.expected,
          found + t.found,
          spurious + t.spurious,
          events + t.events,
          failed + t.failed);
    }

    /** Share of scored records coded fully correctly. */
    public double correctShare() {
      return scored == 0 ? 0 : (double) correct / scored;
    }

    /** found / (found + spurious). */
    public double precision() {
      return found + spurious == 0 ? 0 : (double) found / (found + spurious);
    }

    /** found / expected. */
    public double recall() {
      return expected == 0 ? 0 : (double) found / expected;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
