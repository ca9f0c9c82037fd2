package org.annalist.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.annalist.model.Problem;

/**
 * Actor, agent, verb-pattern and discard dictionaries, loaded and compiled once. Immutable and
 * thread-safe: share one instance between threads and coders. The format is documented in {@code
 * docs/dictionaries.md}.
 */
public final class Dictionaries {

  private static final String DEFAULT_LOCATION = "/org/annalist/dictionaries";

  private final String origin;
  private final PhraseIndex<ActorEntry> actors;
  private final PhraseIndex<ActorEntry> sharedActors;
  private final int actorEntryCount;
  private final PhraseIndex<AgentEntry> agents;
  private final VerbDictionary verbs;
  private final PhraseIndex<DiscardEntry> discards;

  Dictionaries(
      String origin,
      PhraseIndex<ActorEntry> actors,
      PhraseIndex<ActorEntry> sharedActors,
      int actorEntryCount,
      PhraseIndex<AgentEntry> agents,
      VerbDictionary verbs,
      PhraseIndex<DiscardEntry> discards) {
    this.origin = Objects.requireNonNull(origin);
    this.actors = actors;
    this.sharedActors = sharedActors;
    this.actorEntryCount = actorEntryCount;
    this.agents = agents;
    this.verbs = verbs;
    this.discards = discards;
  }

  /**
   * Loads a dictionary folder ({@code actors/}, {@code agents/}, {@code verbs/}, {@code
   * discards/}).
   *
   * @throws DictionaryException naming file, line and text of the first bad line
   */
  public static Dictionaries load(Path folder) {
    return new DictionaryLoader(folder).load();
  }

  /**
   * Dictionaries from entries read elsewhere (e.g. PETRARCH files). A name that two entries share
   * keeps the first entry; each clash is reported to {@code problems} with both entry ids.
   */
  public static Dictionaries of(
      String origin,
      List<ActorEntry> actors,
      List<AgentEntry> agents,
      VerbDictionary verbs,
      List<DiscardEntry> discards,
      Consumer<Problem> problems) {
    PhraseIndex<ActorEntry> actorIndex =
        index(
            actors,
            ActorEntry::names,
            (e, name, previous) ->
                problems.accept(
                    new Problem(
                        e.id(),
                        "actor name '"
                            + name
                            + "' is already an actor at "
                            + previous.id()
                            + "; kept that one")));
    PhraseIndex<AgentEntry> agentIndex =
        index(
            agents,
            AgentEntry::names,
            (e, name, previous) ->
                problems.accept(
                    new Problem(
                        e.id(),
                        "agent '"
                            + name
                            + "' is already an agent at "
                            + previous.id()
                            + "; kept that one")));
    PhraseIndex<DiscardEntry> discardIndex = new PhraseIndex<>();
    for (DiscardEntry d : discards) {
      discardIndex.add(TextNormalizer.words(d.phrase()), d);
    }
    return new Dictionaries(
        origin, actorIndex, new PhraseIndex<>(), actors.size(), agentIndex, verbs, discardIndex);
  }

  /** What to do when an entry's name already belongs to another entry. */
  @FunctionalInterface
  interface Clash<E> {
    void clash(E entry, String name, E previous);
  }

  /** A phrase index of every name of every entry; a name keeps its first entry. */
  static <E> PhraseIndex<E> index(
      List<E> entries, java.util.function.Function<E, List<String>> names, Clash<E> onClash) {
    PhraseIndex<E> index = new PhraseIndex<>();
    for (E e : entries) {
      for (String name : names.apply(e)) {
        E previous = index.add(TextNormalizer.words(name), e);
        if (previous != null && previous != e) {
          onClash.clash(e, name, previous);
        }
      }
    }
    return index;
  }

  /** The dictionaries shipped with Annalist, loaded once per JVM. */
  public static Dictionaries defaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    private static final Dictionaries INSTANCE = loadBundled();
  }

  private static Dictionaries loadBundled() {
    return new DictionaryLoader(bundledFolder()).load();
  }

  /**
   * The folder of the bundled dictionaries: a directory when running from classes, a folder inside
   * the jar's file system when running from the jar.
   */
  public static Path bundledFolder() {
    URL url = Dictionaries.class.getResource(DEFAULT_LOCATION);
    if (url == null) {
      throw new IllegalStateException("the bundled dictionaries are missing from the class path");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.getPath(DEFAULT_LOCATION);
      }
      return Path.of(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad resource location " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the bundled dictionaries", e);
    }
  }

  /** Where the dictionaries were loaded from. */
  public String origin() {
    return origin;
  }

  public PhraseIndex<ActorEntry> actors() {
    return actors;
  }

  /** Number of actor lines (each may hold several names). */
  /**
   * The names some actors share with the entry that owns them ({@code ~name}), each with the actor
   * that shares it: that actor in an article about its country, the owner elsewhere.
   */
  public PhraseIndex<ActorEntry> sharedActors() {
    return sharedActors;
  }

  public int actorEntryCount() {
    return actorEntryCount;
  }

  public PhraseIndex<AgentEntry> agents() {
    return agents;
  }

  public VerbDictionary verbs() {
    return verbs;
  }

  public PhraseIndex<DiscardEntry> discards() {
    return discards;
  }

  @Override
  public String toString() {
    return "Dictionaries["
        + origin
        + ": "
        + actors.size()
        + " actor names, "
        + agents.size()
        + " agent words, "
        + verbs.verbCount()
        + " verbs, "
        + discards.size()
        + " discards]";
  }
}
