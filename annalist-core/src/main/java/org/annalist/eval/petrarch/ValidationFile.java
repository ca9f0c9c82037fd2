package org.annalist.eval.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.annalist.model.Problem;

/**
 * A PETRARCH-2 validation file as read: its environment, its records and what could not be read.
 *
 * <p>The layout: an optional {@code <Environment>} (dictionary files, {@code <Include>} categories,
 * {@code <Config option= value=/>} options), then {@code <Sentence>} records each holding {@code
 * <EventCoding>} expectations, a {@code <Text>} and a {@code <Parse>}. A {@code <Config>} between
 * records changes the options of the records that follow. Reading stops scoring at a {@code <Stop>}
 * element, as PETRARCH-2 does.
 *
 * <p>Nothing is dropped silently: a record without id, category, a {@code YYYYMMDD} date or text,
 * or with an {@code <EventCoding>} that is not a complete triple, is left out of {@link #records()}
 * and listed in {@link #problems()} with its line; so are records after a {@code <Stop>}, unknown
 * elements, and XML that stops being well-formed (the records before it are kept). Duplicate ids
 * are listed but kept.
 *
 * @param path the file read
 * @param environment its {@code <Environment>}, or {@code null} when it has none (GigaWord samples)
 * @param records the well-formed records, in file order
 * @param problems what was not read, or read with a caveat, with {@code file:line}
 */
