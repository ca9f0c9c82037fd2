package org.annalist.eval;

import java.util.Locale;

/**
 * Counts of one scoring run.
 *
 * @param predicted events the coder produced
 * @param gold gold events
 * @param correct predicted events that match a gold event
 * @param found gold events that some predicted event matches
 */
public record Score(int predicted, int gold, int correct, int found) {

  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) found / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f",
        precision(),
        correct,
        predicted,
        recall(),
        found,
        gold,
        f1());
  }
}
