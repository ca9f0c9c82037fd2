package org.annalist.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annalist.cameo.CameoCodes;
import org.annalist.dictionary.PatternElement.Complement;
import org.annalist.dictionary.PatternElement.ObjectPhrase;
import org.annalist.dictionary.PatternElement.ObjectSlot;
import org.annalist.dictionary.PatternElement.PrepPhrase;
import org.annalist.dictionary.PatternElement.Slot;

/**
 * Reads a dictionary folder (see docs/dictionaries.md). Every problem names file, line and text.
 */
final class DictionaryLoader {

  private static final Pattern DATED =
      Pattern.compile(
          "([A-Z0-9-]{3,})(?:\\s+(\\d{4}-\\d{2}-\\d{2})?\\.\\.(\\d{4}-\\d{2}-\\d{2})?)?");
  static final Pattern SET_NAME = Pattern.compile("&[A-Z][A-Z0-9_]*");
  private static final Pattern EVENT_CODE = Pattern.compile("---|\\d{2,4}");

  private final Path root;

  DictionaryLoader(Path root) {
    this.root = root;
  }

  /** One non-blank, comment-stripped line. */
  record Line(String file, int number, String raw, String content) {

    DictionaryException error(String problem) {
      return new DictionaryException(file, number, raw, problem);
    }

    String id() {
      return file + ":" + number;
    }
  }

  Dictionaries load() {
    if (!Files.isDirectory(root)) {
      throw new DictionaryException(root.toString(), "not a dictionary folder");
    }
    List<Line> actorLines = lines("actors");
    List<Line> agentLines = lines("agents");
    List<Line> verbLines = lines("verbs");
    List<Line> discardLines = lines("discards");
    if (actorLines.isEmpty() && agentLines.isEmpty() && verbLines.isEmpty()) {
      throw new DictionaryException(
          root.toString(),
          "no dictionary files found (expected actors/, agents/, verbs/ with *.txt files)");
    }

    List<ActorEntry> actorEntries = new ArrayList<>(actorLines.size());
    for (Line line : actorLines) {
      actorEntries.add(actor(line));
    }
    PhraseIndex<ActorEntry> actors =
        Dictionaries.index(
            actorEntries,
            ActorEntry::names,
            (e, name, previous) -> {
              throw lineOf(actorLines, e.id())
                  .error("name '" + name + "' is already an actor at " + previous.id());
            });
    PhraseIndex<ActorEntry> shared = new PhraseIndex<>();
    for (ActorEntry e : actorEntries) {
      for (String name : e.sharedNames()) {
        List<String> words = TextNormalizer.words(name);
        ActorEntry owner = actors.lookup(words);
        if (owner == null || owner == e) {
          throw lineOf(actorLines, e.id())
              .error("shared name '~" + name + "' is no other actor's name");
        }
        ActorEntry previous = shared.add(words, e);
        if (previous != null && previous != e) {
          throw lineOf(actorLines, e.id())
              .error("name '~" + name + "' is already shared by the actor at " + previous.id());
        }
      }
    }
    List<AgentEntry> agentEntries = new ArrayList<>(agentLines.size());
    for (Line line : agentLines) {
      agentEntries.add(agent(line));
    }
    PhraseIndex<AgentEntry> agents =
        Dictionaries.index(
            agentEntries,
            AgentEntry::names,
            (e, name, previous) -> {
              throw lineOf(agentLines, e.id())
                  .error("role word '" + name + "' is already an agent at " + previous.id());
            });

    VerbDictionary verbs = verbs(verbLines);

    PhraseIndex<DiscardEntry> discards = new PhraseIndex<>();
    for (Line line : discardLines) {
      if (line.content().contains("=")) {
        throw line.error("a discard line is a phrase, without '='");
      }
      discards.add(
          TextNormalizer.words(line.content()), new DiscardEntry(line.id(), line.content()));
    }
    return new Dictionaries(
        root.toString(), actors, shared, actorEntries.size(), agents, verbs, discards);
  }

