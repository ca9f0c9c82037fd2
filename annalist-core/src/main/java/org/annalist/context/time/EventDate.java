package org.annalist.context.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.annalist.model.Span;

/**
 * The date of an event or of a time expression: the inclusive range of days it may fall on, how
 * precise that is, where it comes from, and the text that says so.
 *
 * @param start first possible day (inclusive)
 * @param end last possible day (inclusive); equal to {@code start} for {@link DatePrecision#DAY}
 * @param precision {@code DAY}: one day; {@code MONTH} / {@code YEAR}: exactly one calendar month
 *     or year; {@code INTERVAL}: any other stretch of days
 * @param basis where the date comes from
 * @param evidence the time expression that gives it, as character offsets into the article text
 *     (its text included); {@code null} exactly when the basis is {@link DateBasis#PUBLICATION}
 */
public record EventDate(
    LocalDate start, LocalDate end, DatePrecision precision, DateBasis basis, Span evidence) {

  public EventDate {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(basis, "basis");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("date range ends before it starts: " + start + "/" + end);
    }
    boolean shapeOk =
        switch (precision) {
          case DAY -> start.equals(end);
          case MONTH ->
              start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth());
          case YEAR ->
              start.getDayOfYear() == 1 && end.equals(LocalDate.of(start.getYear(), 12, 31));
          case INTERVAL -> true;
        };
    if (!shapeOk) {
      throw new IllegalArgumentException(
          "range " + start + "/" + end + " is not one " + precision.name().toLowerCase());
    }
    if ((basis == DateBasis.PUBLICATION) != (evidence == null)) {
      throw new IllegalArgumentException(
          "evidence must be given exactly when the basis is not PUBLICATION: "
              + basis
              + ", "
              + evidence);
    }
  }

  /** One day. */
  public static EventDate day(LocalDate day, DateBasis basis, Span evidence) {
    return new EventDate(day, day, DatePrecision.DAY, basis, evidence);
  }

  /** One calendar month. */
  public static EventDate month(YearMonth month, DateBasis basis, Span evidence) {
    return new EventDate(
        month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, basis, evidence);
  }

  /** One calendar year. */
  public static EventDate year(int year, DateBasis basis, Span evidence) {
    return new EventDate(
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, basis, evidence);
  }

  /** A stretch of days; one day becomes {@link DatePrecision#DAY}. */
  public static EventDate interval(LocalDate start, LocalDate end, DateBasis basis, Span evidence) {
    return new EventDate(
        start,
        end,
        start.equals(end) ? DatePrecision.DAY : DatePrecision.INTERVAL,
        basis,
        evidence);
  }

  /** The publication date, as the fallback when the text dates nothing. */
  public static EventDate publication(LocalDate day) {
    return day(day, DateBasis.PUBLICATION, null);
  }

  /** The same range with another basis and evidence. */
  public EventDate withBasis(DateBasis newBasis, Span newEvidence) {
    return new EventDate(start, end, precision, newBasis, newEvidence);
  }

  /** The same precision moved by {@code days} (for "one week after ..."). */
  public EventDate plusDays(long days, DateBasis newBasis, Span newEvidence) {
    return switch (precision) {
      case DAY, INTERVAL ->
          interval(start.plusDays(days), end.plusDays(days), newBasis, newEvidence);
      case MONTH -> month(YearMonth.from(start.plusDays(days)), newBasis, newEvidence);
      case YEAR -> year(start.plusDays(days).getYear(), newBasis, newEvidence);
    };
  }

  /** The evidence text, or {@code null} for the publication date. */
  public String evidenceText() {
    return evidence == null ? null : evidence.text();
  }

  /**
   * The gold sets' format: {@code 2017-11-20} (day), {@code 2017-11} (month), {@code 2017} (year),
   * {@code 2017-11-20/2017-11-26} (interval).
   */
  public String iso() {
    return switch (precision) {
      case DAY -> start.toString();
      case MONTH -> YearMonth.from(start).toString();
      case YEAR -> String.format(java.util.Locale.ROOT, "%04d", start.getYear());
      case INTERVAL -> start + "/" + end;
    };
  }

  /**
   * Whether this date agrees with a gold date in the gold's format. Strict on purpose: the whole of
   * our range must lie inside the gold's range, where a gold day is that day, a gold month or year
   * the whole month or year, and a gold interval its days. So an exact day matches a gold day, a
   * month or a year that holds it, or a gold interval around it; our interval matches a gold
   * interval that contains it (an equal one included) but never a gold day; a coarser date than the
   * gold's (our year for a gold month) never matches.
   *
   * @throws IllegalArgumentException when {@code goldIso} is not a date in that format
   */
  public boolean matchesGold(String goldIso) {
    LocalDate[] gold = range(goldIso);
    return !start.isBefore(gold[0]) && !end.isAfter(gold[1]);
  }

  /** The inclusive day range of an ISO date, month, year or {@code start/end} interval. */
  static LocalDate[] range(String iso) {
    Objects.requireNonNull(iso, "iso");
    String s = iso.strip();
    try {
      int slash = s.indexOf('/');
      if (slash >= 0) {
        LocalDate a = range(s.substring(0, slash))[0];
        LocalDate b = range(s.substring(slash + 1))[1];
        if (b.isBefore(a)) {
          throw new IllegalArgumentException("interval ends before it starts: " + iso);
        }
        return new LocalDate[] {a, b};
      }
      if (s.matches("\\d{4}")) {
        int y = Integer.parseInt(s);
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(s);
        return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate d = LocalDate.parse(s);
        return new LocalDate[] {d, d};
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO date: " + iso, e);
    }
    throw new IllegalArgumentException("not an ISO date, month, year or interval: " + iso);
  }
}
