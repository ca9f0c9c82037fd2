package org.annalist.dictionary;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.annalist.cameo.ActorCodes;
import org.annalist.cameo.CameoCodes;

/**
 * What a dictionary folder holds, counted by kind and by code, and how long {@link
 * Dictionaries#load} takes on it. Immutable.
 *
 * @param origin the folder counted
 * @param actorEntries actor lines
 * @param actorNames actor names, as written (each line may hold several)
 * @param datedCodes actor codes with a date range
 * @param agentWordsByRole role words by role code
 * @param verbBlocks verb blocks
 * @param verbForms verbs in the blocks (phrasal verbs included)
 * @param patterns patterns in the blocks
 * @param synonymSets synonym sets
 * @param discards discard phrases
 * @param actorsByLeadingCode actor entries by the first three letters of their codes: a country
 *     ({@code RUS}), an international code ({@code IGO}), a region or a religion; an entry counts
 *     once per distinct leading code
 * @param actorsByRole actor entries by the role codes in their codes ({@code GOV} in {@code
 *     RUSGOV}, {@code BUS} in {@code IGOBUSIMF}); an entry counts once per role
 * @param patternsByRoot patterns by the CAMEO root of their code ({@code 19}); {@code ---} for
 *     patterns that stop coding
 * @param patternsByCode patterns by their code
 * @param parseErrors lines that do not parse (not counted above)
 * @param loadTime how long {@link Dictionaries#load} took, or {@code null} when the folder does not
 *     load
 */
public record DictionaryStats(
    String origin,
    int actorEntries,
    int actorNames,
    int datedCodes,
    Map<String, Integer> agentWordsByRole,
    int verbBlocks,
    int verbForms,
    int patterns,
    int synonymSets,
    int discards,
    Map<String, Integer> actorsByLeadingCode,
    Map<String, Integer> actorsByRole,
    Map<String, Integer> patternsByRoot,
    Map<String, Integer> patternsByCode,
    int parseErrors,
    Duration loadTime) {

  /** Code used in the maps for patterns coded {@code ---}. */
  public static final String NO_EVENT = "---";

  public DictionaryStats {
    Objects.requireNonNull(origin, "origin");
    agentWordsByRole = sorted(agentWordsByRole);
    actorsByLeadingCode = sorted(actorsByLeadingCode);
    actorsByRole = sorted(actorsByRole);
    patternsByRoot = sorted(patternsByRoot);
    patternsByCode = sorted(patternsByCode);
  }

  private static Map<String, Integer> sorted(Map<String, Integer> m) {
    return Collections.unmodifiableMap(new TreeMap<>(m));
  }

  /** Agent words, all roles. */
  public int agentWords() {
    return agentWordsByRole.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Reads and counts a folder, and times {@link Dictionaries#load} on it (which fails, leaving
   * {@link #loadTime()} null, when a line does not parse).
   */
  public static DictionaryStats measure(Path folder) {
    DictionaryFiles files = DictionaryFiles.read(folder);
    Duration load = null;
    if (files.parseErrors().isEmpty()) {
      long start = System.nanoTime();
      try {
        Dictionaries.load(folder);
        load = Duration.ofNanos(System.nanoTime() - start);
      } catch (DictionaryException e) {
        load = null; // a name on two lines: the check reports it
      }
    }
    return of(files, load);
  }

  /** Counts what {@code files} hold. */
  public static DictionaryStats of(DictionaryFiles files, Duration loadTime) {
    ActorCodes codes = ActorCodes.standard();
    int names = 0;
    int dated = 0;
    Map<String, Integer> byLeading = new TreeMap<>();
    Map<String, Integer> byRole = new TreeMap<>();
    for (ActorEntry e : files.actors()) {
      names += e.names().size() + e.sharedNames().size();
      Set<String> leading = new LinkedHashSet<>();
      Set<String> roles = new LinkedHashSet<>();
      for (DatedCode c : e.codes()) {
        if (c.isDated()) {
          dated++;
        }
        String code = c.code();
        if (code.length() >= 3) {
          leading.add(code.substring(0, 3));
        }
        for (int i = 3; i + 3 <= code.length(); i += 3) {
          String part = code.substring(i, i + 3);
          if (codes.isRole(part)) {
            roles.add(part);
          }
        }
      }
      leading.forEach(l -> byLeading.merge(l, 1, Integer::sum));
      roles.forEach(r -> byRole.merge(r, 1, Integer::sum));
    }
    Map<String, Integer> agentWords = new TreeMap<>();
    for (AgentEntry a : files.agents()) {
      agentWords.merge(a.role(), a.names().size(), Integer::sum);
    }
    int forms = 0;
    int patterns = 0;
    Map<String, Integer> byRoot = new TreeMap<>();
    Map<String, Integer> byCode = new TreeMap<>();
    for (VerbEntry block : files.verbBlocks()) {
      forms += block.verbs().size();
      for (VerbPattern p : block.patterns()) {
        patterns++;
        String code = p.code() == null ? NO_EVENT : p.code();
        byCode.merge(code, 1, Integer::sum);
        String root =
            p.code() == null ? NO_EVENT : CameoCodes.standard().getOrUnlisted(p.code()).root();
        byRoot.merge(root, 1, Integer::sum);
      }
    }
    return new DictionaryStats(
        files.origin(),
        files.actors().size(),
        names,
        dated,
        agentWords,
        files.verbBlocks().size(),
        forms,
        patterns,
        files.synonymSets().size(),
        files.discards().size(),
        byLeading,
        byRole,
        byRoot,
        byCode,
        files.parseErrors().size(),
        loadTime);
  }

  /** The leading codes of {@link #actorsByLeadingCode()} that are of {@code kind}. */
  public List<String> leadingCodes(ActorCodes.Kind kind) {
    return actorsByLeadingCode.keySet().stream()
        .filter(c -> ActorCodes.standard().kindOf(c).orElse(null) == kind)
        .toList();
  }
}
