package org.annalist.dictionary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annalist.dictionary.DictionaryLoader.Line;
import org.annalist.model.Problem;

/**
 * A dictionary folder read line by line without stopping at the first bad line: every entry that
 * parses, in the order written, and every line that does not. For checking, counting and reporting
 * on dictionaries ({@link DictionaryCheck}, {@link DictionaryStats}, {@link DictionaryCoverage});
 * coding uses {@link Dictionaries}, which stops at the first bad line. Lines are parsed by the same
 * code as {@link Dictionaries#load}. Immutable.
 *
 * @param origin the folder read
 * @param actors actor entries, one per line
 * @param agents agent entries, one per line
 * @param verbBlocks verb blocks in the order written, including blocks whose verbs another block
 *     already has (the loader rejects those)
 * @param synonymSets synonym sets in the order written, including redefinitions
 * @param discards discard phrases
 * @param parseErrors lines (or files) that do not parse, with the loader's message: {@code where}
 *     is {@code file:line} (or the file), {@code reason} the problem and the line
 */
public record DictionaryFiles(
    String origin,
    List<ActorEntry> actors,
    List<AgentEntry> agents,
    List<VerbEntry> verbBlocks,
    List<SynonymSet> synonymSets,
    List<DiscardEntry> discards,
    List<Problem> parseErrors) {

  /**
   * A synonym set as written.
   *
   * @param id {@code file:line}
   * @param name {@code &NAME}
   * @param phrases the phrases
   */
  public record SynonymSet(String id, String name, PhraseSet phrases) {
    public SynonymSet {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(phrases, "phrases");
    }
  }

  public DictionaryFiles {
    Objects.requireNonNull(origin, "origin");
    actors = List.copyOf(actors);
    agents = List.copyOf(agents);
    verbBlocks = List.copyOf(verbBlocks);
    synonymSets = List.copyOf(synonymSets);
    discards = List.copyOf(discards);
    parseErrors = List.copyOf(parseErrors);
  }

  /** The bundled dictionaries' files. */
  public static DictionaryFiles bundled() {
    return read(Dictionaries.bundledFolder());
  }

  /**
   * Reads a dictionary folder ({@code actors/}, {@code agents/}, {@code verbs/}, {@code
   * discards/}), collecting bad lines instead of stopping.
   *
   * @throws DictionaryException when {@code folder} is not a directory
   */
  public static DictionaryFiles read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new DictionaryException(folder.toString(), "not a dictionary folder");
    }
    List<Problem> errors = new ArrayList<>();
    List<Line> actorLines = lines(folder, "actors", errors);
    List<Line> agentLines = lines(folder, "agents", errors);
    List<Line> verbLines = lines(folder, "verbs", errors);
    List<Line> discardLines = lines(folder, "discards", errors);
    if (actorLines.isEmpty() && agentLines.isEmpty() && verbLines.isEmpty() && errors.isEmpty()) {
      errors.add(
          new Problem(
              folder.toString(),
              "no dictionary files found (expected actors/, agents/, verbs/ with *.txt files)"));
    }
    List<ActorEntry> actors = new ArrayList<>();
    for (Line line : actorLines) {
      try {
        actors.add(DictionaryLoader.actor(line));
      } catch (DictionaryException e) {
        errors.add(problem(e));
      }
    }
    List<AgentEntry> agents = new ArrayList<>();
    for (Line line : agentLines) {
      try {
        agents.add(DictionaryLoader.agent(line));
      } catch (DictionaryException e) {
        errors.add(problem(e));
      }
    }
    List<SynonymSet> sets = new ArrayList<>();
    List<VerbEntry> blocks = new ArrayList<>();
    verbs(verbLines, sets, blocks, errors);
    List<DiscardEntry> discards = new ArrayList<>();
    for (Line line : discardLines) {
      if (line.content().contains("=")) {
        errors.add(problem(line.error("a discard line is a phrase, without '='")));
      } else {
        discards.add(new DiscardEntry(line.id(), line.content()));
      }
    }
    return new DictionaryFiles(
        folder.toString(), actors, agents, blocks, sets, discards, sortedByLine(errors));
  }

  private static List<Line> lines(Path folder, String kind, List<Problem> errors) {
    List<Line> out = new ArrayList<>();
    for (Path file : DictionaryLoader.files(folder, kind)) {
      try {
        out.addAll(DictionaryLoader.lines(file, kind + "/" + file.getFileName()));
      } catch (DictionaryException e) {
        errors.add(problem(e));
      }
    }
    return out;
  }

  private static void verbs(
      List<Line> lines, List<SynonymSet> sets, List<VerbEntry> blocks, List<Problem> errors) {
    Map<String, PhraseSet> byName = new HashMap<>();
    Map<String, Line> setLines = new LinkedHashMap<>();
    for (Line line : lines) {
      if (!line.content().startsWith("&")) {
        continue;
      }
      try {
        String[] sides = DictionaryLoader.splitEquals(line, "&NAME = phrase | phrase");
        if (!DictionaryLoader.SET_NAME.matcher(sides[0]).matches()) {
          throw line.error("bad synonym set name '" + sides[0] + "'");
        }
        if (sides[1].contains("&")) {
          throw line.error("a synonym set lists phrases, not other sets");
        }
        PhraseSet set = DictionaryLoader.phraseSet(line, sides[1], Map.of());
        sets.add(new SynonymSet(line.id(), sides[0], set));
        if (setLines.containsKey(sides[0])) {
          throw line.error(
              "synonym set " + sides[0] + " is already defined at " + setLines.get(sides[0]).id());
        }
        setLines.put(sides[0], line);
        byName.put(sides[0], set);
      } catch (DictionaryException e) {
        errors.add(problem(e));
      }
    }

    Line block = null;
    boolean badBlock = false;
    List<String> blockVerbs = null;
    String blockDefault = null;
    List<VerbPattern> patterns = new ArrayList<>();
    for (Line line : lines) {
      String c = line.content();
      if (c.startsWith("&")) {
        continue;
      }
      if (!Character.isWhitespace(c.charAt(0))) {
        if (block != null) {
          blocks.add(new VerbEntry(block.id(), blockVerbs, blockDefault, patterns));
        }
        block = null;
        badBlock = false;
        patterns = new ArrayList<>();
        try {
          String[] sides = DictionaryLoader.splitEquals(line, "verb | verb = CODE");
          List<String> verbs = DictionaryLoader.names(line, sides[0]);
          for (String v : verbs) {
            if (v.split(" ").length > 2) {
              throw line.error("a verb is one word, or a verb and its particle: '" + v + "'");
            }
          }
          blockDefault = DictionaryLoader.eventCode(line, sides[1]);
          blockVerbs = verbs;
          block = line;
        } catch (DictionaryException e) {
          errors.add(problem(e));
          badBlock = true; // its patterns are not reported as outside a block
        }
      } else {
        try {
          if (block == null && !badBlock) {
            throw line.error("pattern before any verb block");
          }
          if (block != null && !block.file().equals(line.file())) {
            throw line.error("pattern outside a verb block (blocks do not continue across files)");
          }
          VerbPattern p = DictionaryLoader.pattern(line, byName);
          if (block != null) {
            patterns.add(p);
          }
        } catch (DictionaryException e) {
          errors.add(problem(e));
        }
      }
    }
    if (block != null) {
      blocks.add(new VerbEntry(block.id(), blockVerbs, blockDefault, patterns));
    }
  }

  /** A loader exception as a problem: {@code file:line} (or file) and the rest of the message. */
  private static Problem problem(DictionaryException e) {
    String where = e.line() > 0 ? e.file() + ":" + e.line() : e.file();
    String message = e.getMessage();
    String reason =
        message.startsWith(where + ": ") ? message.substring(where.length() + 2) : message;
    return new Problem(where, reason);
  }

  private static List<Problem> sortedByLine(List<Problem> problems) {
    List<Problem> out = new ArrayList<>(problems);
    out.sort(IdOrder.comparing(Problem::where));
    return out;
  }

  /** Orders {@code file:line} ids by file, then by line number. */
  static final class IdOrder {
    private IdOrder() {}

    static <T> java.util.Comparator<T> comparing(java.util.function.Function<T, String> id) {
      return (a, b) -> compare(id.apply(a), id.apply(b));
    }

    static int compare(String a, String b) {
      int ca = a.lastIndexOf(':');
      int cb = b.lastIndexOf(':');
      String fa = ca < 0 ? a : a.substring(0, ca);
      String fb = cb < 0 ? b : b.substring(0, cb);
      int c = fa.compareTo(fb);
      if (c != 0) {
        return c;
      }
      return Integer.compare(line(a, ca), line(b, cb));
    }

    private static int line(String id, int colon) {
      if (colon < 0) {
        return 0;
      }
      try {
        return Integer.parseInt(id.substring(colon + 1));
      } catch (NumberFormatException e) {
        return 0;
      }
    }
  }
}
