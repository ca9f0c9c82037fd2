package org.annalist.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.cameo.ActorCodes;
import org.annalist.model.Problem;

/**
 * What is wrong, or doubtful, in a dictionary folder: every line that does not parse, names written
 * twice, actor codes that are not CAMEO's, overlapping date ranges, agent words and verbs given
 * twice, unused synonym sets and repeated patterns, each with the {@code file:line} it is about.
 * Immutable.
 *
 * @param origin the folder checked
 * @param findings the findings, by file and line
 */
public record DictionaryCheck(String origin, List<DictionaryCheck.Finding> findings) {

  /** How bad a finding is. */
  public enum Severity {
    /** The folder does not load, or an entry can never take effect as written. */
    ERROR,
    /** Probably a mistake; the folder loads and codes as written. */
    WARNING
  }

  /** What a finding is about. */
  public enum Kind {
    /** A line or file that does not parse (what {@link Dictionaries#load} stops at). */
    PARSE,
    /** An actor name written twice on one line, or on two lines with the same codes. */
    DUPLICATE_NAME,
    /** An actor name on two lines with different codes. */
    NAME_CONFLICT,
    /** An actor code whose country part, or an agent code, is not a CAMEO code. */
    UNKNOWN_CODE,
    /** A domestic actor code whose second part is not a CAMEO role. */
    UNKNOWN_ROLE,
    /** A shared name ({@code ~name}) that is no other actor's name, or that two actors share. */
    SHARED_NAME,
    /** Two dated codes of one actor whose ranges overlap. */
    OVERLAPPING_DATES,
    /** A role word on two agent lines. */
    DUPLICATE_AGENT,
    /** A verb in two verb blocks. */
    DUPLICATE_VERB,
    /** A synonym set no pattern uses. */
    UNUSED_SYNONYM_SET,
    /** A pattern written twice in one verb block. */
    DUPLICATE_PATTERN
  }

  /**
   * One finding.
   *
   * @param severity how bad it is
   * @param kind what it is about
   * @param where {@code file:line}, or a file
   * @param message one line, naming the other line involved when there is one
   */
  public record Finding(Severity severity, Kind kind, String where, String message) {
    public Finding {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(message, "message");
    }

    /**
     * The severity under {@code --strict}: a name conflict counts as an error (the loader rejects
     * it).
     */
    public Severity severity(boolean strict) {
      return strict && kind == Kind.NAME_CONFLICT ? Severity.ERROR : severity;
    }

    /** {@code file:line: error: message}. */
    public String format(boolean strict) {
      return where
          + ": "
          + severity(strict).name().toLowerCase(java.util.Locale.ROOT)
          + ": "
          + message;
    }

    @Override
    public String toString() {
      return format(false);
    }
  }

  public DictionaryCheck {
    Objects.requireNonNull(origin, "origin");
    findings = List.copyOf(findings);
  }

  /** Number of findings that are errors ({@code strict}: name conflicts too). */
  public long errors(boolean strict) {
    return findings.stream().filter(f -> f.severity(strict) == Severity.ERROR).count();
  }

  /** Number of findings that are warnings ({@code strict}: name conflicts not). */
  public long warnings(boolean strict) {
    return findings.stream().filter(f -> f.severity(strict) == Severity.WARNING).count();
  }

  /** Checks a folder's files against the CAMEO tables shipped with Annalist. */
  public static DictionaryCheck of(DictionaryFiles files) {
    return of(files, ActorCodes.standard());
  }

  static DictionaryCheck of(DictionaryFiles files, ActorCodes codes) {
    List<Finding> out = new ArrayList<>();
    for (Problem p : files.parseErrors()) {
      out.add(new Finding(Severity.ERROR, Kind.PARSE, p.where(), p.reason()));
    }
    actorNames(files.actors(), out);
    for (ActorEntry e : files.actors()) {
      actorCodes(e, codes, out);
      dateRanges(e, out);
    }
    agents(files.agents(), codes, out);
    verbs(files, out);
    out.sort(DictionaryFiles.IdOrder.comparing(Finding::where));
    return new DictionaryCheck(files.origin(), out);
  }

  /** A name's comparison key: its words as the loader indexes them. */
  static String key(String name) {
    return String.join(" ", TextNormalizer.words(name));
  }