  /** The line an entry came from (only looked for when reporting an error). */
  private static Line lineOf(List<Line> lines, String id) {
    return lines.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  private List<Line> lines(String kind) {
    List<Line> out = new ArrayList<>();
    for (Path file : files(root, kind)) {
      out.addAll(lines(file, kind + "/" + file.getFileName()));
    }
    return out;
  }

  /** The {@code *.txt} files of one kind ({@code actors}, ...), in name order. */
  static List<Path> files(Path root, String kind) {
    Path dir = root.resolve(kind);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /**
   * The non-blank lines of one file, comments stripped.
   *
   * @throws DictionaryException when the file cannot be read or is not UTF-8
   */
  static List<Line> lines(Path file, String name) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new DictionaryException(name, "not valid UTF-8");
    } catch (IOException e) {
      throw new DictionaryException(name, "cannot read: " + e.getMessage());
    }
    List<Line> out = new ArrayList<>();
    int number = 0;
    for (String raw : text.split("\r?\n", -1)) {
      number++;
      String content = stripComment(raw);
      if (!content.isBlank()) {
        out.add(new Line(name, number, raw, content.stripTrailing()));
      }
    }
    return out;
  }

  private static String stripComment(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) == '#' && (i == 0 || Character.isWhitespace(raw.charAt(i - 1)))) {
        return raw.substring(0, i);
      }
    }
    return raw;
  }

  static ActorEntry actor(Line line) {
    String[] sides = splitEquals(line, "names = codes");
    List<String> names = new ArrayList<>();
    List<String> shared = new ArrayList<>(0);
    for (String n : names(line, sides[0])) {
      if (n.startsWith("~")) {
        String name = n.substring(1).strip();
        if (name.isEmpty()) {
          throw line.error("'~' without a name");
        }
        shared.add(name);
      } else {
        names.add(n);
      }
    }
    if (names.isEmpty()) {
      throw line.error("an actor needs a name of its own besides its shared (~) names");
    }
    List<DatedCode> codes = new ArrayList<>();
    for (String c : sides[1].split(",")) {
      Matcher m = DATED.matcher(c.strip());
      if (!m.matches()) {
        throw line.error("bad actor code '" + c.strip() + "' (expected CODE or CODE FROM..TO)");
      }
      try {
        LocalDate from = m.group(2) == null ? null : isoDate(m.group(2));
        LocalDate to = m.group(3) == null ? null : isoDate(m.group(3));
        codes.add(new DatedCode(m.group(1), from, to));
      } catch (java.time.DateTimeException e) {
        throw line.error("bad date range in '" + c.strip() + "'");
      } catch (IllegalArgumentException e) {
        throw line.error("date range ends before it starts in '" + c.strip() + "'");
      }
    }
    return new ActorEntry(line.id(), names, codes, shared);
  }

  /**
   * {@code YYYY-MM-DD}, already checked by the pattern; faster than a formatter for 100,000 dates.
   */
  private static LocalDate isoDate(String s) {
    return LocalDate.of(
        Integer.parseInt(s, 0, 4, 10),
        Integer.parseInt(s, 5, 7, 10),
        Integer.parseInt(s, 8, 10, 10));
  }

  static AgentEntry agent(Line line) {
    String[] sides = splitEquals(line, "role words = ROLE");
    String role = sides[1].strip();
    if (!role.matches("[A-Z]{3}")) {
      throw line.error("agent role must be three capital letters, not '" + role + "'");
    }
    return new AgentEntry(line.id(), names(line, sides[0]), role);
  }

  static String[] splitEquals(Line line, String expected) {
    String c = line.content();
    int eq = c.indexOf('=');
    if (eq < 0 || c.indexOf('=', eq + 1) >= 0) {
      throw line.error("expected '" + expected + "'");
    }
    String left = c.substring(0, eq).strip();
    String right = c.substring(eq + 1).strip();
    if (left.isEmpty() || right.isEmpty()) {
      throw line.error("expected '" + expected + "'");
    }
    return new String[] {left, right};
  }

  static List<String> names(Line line, String side) {
    List<String> names = new ArrayList<>();
    for (String n : side.split("\\|")) {
      String name = TextNormalizer.collapseSpaces(n);
      if (name.isEmpty()) {
        throw line.error("empty name between '|'");
      }
      names.add(name);
    }
    return names;
  }

  // ---------------------------------------------------------------- verbs

  private VerbDictionary verbs(List<Line> lines) {
    Map<String, PhraseSet> sets = new HashMap<>();
    Map<String, Line> setLines = new HashMap<>();
    for (Line line : lines) {
      if (line.content().startsWith("&")) {
        String[] sides = splitEquals(line, "&NAME = phrase | phrase");
        if (!SET_NAME.matcher(sides[0]).matches()) {
          throw line.error("bad synonym set name '" + sides[0] + "'");
        }
        if (setLines.containsKey(sides[0])) {
          throw line.error(
              "synonym set " + sides[0] + " is already defined at " + setLines.get(sides[0]).id());
        }
        setLines.put(sides[0], line);
      }
    }
    for (Map.Entry<String, Line> e : setLines.entrySet()) {
      Line line = e.getValue();
      String body = splitEquals(line, "&NAME = phrase | phrase")[1];
      if (body.contains("&")) {
        throw line.error("a synonym set lists phrases, not other sets");
      }
      sets.put(e.getKey(), phraseSet(line, body, Map.of()));
    }

    Map<String, VerbEntry> byVerb = new LinkedHashMap<>();
    Line block = null;
    String blockDefault = null;
    List<String> blockVerbs = null;
    List<VerbPattern> patterns = new ArrayList<>();
    for (Line line : lines) {
      String c = line.content();
      if (c.startsWith("&")) {
        continue;
      }
      if (!Character.isWhitespace(c.charAt(0))) {
        if (block != null) {
          register(byVerb, new VerbEntry(block.id(), blockVerbs, blockDefault, patterns), block);
        }
        String[] sides = splitEquals(line, "verb | verb = CODE");
        blockVerbs = names(line, sides[0]);
        for (String v : blockVerbs) {
          if (v.split(" ").length > 2) {
            throw line.error("a verb is one word, or a verb and its particle: '" + v + "'");
          }
        }
        blockDefault = eventCode(line, sides[1]);
        block = line;
        patterns = new ArrayList<>();
      } else {
        if (block == null) {
          throw line.error("pattern before any verb block");
        }
        if (!block.file().equals(line.file())) {
          throw line.error("pattern outside a verb block (blocks do not continue across files)");
        }
        patterns.add(pattern(line, sets));
      }
    }
    if (block != null) {
      register(byVerb, new VerbEntry(block.id(), blockVerbs, blockDefault, patterns), block);
    }
    return new VerbDictionary(byVerb, sets);
  }

  private static void register(Map<String, VerbEntry> byVerb, VerbEntry entry, Line line) {
    for (String v : entry.verbs()) {
      String key = String.join(" ", TextNormalizer.words(v));
      VerbEntry previous = byVerb.putIfAbsent(key, entry);
      if (previous != null) {
        throw line.error("verb '" + v + "' already has a block at " + previous.id());
      }
    }
  }

  static String eventCode(Line line, String code) {
    String c = code.strip();
    if (!EVENT_CODE.matcher(c).matches()) {
      throw line.error("bad event code '" + c + "' (expected 2-4 digits or ---)");
    }
    if (c.equals("---")) {
      return null;
    }
    if (!CameoCodes.standard().contains(c)) {
      throw line.error("'" + c + "' is not a CAMEO event code");
    }
    return c;
  }

  /** Parses {@code * elements = CODE}. */
  static VerbPattern pattern(Line line, Map<String, PhraseSet> sets) {
    String[] sides = splitEquals(line, "* elements = CODE");
    String code = eventCode(line, sides[1]);
    String p = sides[0];
    List<PatternElement> elements = new ArrayList<>();
    boolean star = false;
    int i = 0;
    while (i < p.length()) {
      char ch = p.charAt(i);
      if (Character.isWhitespace(ch)) {
        i++;
      } else if (ch == '*') {
        if (star) {
          throw line.error("more than one '*'");
        }
        if (!elements.isEmpty()) {
          throw line.error("elements before '*' are not supported");
        }
        star = true;
        i++;
      } else if (!star) {
        throw line.error("a pattern starts with '*'");
      } else if (ch == '{') {
        int close = p.indexOf('}', i);
        if (close < 0) {
          throw line.error("'{' without '}'");
        }
        elements.add(new ObjectPhrase(phraseSet(line, p.substring(i + 1, close), sets)));
        i = close + 1;
      } else if (ch == '(') {
        int close = p.indexOf(')', i);
        if (close < 0) {
          throw line.error("'(' without ')'");
        }
        elements.add(prep(line, p.substring(i + 1, close).strip(), sets));
        i = close + 1;
      } else if (ch == '>') {
        int end = i + 1;
        StringBuilder alts = new StringBuilder();
        // words joined by '|', spaces allowed around '|'
        while (true) {
          while (end < p.length() && p.charAt(end) == ' ') {
            end++;
          }
          int start = end;
          while (end < p.length()
              && (Character.isLetterOrDigit(p.charAt(end)) || "&_-'".indexOf(p.charAt(end)) >= 0)) {
            end++;
          }
          if (start == end) {
            throw line.error("'>' must be followed by verbs");
          }
          alts.append(alts.length() == 0 ? "" : "|").append(p, start, end);
          int look = end;
          while (look < p.length() && p.charAt(look) == ' ') {
            look++;
          }
          if (look < p.length() && p.charAt(look) == '|') {
            end = look + 1;
          } else {
            break;
          }
        }
        elements.add(new Complement(phraseSet(line, alts.toString(), sets)));
        i = end;
      } else if (ch == '+' || ch == '$') {
        elements.add(new ObjectSlot(ch == '+' ? Slot.TARGET : Slot.SOURCE));
        i++;
      } else {
        throw line.error("unexpected '" + ch + "' in pattern");
      }
    }
    if (!star) {
      throw line.error("a pattern starts with '*'");
    }
    long slots = elements.stream().filter(e -> e instanceof ObjectSlot).count();
    if (slots > 1) {
      throw line.error("at most one '+' or '$' for the object");
    }
    return new VerbPattern(line.id(), elements, code);
  }

  private static PrepPhrase prep(Line line, String inside, Map<String, PhraseSet> sets) {
    if (inside.isEmpty()) {
      throw line.error("empty '()'");
    }
    int brace = inside.indexOf('{');
    if (brace >= 0) {
      if (!inside.endsWith("}")) {
        throw line.error("'{' without '}' in '(" + inside + ")'");
      }
      String prep = inside.substring(0, brace).strip();
      checkPreposition(line, prep);
      return new PrepPhrase(
          prep.toLowerCase(Locale.ROOT),
          Slot.NONE,
          phraseSet(line, inside.substring(brace + 1, inside.length() - 1), sets));
    }
    char last = inside.charAt(inside.length() - 1);
    if (last != '+' && last != '$') {
      throw line.error("'(" + inside + ")' must end with +, $ or {noun phrases}");
    }
    String prep = inside.substring(0, inside.length() - 1).strip();
    checkPreposition(line, prep);
    return new PrepPhrase(
        prep.toLowerCase(Locale.ROOT), last == '+' ? Slot.TARGET : Slot.SOURCE, null);
  }

  private static void checkPreposition(Line line, String prep) {
    if (prep.isEmpty() || !prep.matches("[A-Za-z]+( [A-Za-z]+)*")) {
      throw line.error("bad preposition '" + prep + "'");
    }
  }

  static PhraseSet phraseSet(Line line, String body, Map<String, PhraseSet> sets) {
    List<String> written = new ArrayList<>();
    List<List<String>> phrases = new ArrayList<>();
    for (String alt : body.split("\\|")) {
      String a = TextNormalizer.collapseSpaces(alt);
      if (a.isEmpty()) {
        throw line.error("empty alternative");
      }
      written.add(a);
      if (a.startsWith("&")) {
        PhraseSet set = sets.get(a);
        if (set == null) {
          throw line.error("unknown synonym set " + a);
        }
        phrases.addAll(set.phrases());
      } else {
        phrases.add(TextNormalizer.words(a));
      }
    }
    return new PhraseSet(written, phrases);
  }
}
