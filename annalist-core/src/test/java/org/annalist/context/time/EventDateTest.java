package org.annalist.context.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class EventDateTest {

  private static final Span EVIDENCE = new Span(0, 11, "on November");

  private static EventDate day(int y, int m, int d) {
    return EventDate.day(LocalDate.of(y, m, d), DateBasis.TEXT, EVIDENCE);
  }

  @Test
  void isoWritesEachPrecisionInTheGoldFormat() {
    assertEquals("2017-11-20", day(2017, 11, 20).iso());
    assertEquals(
        "2017-11", EventDate.month(YearMonth.of(2017, 11), DateBasis.TEXT, EVIDENCE).iso());
    assertEquals("2017", EventDate.year(2017, DateBasis.TEXT, EVIDENCE).iso());
    assertEquals(
        "2017-11-20/2017-11-26",
        EventDate.interval(
                LocalDate.of(2017, 11, 20), LocalDate.of(2017, 11, 26), DateBasis.TEXT, EVIDENCE)
            .iso());
  }

  @Test
  void aDayMatchesTheSameDayItsMonthItsYearAndAnIntervalAroundIt() {
    EventDate d = day(2017, 11, 23);
    assertTrue(d.matchesGold("2017-11-23"));
    assertTrue(d.matchesGold("2017-11"));
    assertTrue(d.matchesGold("2017"));
    assertTrue(d.matchesGold("2017-11-20/2017-11-26"));
    assertFalse(d.matchesGold("2017-11-22"));
    assertFalse(d.matchesGold("2017-12"));
    assertFalse(d.matchesGold("2017-11-24/2017-11-26"));
  }

  @Test
  void anIntervalMatchesOnlyAGoldIntervalOrPeriodThatContainsIt() {
    EventDate week =
        EventDate.interval(
            LocalDate.of(2017, 11, 20), LocalDate.of(2017, 11, 26), DateBasis.TEXT, EVIDENCE);
    assertTrue(week.matchesGold("2017-11-20/2017-11-26"));
    assertTrue(week.matchesGold("2017-11"));
    assertFalse(week.matchesGold("2017-11-23"));
    assertFalse(week.matchesGold("2017-11-21/2017-11-26"));
  }

  @Test
  void aCoarserDateThanTheGoldsNeverMatches() {
    assertFalse(EventDate.year(2015, DateBasis.TEXT, EVIDENCE).matchesGold("2015-09"));
    assertTrue(
        EventDate.month(YearMonth.of(2015, 9), DateBasis.TEXT, EVIDENCE).matchesGold("2015-09"));
  }

  @Test
  void aMalformedGoldDateIsRejectedWithTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> day(2017, 1, 1).matchesGold("Nov 2017"));
    assertEquals("not an ISO date, month, year or interval: Nov 2017", e.getMessage());
  }

  @Test
  void evidenceIsRequiredExceptForThePublicationDate() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EventDate.day(LocalDate.of(2017, 1, 1), DateBasis.TEXT, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> EventDate.day(LocalDate.of(2017, 1, 1), DateBasis.PUBLICATION, EVIDENCE));
    EventDate p = EventDate.publication(LocalDate.of(2017, 1, 1));
    assertEquals(DateBasis.PUBLICATION, p.basis());
    assertEquals(null, p.evidenceText());
  }

  @Test
  void aMonthMustSpanExactlyItsCalendarMonth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new EventDate(
                    LocalDate.of(2017, 11, 2),
                    LocalDate.of(2017, 11, 30),
                    DatePrecision.MONTH,
                    DateBasis.TEXT,
                    EVIDENCE));
    assertEquals("range 2017-11-02/2017-11-30 is not one month", e.getMessage());
  }
}
