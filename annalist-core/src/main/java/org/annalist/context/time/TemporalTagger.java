package org.annalist.context.time;

import static org.annalist.context.time.internal.Lexicon.AMBIGUOUS_MONTHS;
import static org.annalist.context.time.internal.Lexicon.DATE_PREPOSITIONS;
import static org.annalist.context.time.internal.Lexicon.DAY_OF_MONTH;
import static org.annalist.context.time.internal.Lexicon.DAY_PARTS;
import static org.annalist.context.time.internal.Lexicon.ISO_DATE;
import static org.annalist.context.time.internal.Lexicon.MONTHS;
import static org.annalist.context.time.internal.Lexicon.NUMBER_WORDS;
import static org.annalist.context.time.internal.Lexicon.UNITS;
import static org.annalist.context.time.internal.Lexicon.WEEKDAYS;
import static org.annalist.context.time.internal.Lexicon.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.context.time.TimeExpression.Anchor;
import org.annalist.context.time.TimeExpression.Kind;
import org.annalist.context.time.internal.Lexicon;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * Finds and normalises the time expressions of news text in a parsed sentence, against a reference
 * (publication) date: weekdays ("on Thursday", "Wednesday night", "last Tuesday", "late Tuesday"),
 * "today", "yesterday", "tonight", "this morning", "last night", month and day in either order with
 * or without a year ("November 20", "20 November 2017", "Nov. 20, 2017"), month and year ("Sept
 * 2015"), a month or year after a time preposition ("in November", "in 2015"), "last / this / next
 * week | month | year", "earlier this week | month | year", "over the weekend", "the past two
 * days", "late-night" and "overnight", ISO dates in datelines, offsets ("three days ago", "one week
 * after", "two days later", "the next day"), and the prefixes "since" (start of an ongoing period)
 * and "until / before / by" (a deadline, including "before the end of the year").
 *
 * <p>Relative expressions resolve the way the gold sets do: a weekday or a bare month is the most
 * recent one on or before the reference date, or the next one on or after it when the clause is in
 * the future tense (its verb has "will" or "shall"); "last week" is the previous Monday-to-Sunday
 * week; "last month" the previous calendar month; "late-night" and "overnight" the night from the
 * day before into the reference day.
 *
 * <p>False hits are avoided with the parse: "May" or "March" as a verb or a person ("Theresa May
 * said") is no month, "Sunday" as part of a name ("Sunday Times") no weekday, "1,000" or "the
 * 1990s" no year, and a bare year or month only counts after a time preposition.
 *
 * <p>Cheap by design: a sentence without a single trigger word (month, weekday, time unit, "today",
 * "ago", "since", a four-digit year, ...) costs one set lookup per token. Stateless and
 * thread-safe; {@link #shared()} is the one instance a JVM needs.
 */
public final class TemporalTagger {

  private static final TemporalTagger SHARED = new TemporalTagger();

  /** The shared instance (the tagger has no state). */
  public static TemporalTagger shared() {
    return SHARED;
  }

  /** Whether the sentence holds any word a time expression needs; {@link #find} is empty if not. */
  public boolean mayContainTime(Sentence sentence) {
    for (Token t : sentence.tokens()) {
      if (Lexicon.isTrigger(Lexicon.normalise(t.text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The time expressions of {@code sentence}, in text order, not overlapping, each normalised
   * against {@code reference}.
   *
   * @param articleText the text the sentence's offsets point into
   * @param reference the date relative expressions count from (the publication date)
   */
  public List<TimeExpression> find(Sentence sentence, String articleText, LocalDate reference) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(articleText, "articleText");
    Objects.requireNonNull(reference, "reference");
    if (!mayContainTime(sentence)) {
      return List.of();
    }
    Scan scan = new Scan(sentence, articleText, reference);
    List<TimeExpression> found = new ArrayList<>();
    int i = 0;
    while (i < sentence.size()) {
      TimeExpression e = scan.at(i);
      if (e == null) {
        i++;
      } else {
        found.add(e);
        i = e.lastToken(); // lastToken is 1-based, so this is the next 0-based position
      }
    }
    return List.copyOf(found);
  }

  /** One sentence being scanned; positions are 0-based token list indexes. */
  private static final class Scan {
    private final Sentence sentence;
    private final String text;
    private final LocalDate ref;
    private final String[] words;

    Scan(Sentence sentence, String text, LocalDate ref) {
      this.sentence = sentence;
      this.text = text;
      this.ref = ref;
      this.words = new String[sentence.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = Lexicon.normalise(sentence.tokens().get(i).text());
      }
    }

    private String w(int i) {
      return i >= 0 && i < words.length ? words[i] : "";
    }

    private Token tok(int i) {
      return sentence.tokens().get(i);
    }

    /** A matched stretch before it becomes an expression: last position and value. */
    private record Match(int last, EventDate value, String rule) {}

    private TimeExpression expression(
        int first,
        int last,
        Kind kind,
        EventDate value,
        Period offset,
        Anchor anchor,
        String rule) {
      int begin = tok(first).begin();
      int end = Math.max(begin, Math.min(tok(last).end(), text.length()));
      begin = Math.min(begin, end);
      Span span = Span.of(text, begin, end);
      EventDate v = value == null ? null : value.withBasis(DateBasis.TEXT, span);
      return new TimeExpression(
          sentence.index(), first + 1, last + 1, span, kind, v, offset, anchor, rule);
    }

    TimeExpression at(int i) {
      String word = w(i);
      if (word.equals("since")) {
        Match inner = point(i + 1);
        if (inner != null) {
          return expression(
              i, inner.last, Kind.SINCE, inner.value, null, null, "since-" + inner.rule);
        }
        return null;
      }
      if (word.equals("until")
          || word.equals("till")
          || word.equals("before")
          || word.equals("by")) {
        Match end = endOfPeriod(i + 1);
        if (end == null) {
          end = point(i + 1);
        }
        if (end != null) {
          return expression(i, end.last, Kind.BEFORE, end.value, null, null, "before-" + end.rule);
        }
        return null;
      }
      TimeExpression offset = offset(i);
      if (offset != null) {
        return offset;
      }
      Match m = point(i);
      return m == null ? null : expression(i, m.last, Kind.POINT, m.value, null, null, m.rule);
    }

    // ---- offsets ------------------------------------------------------------------------------

    private TimeExpression offset(int i) {
      // "the next day", "the following day", "the previous day", "the day before / after"
      if (w(i).equals("the")) {
        if ((w(i + 1).equals("next") || w(i + 1).equals("following")) && w(i + 2).equals("day")) {
          return expression(
              i, i + 2, Kind.DURATION_OFFSET, null, Period.ofDays(1), Anchor.NARRATIVE, "next-day");
        }
        if ((w(i + 1).equals("previous") || w(i + 1).equals("preceding"))
            && w(i + 2).equals("day")) {
          return expression(
              i,
              i + 2,
              Kind.DURATION_OFFSET,
              null,
              Period.ofDays(-1),
              Anchor.NARRATIVE,
              "previous-day");
        }
        if (w(i + 1).equals("day")
            && (w(i + 2).equals("before") || w(i + 2).equals("after"))
            && !startsPoint(i + 3)) {
          int sign = w(i + 2).equals("before") ? -1 : 1;
          return expression(
              i,
              i + 2,
              Kind.DURATION_OFFSET,
              null,
              Period.ofDays(sign),
              Anchor.NARRATIVE,
              "day-" + w(i + 2));
        }
        return null;
      }
      Integer n = count(i);
      if (n == null) {
        return null;
      }
      int u = i + 1;
      // "a few days", "several weeks" are not offsets we can count; only numbers
      ChronoUnit unit = UNITS.get(w(u));
      if (unit == null) {
        return null;
      }
      int dir = u + 1;
      if (w(dir).equals("earlier") && w(dir + 1).equals("this")) {
        return null; // "a year earlier this month" is too rare to guess at
      }
      Period p = period(n, unit);
      return switch (w(dir)) {
        case "ago" -> {
          EventDate value = ago(n, unit);
          yield expression(
              i, dir, Kind.DURATION_OFFSET, value, p.negated(), Anchor.REFERENCE, "ago");
        }
        case "later" ->
            expression(i, dir, Kind.DURATION_OFFSET, null, p, Anchor.NARRATIVE, "later");
        case "earlier" ->
            expression(
                i, dir, Kind.DURATION_OFFSET, null, p.negated(), Anchor.NARRATIVE, "earlier");
        case "after" ->
            dir + 1 < words.length
                ? expression(i, dir, Kind.DURATION_OFFSET, null, p, Anchor.FOLLOWING, "after")
                : null;
        case "before", "prior" ->
            dir + 1 < words.length
                ? expression(
                    i, dir, Kind.DURATION_OFFSET, null, p.negated(), Anchor.FOLLOWING, "before")
                : null;
        default -> null;
      };
    }

    private Integer count(int i) {
      String s = w(i);
      if (!s.isEmpty() && s.length() <= 3 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Integer.parseInt(s);
      }
      if (s.equals("just") || s.equals("only")) {
        return null;
      }
      return NUMBER_WORDS.get(s);
    }

    private Period period(int n, ChronoUnit unit) {
      return switch (unit) {
        case DAYS -> Period.ofDays(n);
        case WEEKS -> Period.ofWeeks(n);
        case MONTHS -> Period.ofMonths(n);
        case YEARS -> Period.ofYears(n);
        default -> Period.ZERO; // hours and minutes: the same day
      };
    }

    private EventDate ago(int n, ChronoUnit unit) {
      return switch (unit) {
        case MONTHS -> EventDate.month(YearMonth.from(ref).minusMonths(n), DateBasis.TEXT, stub());
        case YEARS -> EventDate.year(ref.getYear() - n, DateBasis.TEXT, stub());
        case DAYS, WEEKS -> EventDate.day(ref.minus(n, unit), DateBasis.TEXT, stub());
        default -> EventDate.day(ref, DateBasis.TEXT, stub());
      };
    }

    /** A placeholder evidence; {@link #expression} replaces it with the real span. */
    private Span stub() {
      return new Span(0, 0, "");
    }

    private EventDate day(LocalDate d) {
      return EventDate.day(d, DateBasis.TEXT, stub());
    }

    private EventDate interval(LocalDate a, LocalDate b) {
      return EventDate.interval(a, b, DateBasis.TEXT, stub());
    }

    // ---- points -------------------------------------------------------------------------------

    private boolean startsPoint(int i) {
      return i < words.length && point(i) != null;
    }

    /** A date at position {@code i}, or null. */
    private Match point(int i) {
      if (i < 0 || i >= words.length) {
        return null;
      }
      String s = w(i);
      if (s.equals("the") || s.equals("this")) {
        Match inner = s.equals("the") ? relativePeriod(i + 1) : null;
        if (inner != null) {
          return inner;
        }
      }
      Match m;
      if ((m = isoDate(i)) != null
          || (m = monthDay(i)) != null
          || (m = dayMonth(i)) != null
          || (m = weekday(i)) != null
          || (m = deictic(i)) != null
          || (m = relativePeriod(i)) != null
          || (m = bareMonth(i)) != null
          || (m = bareYear(i)) != null) {
        return m;
      }
      return null;
    }

    private Match isoDate(int i) {
      if (!startsWithDigit(i)) {
        return null;
      }
      if (ISO_DATE.matcher(w(i)).matches()) {
        try {
          return new Match(i, day(LocalDate.parse(w(i))), "iso-date");
        } catch (java.time.DateTimeException e) {
          return null;
        }
      }
      return null;
    }

    private Integer month(int i, boolean strongContext) {
      Integer m = MONTHS.get(w(i));
      if (m == null) {
        return null;
      }
      Token t = tok(i);
      if (t.upos().equals("VERB") || t.upos().equals("AUX") || t.xpos().equals("MD")) {
        return null;
      }
      boolean capitalised = Character.isUpperCase(t.text().charAt(0));
      if (AMBIGUOUS_MONTHS.contains(w(i)) && !capitalised) {
        return null;
      }
      if (t.text().endsWith(".") && w(i).length() > 4) {
        return m; // "November." at the end of a sentence is still November
      }
      if (!strongContext && !capitalised) {
        return null;
      }
      return m;
    }

    private boolean startsWithDigit(int i) {
      String s = w(i);
      return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    private Integer dayOfMonth(int i) {
      if (!startsWithDigit(i)) {
        return null;
      }
      String s = w(i);
      if (s.endsWith(",")) {
        s = s.substring(0, s.length() - 1);
      }
      if (!DAY_OF_MONTH.matcher(s).matches()) {
        return null;
      }
      int digits = 0;
      while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
        digits++;
      }
      return Integer.parseInt(s.substring(0, digits));
    }

    private Integer year(int i) {
      if (!startsWithDigit(i)) {
        return null;
      }
      String s = w(i);
      if (!YEAR.matcher(s).matches()) {
        return null;
      }
      Token t = tok(i);
      if (!t.upos().equals("NUM") && !t.xpos().equals("CD") && !t.upos().equals("_")) {
        return null;
      }
      return Integer.parseInt(s);
    }

    /** "November 20", "Nov. 20, 2017", "November 20th", "September 2015". */
    private Match monthDay(int i) {
      Integer month = month(i, true);
      if (month == null) {
        return null;
      }
      int j = i + 1;
      if (w(j).equals(".")) {
        j++;
      }
      Integer day = dayOfMonth(j);
      if (day != null) {
        int k = j + 1;
        if (w(k).equals(",")) {
          k++;
        }
        Integer y = year(k);
        LocalDate d = y != null ? safeDate(y, month, day) : dayWithoutYear(month, day, i);
        if (d == null) {
          return null;
        }
        return new Match(y != null ? k : j, day(d), y != null ? "month-day-year" : "month-day");
      }
      int k = j;
      if (w(k).equals(",")) {
        k++;
      }
      Integer y = year(k);
      if (y != null) {
        return new Match(
            k, EventDate.month(YearMonth.of(y, month), DateBasis.TEXT, stub()), "month-year");
      }
      return null;
    }

    /** "20 November 2017", "20 November". */
    private Match dayMonth(int i) {
      Integer day = dayOfMonth(i);
      if (day == null || i + 1 >= words.length) {
        return null;
      }
      Integer month = month(i + 1, true);
      if (month == null) {
        return null;
      }
      int k = i + 2;
      if (w(k).equals(",")) {
        k++;
      }
      Integer y = year(k);
      LocalDate d = y != null ? safeDate(y, month, day) : dayWithoutYear(month, day, i);
      if (d == null) {
        return null;
      }
      return new Match(y != null ? k : i + 1, day(d), y != null ? "day-month-year" : "day-month");
    }

    private LocalDate safeDate(int y, int m, int d) {
      try {
        return LocalDate.of(y, m, d);
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }

    /** The year that puts a month and day most recently on or before the reference (or after). */
    private LocalDate dayWithoutYear(int month, int day, int at) {
      LocalDate d = safeDate(ref.getYear(), month, day);
      if (d == null) {
        return null;
      }
      if (future(at)) {
        return d.isBefore(ref) ? safeDate(ref.getYear() + 1, month, day) : d;
      }
      return d.isAfter(ref) ? safeDate(ref.getYear() - 1, month, day) : d;
    }

    /** "Thursday", "on Thursday night", "last Tuesday", "late Tuesday", "next Monday". */
    private Match weekday(int i) {
      String modifier = w(i);
      int at = i;
      if (modifier.equals("last")
          || modifier.equals("next")
          || modifier.equals("this")
          || modifier.equals("late")
          || modifier.equals("early")
          || modifier.equals("past")) {
        at = i + 1;
      } else {
        modifier = "";
      }
      DayOfWeek dow = WEEKDAYS.get(w(at));
      if (dow == null) {
        return null;
      }
      Token t = tok(at);
      if (!Character.isUpperCase(t.text().charAt(0))) {
        return null;
      }
      if (partOfName(at)) {
        return null;
      }
      int last = at;
      if (DAY_PARTS.contains(w(at + 1))) {
        last = at + 1;
      }
      LocalDate d =
          switch (modifier) {
            case "last", "past" -> ref.minusDays(1).with(TemporalAdjusters.previousOrSame(dow));
            case "next" -> ref.plusDays(1).with(TemporalAdjusters.nextOrSame(dow));
            default ->
                future(at)
                    ? ref.with(TemporalAdjusters.nextOrSame(dow))
                    : ref.with(TemporalAdjusters.previousOrSame(dow));
          };
      return new Match(last, day(d), modifier.isEmpty() ? "weekday" : modifier + "-weekday");
    }

    /** "Sunday Times", "Bloody Sunday Inquiry": a weekday inside a name. */
    private boolean partOfName(int at) {
      Token t = tok(at);
      if (t.deprel().equals("compound") && t.head() > 0) {
        Token head = sentence.token(t.head());
        String hw = Lexicon.normalise(head.text());
        return head.upos().equals("PROPN") && !DAY_PARTS.contains(hw) && !MONTHS.containsKey(hw);
      }
      String nw = w(at + 1);
      return nw.equals("times")
          || nw.equals("telegraph")
          || nw.equals("express")
          || nw.equals("mirror")
          || nw.equals("post")
          || nw.equals("herald");
    }

    /** "today", "tonight", "yesterday", "tomorrow", "this morning", "last night", "overnight". */
    private Match deictic(int i) {
      String s = w(i);
      switch (s) {
        case "today", "tonight" -> {
          return new Match(i, day(ref), s);
        }
        case "yesterday" -> {
          return new Match(i, day(ref.minusDays(1)), s);
        }
        case "tomorrow" -> {
          return new Match(i, day(ref.plusDays(1)), s);
        }
        case "overnight", "late-night" -> {
          return new Match(i, interval(ref.minusDays(1), ref), s);
        }
        default -> {}
      }
      if (s.equals("late") && w(i + 1).equals("-") && w(i + 2).equals("night")) {
        return new Match(i + 2, interval(ref.minusDays(1), ref), "late-night");
      }
      if (s.equals("this") && DAY_PARTS.contains(w(i + 1))) {
        return new Match(i + 1, day(ref), "this-" + w(i + 1));
      }
      if (s.equals("last") && w(i + 1).equals("night")) {
        return new Match(i + 1, day(ref.minusDays(1)), "last-night");
      }
      if (s.equals("earlier") && w(i + 1).equals("today")) {
        return new Match(i + 1, day(ref), "earlier-today");
      }
      return null;
    }

    /**
     * "last week", "this month", "next year", "earlier this week", "later this year", "the past two
     * days", "over the weekend", "last weekend".
     */
    private Match relativePeriod(int i) {
      String s = w(i);
      LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      if (s.equals("weekend")
          || ((s.equals("last") || s.equals("this") || s.equals("past"))
              && w(i + 1).equals("weekend"))) {
        int last = s.equals("weekend") ? i : i + 1;
        LocalDate saturday =
            ref.getDayOfWeek() == DayOfWeek.SUNDAY
                ? ref.minusDays(1)
                : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        if (tok(last).text().charAt(0) == 'W') {
          return null; // "Weekend" as a title word
        }
        return new Match(last, interval(saturday, saturday.plusDays(1)), "weekend");
      }
      if ((s.equals("earlier") || s.equals("later")) && w(i + 1).equals("this")) {
        String unit = w(i + 2);
        boolean earlier = s.equals("earlier");
        LocalDate from =
            switch (unit) {
              case "week" -> monday;
              case "month" -> ref.withDayOfMonth(1);
              case "year" -> ref.withDayOfYear(1);
              default -> null;
            };
        if (from == null) {
          return null;
        }
        LocalDate to =
            switch (unit) {
              case "week" -> monday.plusDays(6);
              case "month" -> YearMonth.from(ref).atEndOfMonth();
              default -> LocalDate.of(ref.getYear(), 12, 31);
            };
        return new Match(
            i + 2, earlier ? interval(from, ref) : interval(ref, to), s + "-this-" + unit);
      }
      if ((s.equals("past") || s.equals("last")) && i + 2 < words.length) {
        Integer n = count(i + 1);
        ChronoUnit unit = UNITS.get(w(i + 2));
        if (n != null && unit != null && w(i + 2).endsWith("s") && n > 1) {
          LocalDate from = ref.minus(n, unit.isDateBased() ? unit : ChronoUnit.DAYS);
          return new Match(
              i + 2, interval(unit.isDateBased() ? from : ref, ref), "past-n-" + w(i + 2));
        }
      }
      if (s.equals("last") || s.equals("this") || s.equals("next") || s.equals("past")) {
        String unit = w(i + 1);
        int shift =
            switch (s) {
              case "last" -> -1;
              case "next" -> 1;
              default -> 0;
            };
        if (s.equals("past")) {
          LocalDate from =
              switch (unit) {
                case "week" -> ref.minusWeeks(1);
                case "month" -> ref.minusMonths(1);
                case "year" -> ref.minusYears(1);
                default -> null;
              };
          return from == null ? null : new Match(i + 1, interval(from, ref), "past-" + unit);
        }
        return switch (unit) {
          case "week" ->
              new Match(
                  i + 1,
                  interval(monday.plusWeeks(shift), monday.plusWeeks(shift).plusDays(6)),
                  s + "-week");
          case "month" ->
              new Match(
                  i + 1,
                  EventDate.month(YearMonth.from(ref).plusMonths(shift), DateBasis.TEXT, stub()),
                  s + "-month");
          case "year" ->
              new Match(
                  i + 1,
                  EventDate.year(ref.getYear() + shift, DateBasis.TEXT, stub()),
                  s + "-year");
          default -> null;
        };
      }
      return null;
    }

    /** "in November", "since September", "last November", "in early June". */
    private Match bareMonth(int i) {
      int at = i;
      String modifier = "";
      if (w(i).equals("early")
          || w(i).equals("mid")
          || w(i).equals("late")
          || w(i).equals("mid-")
          || w(i).equals("last")
          || w(i).equals("next")
          || w(i).equals("this")) {
        modifier = w(i);
        at = i + 1;
      }
      if (at >= words.length) {
        return null;
      }
      String before = w(i - 1);
      if (modifier.isEmpty() && !DATE_PREPOSITIONS.contains(before)) {
        return null;
      }
      Integer month = month(at, false);
      if (month == null) {
        return null;
      }
      if (AMBIGUOUS_MONTHS.contains(w(at))
          && modifier.isEmpty()
          && !(before.equals("in")
              || before.equals("since")
              || before.equals("until")
              || before.equals("during")
              || before.equals("early")
              || before.equals("late"))) {
        return null;
      }
      YearMonth current = YearMonth.from(ref);
      YearMonth m = YearMonth.of(ref.getYear(), month);
      switch (modifier) {
        case "last" -> m = m.isBefore(current) ? m : m.minusYears(1);
        case "next" -> m = m.isAfter(current) ? m : m.plusYears(1);
        case "this" -> {}
        default -> {
          if (future(at)) {
            m = m.isBefore(current) ? m.plusYears(1) : m;
          } else {
            m = m.isAfter(current) ? m.minusYears(1) : m;
          }
        }
      }
      return new Match(at, EventDate.month(m, DateBasis.TEXT, stub()), "month");
    }

    /** "in 2015", "since 2011", "by 2030". */
    private Match bareYear(int i) {
      Integer y = year(i);
      if (y == null || !DATE_PREPOSITIONS.contains(w(i - 1))) {
        return null;
      }
      if (countsSomething(i + 1)) {
        return null; // "of 2000 people"
      }
      return new Match(i, EventDate.year(y, DateBasis.TEXT, stub()), "year");
    }

    private static final java.util.Set<String> FUNCTION_WORDS =
        java.util.Set.of(
            "and", "or", "but", "to", "the", "a", "an", "when", "after", "before", "as", "while",
            "for", "that", "with", "in", "on", "at", "by", "until", "which", "where", "from", "of",
            "under", "against", "amid", "during", "since", "into", "over");

    /** Whether the word at {@code i} is a lower-case content word a number could count. */
    private boolean countsSomething(int i) {
      if (i >= words.length) {
        return false;
      }
      Token t = tok(i);
      String s = t.text();
      if (t.upos().equals("NOUN") || UNITS.containsKey(w(i))) {
        return true;
      }
      return t.upos().equals("_")
          && !s.isEmpty()
          && Character.isLowerCase(s.charAt(0))
          && s.chars().allMatch(Character::isLetter)
          && !FUNCTION_WORDS.contains(w(i));
    }

    /** "the end of the year", "the end of this month", "year-end", after until / before / by. */
    private Match endOfPeriod(int i) {
      int j = i;
      if (w(j).equals("the")) {
        j++;
      }
      if (w(j).equals("year-end")) {
        return new Match(
            j,
            EventDate.month(YearMonth.of(ref.getYear(), 12), DateBasis.TEXT, stub()),
            "end-of-year");
      }
      if (!w(j).equals("end") || !w(j + 1).equals("of")) {
        return null;
      }
      int k = j + 2;
      if (w(k).equals("the") || w(k).equals("this")) {
        k++;
      }
      return switch (w(k)) {
        case "year" ->
            new Match(
                k,
                EventDate.month(YearMonth.of(ref.getYear(), 12), DateBasis.TEXT, stub()),
                "end-of-year");
        case "month" -> new Match(k, day(YearMonth.from(ref).atEndOfMonth()), "end-of-month");
        case "week" ->
            new Match(
                k, day(ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))), "end-of-week");
        default -> null;
      };
    }

    /**
     * Whether the clause of token {@code i} is in the future tense: its nearest verb (or the verb
     * it hangs from) has the auxiliary "will", "shall" or "'ll".
     */
    private boolean future(int i) {
      Token t = tok(i);
      int guard = 0;
      while (t != null && !t.isVerb() && guard++ < sentence.size()) {
        t = sentence.headOf(t);
      }
      if (t == null) {
        return false;
      }
      for (Token c : sentence.tokens()) {
        if (c.head() == t.index() && c.deprel().startsWith("aux")) {
          String l = c.lemma().toLowerCase(java.util.Locale.ROOT);
          if (l.equals("will") || l.equals("shall") || l.equals("'ll")) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
