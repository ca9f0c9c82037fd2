package org.annalist.dictionary.petrarch;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.dictionary.ActorEntry;
import org.annalist.dictionary.AgentEntry;
import org.annalist.dictionary.DatedCode;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.DiscardEntry;
import org.annalist.dictionary.VerbDictionary;
import org.annalist.model.Problem;

/**
 * Reads dictionaries in the PETRARCH-2 formats (the Phoenix and validation actor, agent and discard
 * files) into Annalist's dictionary model, so that users can code with the community's
 * dictionaries.
 *
 * <ul>
 *   <li><b>Actors</b>: a name (words joined by {@code _} or spaces; a final {@code _} is ignored,
 *       as PETRARCH-2 does no stemming), optionally with its code in {@code [...]}; {@code +NAME}
 *       lines add synonyms; indented {@code [CODE FROM-TO]}, {@code [CODE >DATE]}, {@code [CODE
 *       <DATE]} lines add date-limited codes (dates {@code YYMMDD}, years up to 30 meaning 20YY, or
 *       {@code YYYYMMDD}).
 *   <li><b>Agents</b>: {@code PHRASE {PLURAL} [~CODE]} (the code follows the actor's) or {@code
 *       [CODE~]} (it precedes); regular plurals are made as PETRARCH-2 makes them, {@code {}} stops
 *       them; {@code !MARKER! = A, B} substitution sets.
 *   <li><b>Discards</b>: one phrase a line; a leading {@code +} (discard the whole story) is read
 *       as a sentence discard and reported.
 * </ul>
 *
 * Nothing is skipped silently: every line that cannot be read, every construct read differently
 * from PETRARCH-2 and every name that two entries share goes to the problem consumer with its file
 * and line. Verb dictionaries are read by {@link PetrarchVerbReader}.
 */
public final class PetrarchDictionaryReader {

  private static final Pattern CODE_LINE =
      Pattern.compile("\\[\\s*([^\\]\\s]+)(?:\\s+([^\\]]*))?\\]");
  private static final Pattern AGENT =
      Pattern.compile("^([^\\[{]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[\\s*([^\\]]+?)\\s*\\]\\s*$");
  private static final Pattern MARKER = Pattern.compile("^\\s*!([A-Za-z]+)!\\s*=\\s*(.+)$");

  private PetrarchDictionaryReader() {}

  /**
   * Reads PETRARCH actor, agent and discard files into one dictionary set.
   *
   * @param actorFiles actor dictionaries, read in order (a name keeps its first entry)
   * @param agentFile the agent dictionary, or {@code null}
   * @param discardFile the discard list, or {@code null}
   * @param problems where every unread line, reinterpreted construct and clash is reported
   */
  public static Dictionaries read(
      List<Path> actorFiles, Path agentFile, Path discardFile, Consumer<Problem> problems) {
    return read(null, actorFiles, agentFile, discardFile, problems);
  }

  /**
   * Reads PETRARCH verb, actor, agent and discard files into one dictionary set.
   *
   * @param verbFile the verb dictionary (PETRARCH-2 {@code CAMEO.2.0.txt} format, or the older
   *     PETRARCH-1 validation format), or {@code null} for none
   * @param actorFiles actor dictionaries, read in order (a name keeps its first entry)
   * @param agentFile the agent dictionary, or {@code null}
   * @param discardFile the discard list, or {@code null}
   * @param problems where every unread line, reinterpreted construct and clash is reported
   */
  public static Dictionaries read(
      Path verbFile,
      List<Path> actorFiles,
      Path agentFile,
      Path discardFile,
      Consumer<Problem> problems) {
    VerbDictionary verbs =
        verbFile == null ? VerbDictionary.empty() : PetrarchVerbReader.read(verbFile, problems);
    List<ActorEntry> actors = new ArrayList<>();
    for (Path f : actorFiles) {
      actors.addAll(actors(f, problems));
    }
    List<AgentEntry> agents = agentFile == null ? List.of() : agents(agentFile, problems);
    List<DiscardEntry> discards = discardFile == null ? List.of() : discards(discardFile, problems);
    String origin =
        "PETRARCH dictionaries: "
            + actorFiles.stream().map(p -> p.getFileName().toString()).toList();
    return Dictionaries.of(origin, actors, agents, verbs, discards, problems);
  }

  // ---------------------------------------------------------------- actors

