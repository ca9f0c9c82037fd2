package org.annalist.context.time.internal;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.context.internal.CalendarWords;
import org.annalist.context.internal.NumberWords;

/**
 * The temporal tagger's word tables, keyed by {@link #normalise(String) normalised} token text.
 * Immutable and thread-safe.
 */
public final class Lexicon {

  private Lexicon() {}

  /** Month names and their usual abbreviations, to the month number. */
  public static final Map<String, Integer> MONTHS = CalendarWords.MONTHS;

  /**
   * Month words that are also common other words (the modal "may", the verb "march", names such as
   * "Jan" and "June"): they count as months only capitalised and with a day or year beside them, or
   * after a time preposition, and never when tagged as a verb.
   */
  public static final Set<String> AMBIGUOUS_MONTHS =
      Set.of("may", "march", "mar", "jan", "jun", "june", "aug", "august", "dec", "sept", "sep");

  public static final Map<String, DayOfWeek> WEEKDAYS = CalendarWords.WEEKDAYS;

  /** Parts of a day that may follow a weekday ("Thursday night") without changing the day. */
  public static final Set<String> DAY_PARTS =
      Set.of("morning", "afternoon", "evening", "night", "noon", "midnight");

  /** Number words for offsets ("two weeks ago", "a week later"). */
  public static final Map<String, Integer> NUMBER_WORDS = numberWords();

  private static Map<String, Integer> numberWords() {
    Map<String, Integer> m = new java.util.HashMap<>(NumberWords.CARDINALS);
    m.put("a", 1);
    m.put("an", 1);
    return Map.copyOf(m);
  }

  /** Calendar units; hours and minutes count as zero days ("hours after" is the same day). */
  public static final Map<String, ChronoUnit> UNITS =
      Map.ofEntries(
          Map.entry("minute", ChronoUnit.MINUTES),
          Map.entry("minutes", ChronoUnit.MINUTES),
          Map.entry("hour", ChronoUnit.HOURS),
          Map.entry("hours", ChronoUnit.HOURS),
          Map.entry("day", ChronoUnit.DAYS),
          Map.entry("days", ChronoUnit.DAYS),
          Map.entry("week", ChronoUnit.WEEKS),
          Map.entry("weeks", ChronoUnit.WEEKS),
          Map.entry("month", ChronoUnit.MONTHS),
          Map.entry("months", ChronoUnit.MONTHS),
          Map.entry("year", ChronoUnit.YEARS),
          Map.entry("years", ChronoUnit.YEARS));

  /** Words before a bare month or year that make it a date ("in November", "since 2011"). */
  public static final Set<String> DATE_PREPOSITIONS =
      Set.of(
          "in", "since", "until", "till", "by", "from", "during", "through", "before", "after",
          "of", "early", "mid", "mid-", "late", "last", "next", "this", "between", "and", "to");

  /** A year a bare number may stand for. */
  public static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  /** An ISO date as one token ("2017-11-30"), as in datelines. */
  public static final Pattern ISO_DATE = Pattern.compile("(19|20)\\d\\d-\\d\\d-\\d\\d");

  /** A day of the month, optionally ordinal ("20", "20th", "1st"). */
  public static final Pattern DAY_OF_MONTH = Pattern.compile("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");

  private static final Set<String> TRIGGERS = buildTriggers();

  private static Set<String> buildTriggers() {
    Set<String> t = new HashSet<>();
    t.addAll(MONTHS.keySet());
    t.addAll(WEEKDAYS.keySet());
    t.addAll(UNITS.keySet());
    t.addAll(
        Set.of(
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "overnight",
            "late-night",
            "weekend",
            "ago",
            "since",
            "later",
            "earlier",
            "night",
            "morning",
            "afternoon",
            "evening"));
    return Set.copyOf(t);
  }

  /**
   * Token text as the tables key it: lower case ({@link Locale#ROOT}) without a final abbreviation
   * dot ("Nov." becomes "nov").
   */
  public static String normalise(String tokenText) {
    String s = tokenText.toLowerCase(Locale.ROOT);
    if (s.length() > 1 && s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /**
   * Whether a normalised token can start or anchor a time expression; a sentence without one is
   * skipped at the cost of a set lookup per token.
   */
  public static boolean isTrigger(String normalised) {
    return TRIGGERS.contains(normalised)
        || (normalised.length() == 4 && YEAR.matcher(normalised).matches())
        || (normalised.length() == 10 && ISO_DATE.matcher(normalised).matches());
  }
}
