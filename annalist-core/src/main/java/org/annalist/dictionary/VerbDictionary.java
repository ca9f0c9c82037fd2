package org.annalist.dictionary;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Verb blocks by verb ({@code withdraw}, {@code pull out}) and the synonym sets they use. Immutable
 * and thread-safe.
 */
public final class VerbDictionary {

  private final Map<String, VerbEntry> byVerb;
  private final Map<String, PhraseSet> synonymSets;

  VerbDictionary(Map<String, VerbEntry> byVerb, Map<String, PhraseSet> synonymSets) {
    this.byVerb = Map.copyOf(byVerb);
    this.synonymSets = Map.copyOf(synonymSets);
  }

  /**
   * The block of a verb lemma, or of {@code lemma + " " + particle} for a phrasal verb; null when
   * none.
   */
  public VerbEntry find(String verbKey) {
    return byVerb.get(verbKey);
  }

  /** A dictionary without verbs. */
  public static VerbDictionary empty() {
    return new VerbDictionary(Map.of(), Map.of());
  }

  /** The distinct verb blocks. */
  public Collection<VerbEntry> entries() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(byVerb.values()));
  }

  /** Number of verbs (phrasal verbs included) that have a block. */
  public int verbCount() {
    return byVerb.size();
  }

  public Set<String> synonymSetNames() {
    return synonymSets.keySet();
  }

  public PhraseSet synonymSet(String name) {
    return synonymSets.get(name);
  }
}