  private static void actorNames(List<ActorEntry> actors, List<Finding> out) {
    Map<String, ActorEntry> byName = new LinkedHashMap<>();
    for (ActorEntry e : actors) {
      Set<String> own = new HashSet<>();
      for (String name : e.names()) {
        String k = key(name);
        if (!own.add(k)) {
          out.add(
              new Finding(
                  Severity.WARNING,
                  Kind.DUPLICATE_NAME,
                  e.id(),
                  "name '" + name + "' is written twice on this line"));
          continue;
        }
        ActorEntry first = byName.putIfAbsent(k, e);
        if (first == null) {
          continue;
        }
        if (codes(first).equals(codes(e))) {
          out.add(
              new Finding(
                  Severity.ERROR,
                  Kind.DUPLICATE_NAME,
                  e.id(),
                  "name '"
                      + name
                      + "' is already at "
                      + first.id()
                      + " with the same codes ("
                      + codes(e)
                      + "); delete one"));
        } else {
          out.add(
              new Finding(
                  Severity.WARNING,
                  Kind.NAME_CONFLICT,
                  e.id(),
                  "name '"
                      + name
                      + "' conflicts with "
                      + first.id()
                      + ": "
                      + codes(e)
                      + " here, "
                      + codes(first)
                      + " there (the loader rejects a name on two lines)"));
        }
      }
    }
    Map<String, ActorEntry> sharers = new HashMap<>();
    for (ActorEntry e : actors) {
      for (String name : e.sharedNames()) {
        String k = key(name);
        ActorEntry owner = byName.get(k);
        ActorEntry sharer = sharers.putIfAbsent(k, e);
        String problem =
            owner == null || owner == e
                ? "shared name '~" + name + "' is no other actor's name"
                : sharer != null && sharer != e
                    ? "name '~" + name + "' is already shared by " + sharer.id()
                    : null;
        if (problem != null) {
          out.add(new Finding(Severity.ERROR, Kind.SHARED_NAME, e.id(), problem));
        }
      }
    }
  }

  private static String codes(ActorEntry e) {
    return e.codes().stream().map(DatedCode::toString).collect(Collectors.joining(", "));
  }

  private static void actorCodes(ActorEntry e, ActorCodes codes, List<Finding> out) {
    Set<String> seen = new HashSet<>();
    for (DatedCode dc : e.codes()) {
      String code = dc.code();
      if (!seen.add(code)) {
        continue;
      }
      if (!code.matches("([A-Z]{3})+")) {
        out.add(
            new Finding(
                Severity.ERROR,
                Kind.UNKNOWN_CODE,
                e.id(),
                "actor code '" + code + "' is not made of three-letter groups"));
        continue;
      }
      String first = code.substring(0, 3);
      var kind = codes.kindOf(first);
      if (kind.isEmpty()
          || kind.get() == ActorCodes.Kind.ROLE
          || kind.get() == ActorCodes.Kind.UNIT) {
        out.add(
            new Finding(
                Severity.ERROR,
                Kind.UNKNOWN_CODE,
                e.id(),
                "actor code '"
                    + code
                    + "': '"
                    + first
                    + "' is not a CAMEO country, international, region or religion code"));
        continue;
      }
      if (kind.get() == ActorCodes.Kind.COUNTRY && code.length() >= 6) {
        String second = code.substring(3, 6);
        if (!codes.isRole(second) && codes.kindOf(second).isEmpty()) {
          out.add(
              new Finding(
                  Severity.WARNING,
                  Kind.UNKNOWN_ROLE,
                  e.id(),
                  "actor code '"
                      + code
                      + "': '"
                      + second
                      + "' is not a CAMEO role code (nor a country, region, religion or sub-state unit)"));
        }
      }
    }
  }

  /**
   * Overlapping dated codes. The first listed code covering a date wins, so a short range listed
   * before a longer one carves a period out of it (no finding); a range inside an earlier-listed
   * one never applies (an error); ranges that partly overlap are a warning.
   */
  private static void dateRanges(ActorEntry e, List<Finding> out) {
    List<DatedCode> dated = e.codes().stream().filter(DatedCode::isDated).toList();
    for (int i = 0; i < dated.size(); i++) {
      for (int j = i + 1; j < dated.size(); j++) {
        DatedCode a = dated.get(i);
        DatedCode b = dated.get(j);
        LocalDate from = later(a.from(), b.from());
        LocalDate to = earlier(a.to(), b.to());
        boolean overlap = from == null || to == null || !to.isBefore(from);
        if (!overlap || contains(b, a)) {
          continue;
        }
        String both = a + " and " + b;
        if (contains(a, b)) {
          out.add(
              new Finding(
                  Severity.ERROR,
                  Kind.OVERLAPPING_DATES,
                  e.id(),
                  "date ranges overlap: "
                      + both
                      + "; the second lies within the first, which is listed first and wins, so"
                      + " it never applies"));
        } else {
          out.add(
              new Finding(
                  Severity.WARNING,
                  Kind.OVERLAPPING_DATES,
                  e.id(),
                  "date ranges overlap: "
                      + both
                      + " (from "
                      + (from == null ? "the start" : from)
                      + " to "
                      + (to == null ? "the end" : to)
                      + "); the first listed wins"));
        }
      }
    }
  }

