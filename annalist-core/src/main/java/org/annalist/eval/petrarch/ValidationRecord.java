package org.annalist.eval.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code <Sentence>} of a validation file: the text, its parse and the events PETRARCH-2 is
 * expected to code from it.
 *
 * @param id the record's id (ids need not be unique in a file)
 * @param category the {@code source} (or {@code category}) attribute, e.g. {@code DEMO}
 * @param date the record's date, which decides date-limited actor codes
 * @param text the sentence, its lines joined by single spaces
 * @param parse the {@code <Parse>} content, or {@code null} when there is none
 * @param parseFormat how {@code parse} is written
 * @param expected the expected events, in file order
 * @param noEvents the record expects no events at all ({@code noevents="True"}, or an {@code error}
 *     expectation such as a discard, which PETRARCH-2 reports instead of events)
 * @param options the {@code <Config>} options in force for this record, values lower-cased
 * @param active whether the file's {@code <Include>} runs this record's category
 */
public record ValidationRecord(
    String id,
    String category,
    LocalDate date,
    String text,
    String parse,
    ParseFormat parseFormat,
    List<ExpectedEvent> expected,
    boolean noEvents,
    Map<String, String> options,
    boolean active) {

  public ValidationRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(parseFormat, "parseFormat");
    expected = List.copyOf(expected);
    options = Map.copyOf(options);
    if (noEvents && !expected.isEmpty()) {
      throw new IllegalArgumentException(
          "record " + id + " expects no events and " + expected.size() + " events");
    }
    if (parse == null && parseFormat != ParseFormat.NONE) {
      throw new IllegalArgumentException("record " + id + ": " + parseFormat + " without a parse");
    }
  }

  /**
   * Whether the record says what to expect (events, or none): records with no {@code
   * <EventCoding>}, such as the GigaWord samples, are coded but not scored.
   */
  public boolean scored() {
    return noEvents || !expected.isEmpty();
  }
}
