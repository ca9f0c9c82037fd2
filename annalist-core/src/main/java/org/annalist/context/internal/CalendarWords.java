package org.annalist.context.internal;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/**
 * English month and weekday names, shared by the date tagger and the count finder (no count in "5
 * May"). Immutable.
 */
public final class CalendarWords {

  private CalendarWords() {}

  /** Month names and their usual abbreviations, to the month number. */
  public static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sept", 9),
          Map.entry("sep", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  /** Weekday names, lower case. */
  public static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "monday", DayOfWeek.MONDAY,
          "tuesday", DayOfWeek.TUESDAY,
          "wednesday", DayOfWeek.WEDNESDAY,
          "thursday", DayOfWeek.THURSDAY,
          "friday", DayOfWeek.FRIDAY,
          "saturday", DayOfWeek.SATURDAY,
          "sunday", DayOfWeek.SUNDAY);

  /** Whether {@code word} (any case, with or without a final period: "Nov.") names a month. */
  public static boolean isMonth(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return MONTHS.containsKey(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
  }
}
