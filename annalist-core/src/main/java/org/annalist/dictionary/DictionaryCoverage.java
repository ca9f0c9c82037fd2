package org.annalist.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annalist.cameo.ActorCodes;
import org.annalist.cameo.ActorCodes.Country;
import org.annalist.cameo.CameoCode;
import org.annalist.cameo.CameoCodes;

/**
 * How much of CAMEO a dictionary folder covers: for every CAMEO event code, the patterns and verbs
 * that code it; for every country of the CAMEO country list, whether the actor dictionaries have
 * its name, its adjective and its capital. Immutable.
 *
 * @param origin the folder
 * @param eventCodes every code of the CAMEO event table, in table order
 * @param countries every country of the country table, in table order
 * @param actorEntries actor lines
 * @param actorNames actor names (aliases included)
 * @param agentWords role words
 * @param verbForms verbs in verb blocks
 * @param patterns verb patterns
 */
public record DictionaryCoverage(
    String origin,
    List<EventCodeCoverage> eventCodes,
    List<CountryCoverage> countries,
    int actorEntries,
    int actorNames,
    int agentWords,
    int verbForms,
    int patterns) {

  /**
   * One CAMEO event code.
   *
   * @param code the code
   * @param patterns patterns coding it
   * @param verbs verbs whose block codes it by default
   */
  public record EventCodeCoverage(CameoCode code, int patterns, int verbs) {
    public EventCodeCoverage {
      Objects.requireNonNull(code, "code");
    }

    /** Whether nothing in the dictionaries codes it. */
    public boolean uncoded() {
      return patterns == 0 && verbs == 0;
    }

    /**
     * Whether the code is a root heading ({@code 01}..{@code 20}): the codebook codes an event at
     * the root with its {@code 0} code ({@code 010}), so no pattern is expected to give a root.
     */
    public boolean isRoot() {
      return code.code().length() == 2;
    }
  }

  /**
   * One country.
   *
   * @param country the table's row
   * @param name the entry ({@code file:line}) that has the country's name with its bare code, or
   *     {@code null}
   * @param adjective the entry that has one of its adjectives with its bare code, or {@code null}
   * @param capital the entry that has its capital with a code of the country ({@code SYRGOV}), or
   *     {@code null}; when the capital's name is the country's ({@code Singapore}), the name's
   *     entry
   */
  public record CountryCoverage(Country country, String name, String adjective, String capital) {
    public CountryCoverage {
      Objects.requireNonNull(country, "country");
    }

    /** Whether the table gives an adjective for the country. */
    public boolean hasAdjectiveInTable() {
      return !country.adjectives().isEmpty();
    }

    /** Whether the table gives a capital for the country. */
    public boolean hasCapitalInTable() {
      return country.capital() != null;
    }
  }

  public DictionaryCoverage {
    Objects.requireNonNull(origin, "origin");
    eventCodes = List.copyOf(eventCodes);
    countries = List.copyOf(countries);
  }

  /** The event codes, root headings left out, that no pattern and no verb codes. */
  public List<EventCodeCoverage> uncodedEventCodes() {
    return eventCodes.stream().filter(c -> !c.isRoot() && c.uncoded()).toList();
  }

  /** Measures a folder's files against the CAMEO tables shipped with Annalist. */
  public static DictionaryCoverage of(DictionaryFiles files) {
    Map<String, Integer> patterns = new HashMap<>();
    Map<String, Integer> verbs = new HashMap<>();
    int patternCount = 0;
    int verbForms = 0;
    for (VerbEntry block : files.verbBlocks()) {
      verbForms += block.verbs().size();
      if (block.defaultCode() != null) {
        verbs.merge(block.defaultCode(), block.verbs().size(), Integer::sum);
      }
      for (VerbPattern p : block.patterns()) {
        patternCount++;
        if (p.code() != null) {
          patterns.merge(p.code(), 1, Integer::sum);
        }
      }
    }
    List<EventCodeCoverage> events = new ArrayList<>();
    for (CameoCode c : CameoCodes.standard().all()) {
      events.add(
          new EventCodeCoverage(
              c, patterns.getOrDefault(c.code(), 0), verbs.getOrDefault(c.code(), 0)));
    }

    // name key -> entries having it (the loader allows one, a broken folder may have more)
    Map<String, List<ActorEntry>> byName = new HashMap<>();
    int names = 0;
    for (ActorEntry e : files.actors()) {
      names += e.names().size() + e.sharedNames().size();
      for (String n : e.names()) {
        byName.computeIfAbsent(DictionaryCheck.key(n), k -> new ArrayList<>(1)).add(e);
      }
      for (String n : e.sharedNames()) { // "~Congolese": the Republic of the Congo's too
        byName.computeIfAbsent(DictionaryCheck.key(n), k -> new ArrayList<>(1)).add(e);
      }
    }
    List<CountryCoverage> countries = new ArrayList<>();
    for (Country c : ActorCodes.standard().countries()) {
      String name = entryWith(byName, c.name(), c.code(), true);
      String adjective = null;
      for (String a : c.adjectives()) {
        adjective = entryWith(byName, a, c.code(), true);
        if (adjective != null) {
          break;
        }
      }
      String capital = null;
      if (c.capital() != null) {
        capital =
            DictionaryCheck.key(c.capital()).equals(DictionaryCheck.key(c.name()))
                ? name
                : entryWith(byName, c.capital(), c.code(), false);
      }
      countries.add(new CountryCoverage(c, name, adjective, capital));
    }
    int agentWords = files.agents().stream().mapToInt(a -> a.names().size()).sum();
    return new DictionaryCoverage(
        files.origin(),
        events,
        countries,
        files.actors().size(),
        names,
        agentWords,
        verbForms,
        patternCount);
  }

  /**
   * The id of an entry having {@code name} with the bare {@code country} code ({@code bare}), or
   * with a code of the country ({@code SYRGOV}); null when none.
   */
  private static String entryWith(
      Map<String, List<ActorEntry>> byName, String name, String country, boolean bare) {
    for (ActorEntry e : byName.getOrDefault(DictionaryCheck.key(name), List.of())) {
      for (DatedCode dc : e.codes()) {
        if (bare ? dc.code().equals(country) : dc.code().startsWith(country)) {
          return e.id();
        }
      }
    }
    return null;
  }
}