  static List<ActorEntry> actors(Path file, Consumer<Problem> problems) {
    List<ActorEntry> out = new ArrayList<>();
    String id = null;
    List<String> names = new ArrayList<>();
    List<DatedCode> codes = new ArrayList<>();
    boolean awaitingCodes =
        false; // the entry's name line had no code and no code line followed yet
    for (PetrarchLines.Line line : PetrarchLines.read(file)) {
      String t = line.text().strip();
      if (t.startsWith("[")) {
        if (id == null) {
          problems.accept(new Problem(line.id(), "date-limited code before any actor: " + t));
          continue;
        }
        codes.addAll(codes(t, line, problems));
        awaitingCodes = false;
      } else if (t.startsWith("+")) {
        if (id == null) {
          problems.accept(new Problem(line.id(), "synonym before any actor: " + t));
          continue;
        }
        String name = name(t.substring(1));
        if (!name.isEmpty()) {
          names.add(name);
        }
      } else {
        int bracket = t.indexOf('[');
        String name = name(bracket < 0 ? t : t.substring(0, bracket));
        if (name.isEmpty()) {
          problems.accept(new Problem(line.id(), "actor line without a name: " + t));
          continue;
        }
        if (id != null && awaitingCodes && bracket < 0) {
          // consecutive names before their codes: PETRARCH-2 would leave all but the last uncoded
          problems.accept(
              new Problem(
                  line.id(),
                  "name '"
                      + name
                      + "' shares the codes that follow with the names above it (PETRARCH-2 leaves them uncoded)"));
          names.add(name);
          continue;
        }
        flush(out, id, names, codes, problems);
        id = line.id();
        names = new ArrayList<>();
        codes = new ArrayList<>();
        names.add(name);
        awaitingCodes = bracket < 0;
        if (bracket >= 0) {
          codes.addAll(codes(t.substring(bracket), line, problems));
        }
      }
    }
    flush(out, id, names, codes, problems);
    return out;
  }

  private static void flush(
      List<ActorEntry> out,
      String id,
      List<String> names,
      List<DatedCode> codes,
      Consumer<Problem> problems) {
    if (id == null) {
      return;
    }
    if (codes.isEmpty()) {
      problems.accept(new Problem(id, "actor without a code: " + names.get(0)));
      return;
    }
    out.add(new ActorEntry(id, names, codes));
  }

  /** Words joined by underscores or spaces, trailing underscores dropped. */
  private static String name(String raw) {
    return String.join(" ", raw.replace('_', ' ').strip().split("\\s+")).strip();
  }

  /**
   * {@code [CODE]}, {@code [CODE FROM-TO]}, {@code [CODE >DATE]} or {@code [CODE <DATE]}; {@code
   * [A/B]} is kept whole as PETRARCH-2 writes it ({@code FRO/BIL/SAM}).
   */
  private static List<DatedCode> codes(
      String text, PetrarchLines.Line line, Consumer<Problem> problems) {
    Matcher m = CODE_LINE.matcher(text);
    if (!m.lookingAt()) {
      problems.accept(new Problem(line.id(), "unreadable code: " + text.strip()));
      return List.of();
    }
    DatedCode c = code(m.group(1), m.group(2), text, line, problems);
    return c == null ? List.of() : List.of(c);
  }

  private static DatedCode code(
      String code,
      String datePart,
      String text,
      PetrarchLines.Line line,
      Consumer<Problem> problems) {
    if (!code.equals(code.toUpperCase(Locale.ROOT))) {
      problems.accept(new Problem(line.id(), "lower-case code '" + code + "' read as upper case"));
      code = code.toUpperCase(Locale.ROOT);
    }
    if (!code.matches("[A-Z0-9-]{3,}(/[A-Z0-9-]{3,})*")) {
      problems.accept(new Problem(line.id(), "unreadable code: " + text.strip()));
      return null;
    }
    String dates = datePart == null ? "" : datePart.strip();
    try {
      if (dates.isEmpty()) {
        return DatedCode.always(code);
      }
      if (dates.startsWith(">")) {
        return new DatedCode(code, date(dates.substring(1)), null);
      }
      if (dates.startsWith("<")) {
        return new DatedCode(code, null, date(dates.substring(1)).minusDays(1));
      }
      int dash = dates.indexOf('-');
      if (dash > 0) {
        return new DatedCode(code, date(dates.substring(0, dash)), date(dates.substring(dash + 1)));
      }
    } catch (DateTimeException | NumberFormatException e) {
      problems.accept(new Problem(line.id(), "bad date in code: " + text.strip()));
      return null;
    } catch (IllegalArgumentException e) {
      problems.accept(new Problem(line.id(), e.getMessage() + ": " + text.strip()));
      return null;
    }
    problems.accept(new Problem(line.id(), "unreadable date restriction: " + text.strip()));
    return null;
  }