  /** Whether {@code outer}'s range contains all of {@code inner}'s. */
  private static boolean contains(DatedCode outer, DatedCode inner) {
    boolean fromOk =
        outer.from() == null || (inner.from() != null && !inner.from().isBefore(outer.from()));
    boolean toOk = outer.to() == null || (inner.to() != null && !inner.to().isAfter(outer.to()));
    return fromOk && toOk;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  private static void agents(List<AgentEntry> agents, ActorCodes codes, List<Finding> out) {
    Map<String, AgentEntry> byWord = new LinkedHashMap<>();
    for (AgentEntry a : agents) {
      if (!codes.isRole(a.role())
          && codes.kindOf(a.role()).orElse(null) != ActorCodes.Kind.INTERNATIONAL) {
        out.add(
            new Finding(
                Severity.ERROR,
                Kind.UNKNOWN_CODE,
                a.id(),
                "agent code '" + a.role() + "' is not a CAMEO role or international code"));
      }
      Set<String> own = new HashSet<>();
      for (String word : a.names()) {
        String k = key(word);
        if (!own.add(k)) {
          out.add(
              new Finding(
                  Severity.WARNING,
                  Kind.DUPLICATE_AGENT,
                  a.id(),
                  "role word '" + word + "' is written twice on this line"));
          continue;
        }
        AgentEntry first = byWord.putIfAbsent(k, a);
        if (first != null) {
          out.add(
              new Finding(
                  Severity.ERROR,
                  Kind.DUPLICATE_AGENT,
                  a.id(),
                  "role word '"
                      + word
                      + "' is already at "
                      + first.id()
                      + " ("
                      + first.role()
                      + " there, "
                      + a.role()
                      + " here)"));
        }
      }
    }
  }

  private static void verbs(DictionaryFiles files, List<Finding> out) {
    Map<String, VerbEntry> byVerb = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (VerbEntry block : files.verbBlocks()) {
      for (String v : block.verbs()) {
        VerbEntry first = byVerb.putIfAbsent(key(v), block);
        if (first != null && first != block) {
          out.add(
              new Finding(
                  Severity.ERROR,
                  Kind.DUPLICATE_VERB,
                  block.id(),
                  "verb '" + v + "' already has a block at " + first.id()));
        }
      }
      Map<String, VerbPattern> seen = new LinkedHashMap<>();
      List<VerbPattern> written =
          block.patterns().stream()
              .sorted(DictionaryFiles.IdOrder.comparing(VerbPattern::id))
              .toList();
      for (VerbPattern p : written) {
        collectSets(p, used);
        String shape = shape(p);
        VerbPattern first = seen.putIfAbsent(shape, p);
        if (first == null) {
          continue;
        }
        if (Objects.equals(first.code(), p.code())) {
          out.add(
              new Finding(
                  Severity.WARNING,
                  Kind.DUPLICATE_PATTERN,
                  p.id(),
                  "pattern '" + p + "' repeats " + first.id() + " in the block at " + block.id()));
        } else {
          out.add(
              new Finding(
                  Severity.ERROR,
                  Kind.DUPLICATE_PATTERN,
                  p.id(),
                  "pattern '"
                      + p
                      + "' has the elements of "
                      + first.id()
                      + " ('"
                      + first
                      + "') in the block at "
                      + block.id()
                      + "; the first written wins, so this one never codes"));
        }
      }
    }
    for (DictionaryFiles.SynonymSet s : files.synonymSets()) {
      if (!used.contains(s.name())) {
        out.add(
            new Finding(
                Severity.WARNING,
                Kind.UNUSED_SYNONYM_SET,
                s.id(),
                "synonym set " + s.name() + " is not used by any pattern"));
      }
    }
  }

  /** A pattern's elements, in a canonical order: element order does not matter in matching. */
  private static String shape(VerbPattern p) {
    return p.elements().stream().map(Object::toString).sorted().collect(Collectors.joining(" "));
  }

  private static void collectSets(VerbPattern p, Set<String> used) {
    for (PatternElement e : p.elements()) {
      PhraseSet set = null;
      if (e instanceof PatternElement.ObjectPhrase o) {
        set = o.phrases();
      } else if (e instanceof PatternElement.PrepPhrase pp) {
        set = pp.phrases();
      } else if (e instanceof PatternElement.Complement c) {
        set = c.verbs();
      } else if (e instanceof PatternElement.Noun n) {
        set = n.phrases();
      } else if (e instanceof PatternElement.SubjectNoun s) {
        set = s.phrases();
      }
      if (set != null) {
        for (String w : set.written()) {
          if (w.startsWith("&")) {
            used.add(w);
          }
        }
      }
    }
  }
}