public record ValidationFile(
    Path path,
    ValidationEnvironment environment,
    List<ValidationRecord> records,
    List<Problem> problems) {

  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd");

  public ValidationFile {
    Objects.requireNonNull(path, "path");
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }

  /**
   * Reads a validation file (UTF-8).
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ValidationFile read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return new Reader(path).read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** One pass over one file; keeps the options in force as it goes. */
  private static final class Reader {
    private final Path path;
    private final List<ValidationRecord> records = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final Map<String, Integer> idLines = new HashMap<>();
    private ValidationEnvironment environment;
    private XMLStreamReader xml;

    Reader(Path path) {
      this.path = path;
    }

    ValidationFile read(InputStream in) {
      int stopLine = 0;
      int afterStop = 0;
      try {
        xml = factory().createXMLStreamReader(in, "UTF-8");
        while (xml.hasNext()) {
          if (xml.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          int line = line();
          switch (xml.getLocalName()) {
            case "Validation", "Sentences" -> {}
            case "Environment" -> environment(line);
            case "Config" -> config();
            case "Stop" -> stopLine = stopLine == 0 ? line : stopLine;
            case "Sentence" -> {
              if (stopLine > 0) {
                afterStop++;
                skipElement();
              } else {
                sentence(line);
              }
            }
            default -> {
              problem(line, "unknown element <" + xml.getLocalName() + "> ignored");
              skipElement();
            }
          }
        }
      } catch (XMLStreamException e) {
        int line = e.getLocation() == null ? line() : e.getLocation().getLineNumber();
        problem(line, "not well-formed XML, read no further: " + lastLine(e.getMessage()));
      }
      if (afterStop > 0) {
        problem(stopLine, "<Stop>: the " + afterStop + " records after it are not read");
      }
      return new ValidationFile(path, environment, records, problems);
    }

    private static XMLInputFactory factory() {
      XMLInputFactory f = XMLInputFactory.newFactory();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      f.setProperty(XMLInputFactory.IS_COALESCING, true);
      return f;
    }

    private void environment(int line) throws XMLStreamException {
      if (environment != null || !records.isEmpty()) {
        problem(line, "<Environment> after the first environment or record ignored");
        skipElement();
        return;
      }
      String verbs = null;
      List<String> actors = List.of();
      String agents = null;
      String discards = null;
      Set<String> include = Set.of();
      while (nextChild()) {
        switch (xml.getLocalName()) {
          case "Verbfile" -> verbs = blankToNull(xml.getElementText());
          case "Actorfile" ->
              actors =
                  Arrays.stream(xml.getElementText().split(","))
                      .map(String::strip)
                      .filter(s -> !s.isEmpty())
                      .toList();
          case "Agentfile" -> agents = blankToNull(xml.getElementText());
          case "Discardfile" -> discards = blankToNull(xml.getElementText());
          case "Include" -> include = include(xml.getElementText());
          case "Config" -> config();
          // where PETRARCH-2 writes errors and when it pauses: nothing to do with scoring
          case "Errorfile", "Pause" -> skipElement();
          default -> {
            problem(line(), "unknown environment element <" + xml.getLocalName() + "> ignored");
            skipElement();
          }
        }
      }
      environment = new ValidationEnvironment(verbs, actors, agents, discards, include, options);
    }

    /** {@code <Include>}'s categories; its first word {@code valid} is a keyword. */
    private static Set<String> include(String text) {
      List<String> words = Arrays.asList(text.strip().split("\\s+"));
      if (!words.isEmpty() && words.get(0).equalsIgnoreCase("valid")) {
        words = words.subList(1, words.size());
      }
      return words.stream()
          .filter(w -> !w.isEmpty())
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void config() throws XMLStreamException {
      String option = attribute("option");
      String value = attribute("value");
      if (option == null || value == null) {
        problem(line(), "<Config> without option and value ignored");
      } else {
        options.put(option, value.toLowerCase(Locale.ROOT));
      }
      skipElement();
    }

    private void sentence(int line) throws XMLStreamException {
      String id = attribute("id");
      String category = attribute("source");
      if (category == null) {
        category = attribute("category");
      }
      String date = attribute("date");
      String text = null;
      String parse = null;
      List<ExpectedEvent> expected = new ArrayList<>();
      boolean noEvents = false;
      List<String> faults = new ArrayList<>();
      while (nextChild()) {
        switch (xml.getLocalName()) {
          case "EventCoding" -> {
            String code = attribute("eventcode");
            String source = attribute("sourcecode");
            String target = attribute("targetcode");
            if ("true".equalsIgnoreCase(attribute("noevents")) || attribute("error") != null) {
              noEvents = true;
            } else if (code != null && source != null && target != null) {
              expected.add(new ExpectedEvent(code, source, target));
            } else {
              faults.add("an <EventCoding> at line " + line() + " is not a complete triple");
            }
            skipElement();
          }
          case "Text" -> text = joinLines(xml.getElementText());
          case "Parse" -> parse = blankToNull(xml.getElementText().strip());
          default -> {
            problem(line(), "unknown record element <" + xml.getLocalName() + "> ignored");
            skipElement();
          }
        }
      }
      if (id == null) {
        faults.add("no id");
      }
      if (category == null) {
        faults.add("no source or category");
      }
      LocalDate day = null;
      if (date == null) {
        faults.add("no date");
      } else {
        try {
          day = LocalDate.parse(date, YYYYMMDD);
        } catch (DateTimeException e) {
          faults.add("date is not YYYYMMDD: " + date);
        }
      }
      if (text == null) {
        faults.add("no <Text>");
      } else if (text.isEmpty()) {
        faults.add("empty <Text>");
      }
      if (noEvents && !expected.isEmpty()) {
        faults.add("expects no events and " + expected.size() + " events");
      }
      String name = "record " + (id == null ? "without id" : id);
      if (!faults.isEmpty()) {
        problem(line, name + " left out: " + String.join("; ", faults));
        return;
      }
      Integer previous = idLines.putIfAbsent(id, line);
      if (previous != null) {
        problem(line, name + ": id already used at line " + previous + " (both kept)");
      }
      boolean active = environment == null || environment.includes(category);
      records.add(
          new ValidationRecord(
              id,
              category,
              day,
              text,
              parse,
              ParseFormat.detect(parse),
              expected,
              noEvents,
              options,
              active));
    }

    private String attribute(String name) {
      String v = xml.getAttributeValue(null, name);
      return v == null ? null : v.strip();
    }

    /**
     * Moves to the current element's next child element and returns {@code true}, or to its end and
     * returns {@code false}; text and comments between children are passed over.
     */
    private boolean nextChild() throws XMLStreamException {
      while (true) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          return true;
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          return false;
        }
      }
    }

    /** Skips to the end of the current element, nested content included. */
    private void skipElement() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }

    private int line() {
      return xml == null ? 0 : xml.getLocation().getLineNumber();
    }

    private void problem(int line, String message) {
      problems.add(new Problem(path + ":" + line, message));
    }
  }

  private static String joinLines(String text) {
    return text.lines()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" "));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The JDK's StAX messages put the position first and the reason on the last line. */
  private static String lastLine(String s) {
    if (s == null) {
      return "";
    }
    String[] lines = s.strip().split("\\R");
    return lines[lines.length - 1].strip();
  }
}