  /** {@code YYMMDD} (years up to 30 are 20YY, as in KEDS and TABARI) or {@code YYYYMMDD}. */
  static LocalDate date(String s) {
    String d = s.strip();
    if (d.length() == 6) {
      int yy = Integer.parseInt(d.substring(0, 2));
      return LocalDate.of(
          yy <= 30 ? 2000 + yy : 1900 + yy,
          Integer.parseInt(d.substring(2, 4)),
          Integer.parseInt(d.substring(4, 6)));
    }
    if (d.length() == 8) {
      return LocalDate.of(
          Integer.parseInt(d.substring(0, 4)),
          Integer.parseInt(d.substring(4, 6)),
          Integer.parseInt(d.substring(6, 8)));
    }
    throw new NumberFormatException("not YYMMDD or YYYYMMDD: " + s);
  }

  // ---------------------------------------------------------------- agents

  static List<AgentEntry> agents(Path file, Consumer<Problem> problems) {
    Map<String, List<String>> markers = new HashMap<>();
    List<AgentEntry> out = new ArrayList<>();
    for (PetrarchLines.Line line : PetrarchLines.read(file)) {
      String t = line.text().strip();
      Matcher marker = MARKER.matcher(t);
      if (marker.matches()) {
        List<String> values = new ArrayList<>();
        for (String v : marker.group(2).split(",")) {
          if (!v.isBlank()) {
            values.add(v.strip());
          }
        }
        markers.put(marker.group(1), values);
        continue;
      }
      Matcher m = AGENT.matcher(t);
      if (!m.matches()) {
        problems.accept(
            new Problem(
                line.id(), "unreadable agent line (expected PHRASE {PLURAL} [~CODE]): " + t));
        continue;
      }
      String code = m.group(3);
      boolean prefix;
      if (code.startsWith("~")) {
        prefix = false;
        code = code.substring(1);
      } else if (code.endsWith("~")) {
        prefix = true;
        code = code.substring(0, code.length() - 1);
      } else {
        problems.accept(new Problem(line.id(), "agent code without '~' read as a suffix: " + code));
        prefix = false;
      }
      code = code.toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z]{3}[A-Z0-9]*")) {
        problems.accept(new Problem(line.id(), "unreadable agent code '" + m.group(3) + "'"));
        continue;
      }
      String phrase = m.group(1).strip();
      List<String> phrases = expandMarkers(phrase, markers, line, problems);
      if (phrases.isEmpty()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      boolean explicitPlural = m.group(2) != null;
      for (String p : phrases) {
        names.add(name(p));
        if (!phrase.contains("!")) { // substitution sets already list their forms
          String plural = explicitPlural ? m.group(2).strip() : plural(p.strip());
          if (!plural.isEmpty()) {
            names.add(name(plural));
          }
        }
      }
      out.add(new AgentEntry(line.id(), names.stream().distinct().toList(), code, prefix));
    }
    return out;
  }

  private static List<String> expandMarkers(
      String phrase,
      Map<String, List<String>> markers,
      PetrarchLines.Line line,
      Consumer<Problem> problems) {
    int open = phrase.indexOf('!');
    if (open < 0) {
      return List.of(phrase);
    }
    int close = phrase.indexOf('!', open + 1);
    if (close < 0) {
      problems.accept(
          new Problem(line.id(), "substitution marker without its closing '!': " + phrase));
      return List.of();
    }
    List<String> values = markers.get(phrase.substring(open + 1, close));
    if (values == null) {
      problems.accept(
          new Problem(
              line.id(), "undefined substitution marker " + phrase.substring(open, close + 1)));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.addAll(
          expandMarkers(
              phrase.substring(0, open) + v + phrase.substring(close + 1),
              markers,
              line,
              problems));
    }
    return out;
  }

  /** PETRARCH-2's regular plural: Y → IES, S → SES, else + S, on the last word. */
  static String plural(String phrase) {
    if (phrase.endsWith("Y") || phrase.endsWith("y")) {
      return phrase.substring(0, phrase.length() - 1) + "IES";
    }
    if (phrase.endsWith("S") || phrase.endsWith("s")) {
      return phrase + "ES";
    }
    return phrase + "S";
  }

  // ---------------------------------------------------------------- discards

  static List<DiscardEntry> discards(Path file, Consumer<Problem> problems) {
    List<DiscardEntry> out = new ArrayList<>();
    for (PetrarchLines.Line line : PetrarchLines.read(file)) {
      String t = line.text().strip();
      if (t.startsWith("+")) {
        problems.accept(
            new Problem(line.id(), "story-level discard '" + t + "' is applied to sentences only"));
        t = t.substring(1).strip();
      }
      String phrase = name(t);
      if (!phrase.isEmpty()) {
        out.add(new DiscardEntry(line.id(), phrase));
      }
    }
    return out;
  }
}
