package org.annalist.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.coding.CodedEvent;
import org.annalist.context.EventContext;
import org.annalist.context.place.Place;

/**
 * Scores the context of matched events against a gold set: the event's date (right when it lies
 * within the gold's date at the gold's precision, {@link
 * org.annalist.context.time.EventDate#matchesGold}) for gold events with a date, and the country of
 * the event's place for gold events with a country. An event is matched as in {@link GoldScorer}'s
 * lenient mode; of several coded events matching one gold event, the first is scored. Stateless.
 */
public final class ContextScorer {

  /** How many gold events were scored and how many were right. */
  public record Counts(int scored, int correct) {
    public double accuracy() {
      return scored == 0 ? 0 : (double) correct / scored;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.3f (%d/%d)", accuracy(), correct, scored);
    }
  }

  /** A matched event whose date or country is not the gold's. */
  public record Miss(
      GoldEvent gold, CodedEvent event, String what, String expected, String actual) {}

  /** A scoring run. */
  public record Evaluation(Counts dates, Counts countries, List<Miss> misses) {
    public Evaluation {
      misses = List.copyOf(misses);
    }
  }

  private ContextScorer() {}

  /**
   * Scores the contexts ({@code contexts} by event id) of the events in {@code predicted} that
   * match the non-negated gold events.
   */
  public static Evaluation evaluate(
      List<CodedEvent> predicted, Map<String, EventContext> contexts, List<GoldEvent> gold) {
    int dates = 0;
    int datesRight = 0;
    int countries = 0;
    int countriesRight = 0;
    List<Miss> misses = new ArrayList<>();
    for (GoldEvent g : gold) {
      if (g.negated()) {
        continue;
      }
      CodedEvent p =
          predicted.stream()
              .filter(e -> GoldScorer.matches(e, g, GoldScorer.Mode.LENIENT))
              .findFirst()
              .orElse(null);
      EventContext c = p == null ? null : contexts.get(p.id());
      if (c == null) {
        continue;
      }
      if (g.date() != null) {
        dates++;
        if (c.date() != null && c.date().matchesGold(g.date())) {
          datesRight++;
        } else {
          misses.add(new Miss(g, p, "date", g.date(), c.date() == null ? "none" : describe(c)));
        }
      }
      if (g.country() != null) {
        countries++;
        Place place = c.place().place();
        if (place != null && place.countryCode().equals(g.country())) {
          countriesRight++;
        } else {
          misses.add(
              new Miss(
                  g,
                  p,
                  "country",
                  g.country(),
                  place == null
                      ? "none"
                      : place.countryCode()
                          + " ("
                          + place.fullName()
                          + ", "
                          + c.place().basis()
                          + ")"));
        }
      }
    }
    return new Evaluation(
        new Counts(dates, datesRight), new Counts(countries, countriesRight), misses);
  }

  private static String describe(EventContext c) {
    String evidence = c.date().evidenceText();
    return c.date().iso()
        + " ("
        + c.date().basis()
        + (evidence == null ? "" : ", \"" + evidence + "\"")
        + ")";
  }
}
