package org.annalist.dictionary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Verb blocks by verb ({@code withdraw}, {@code pull out}), multi-word verbs ({@code wire tap},
 * {@code re-arrest}) and the synonym sets they use. Immutable and thread-safe.
 */
public final class VerbDictionary {

  /**
   * A verb that needs words around it: {@code before} it (consecutive, ending next to it) and
   * {@code after} it (consecutive from the next word, or its particle).
   */
  public record MultiWordVerb(
      List<String> before, String verb, List<String> after, VerbEntry entry) {
    public MultiWordVerb {
      before = List.copyOf(before);
      after = List.copyOf(after);
      Objects.requireNonNull(verb);
      Objects.requireNonNull(entry);
    }

    /** Number of words, verb included. */
    public int length() {
      return before.size() + 1 + after.size();
    }
  }

  private final Map<String, VerbEntry> byVerb;
  private final Map<String, List<MultiWordVerb>> multiWord;
  private final Map<String, PhraseSet> synonymSets;

  VerbDictionary(Map<String, VerbEntry> byVerb, Map<String, PhraseSet> synonymSets) {
    this(byVerb, List.of(), synonymSets);
  }

  private VerbDictionary(
      Map<String, VerbEntry> byVerb,
      List<MultiWordVerb> multiWords,
      Map<String, PhraseSet> synonymSets) {
    this.byVerb = Collections.unmodifiableMap(new LinkedHashMap<>(byVerb));
    Map<String, List<MultiWordVerb>> mw = new HashMap<>();
    for (MultiWordVerb m : multiWords) {
      mw.computeIfAbsent(m.verb(), k -> new ArrayList<>()).add(m);
    }
    mw.replaceAll(
        (k, v) -> v.stream().sorted((a, b) -> Integer.compare(b.length(), a.length())).toList());
    this.multiWord = Map.copyOf(mw);
    this.synonymSets = Collections.unmodifiableMap(new LinkedHashMap<>(synonymSets));
  }

  /**
   * A dictionary from blocks read elsewhere (PETRARCH files).
   *
   * @param byVerb blocks by verb key (lower-case lemma, or lemma and particle)
   * @param multiWords verbs that need words before or after them
   * @param synonymSets the sets by name, for listing
   */
  public static VerbDictionary of(
      Map<String, VerbEntry> byVerb,
      List<MultiWordVerb> multiWords,
      Map<String, PhraseSet> synonymSets) {
    return new VerbDictionary(new LinkedHashMap<>(byVerb), multiWords, synonymSets);
  }

  /**
   * The block of a verb lemma, or of {@code lemma + " " + particle} for a phrasal verb; null when
   * none.
   */
  public VerbEntry find(String verbKey) {
    return byVerb.get(verbKey);
  }

  /** Multi-word verbs whose verb word is {@code verb}, longest first; empty when none. */
  public List<MultiWordVerb> multiWord(String verb) {
    return multiWord.getOrDefault(verb, List.of());
  }

  /** A dictionary without verbs. */
  public static VerbDictionary empty() {
    return new VerbDictionary(Map.of(), Map.of());
  }

  /** The distinct verb blocks. */
  public Collection<VerbEntry> entries() {
    Set<VerbEntry> all = new LinkedHashSet<>(byVerb.values());
    multiWord.values().forEach(l -> l.forEach(m -> all.add(m.entry())));
    return Collections.unmodifiableSet(all);
  }

  /** Number of verbs (phrasal and multi-word verbs included) that have a block. */
  public int verbCount() {
    return byVerb.size() + multiWord.values().stream().mapToInt(List::size).sum();
  }

  public Set<String> synonymSetNames() {
    return synonymSets.keySet();
  }

  public PhraseSet synonymSet(String name) {
    return synonymSets.get(name);
  }
}
