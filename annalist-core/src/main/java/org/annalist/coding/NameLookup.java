package org.annalist.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annalist.cameo.ActorCodes;
import org.annalist.coding.internal.ActorResolver;
import org.annalist.coding.internal.SentenceGraph;
import org.annalist.dictionary.ActorEntry;
import org.annalist.dictionary.AgentEntry;
import org.annalist.dictionary.DatedCode;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.DictionaryFiles;
import org.annalist.dictionary.TextNormalizer;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * What a name resolves to and why, as the coder would resolve it: an actor entry, an agent composed
 * with a country ("Syrian army" → {@code SYRMIL}), or nothing, with the closest names. A name that
 * is not exactly an actor's is read as a noun phrase: its words (split like dictionary phrases, a
 * possessive {@code 's} apart) form a flat phrase whose head is the last word, or the word before
 * {@code of}, {@code from} or {@code in} ("army of Syria"); a word before {@code 's} is the
 * possessor; the other words modify the head, as adjectives when they end a country adjective of
 * the CAMEO country table ("Syrian"), else as compounds, proper nouns when capitalised ("UN"). That
 * phrase goes through the coder's {@code ActorResolver} unchanged. Immutable and thread-safe.
 */
public final class NameLookup {

  /** What a name resolved to. */
  public sealed interface Resolution permits ActorFound, Composed, NotFound {
    /** The name looked up. */
    String name();
  }

  /**
   * The name is an actor entry's name.
   *
   * @param name the name looked up
   * @param entry the entry
   * @param code the code for the date, or {@code null} when the actor has none on that date
   * @param reason why that code: which rule of {@link ActorEntry#codeOn} chose it
   */
  public record ActorFound(String name, ActorEntry entry, String code, String reason)
      implements Resolution {
    public ActorFound {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The name is a noun phrase the coder resolves: an agent with an actor, an agent alone (a bare
   * role), or an actor inside the phrase.
   *
   * @param name the name looked up
   * @param code the code the coder gives the phrase
   * @param text the words that gave it
   * @param actors the actor entries used, with the code each gave
   * @param agent the agent entry used, or {@code null}
   * @param targetOnly whether only a target resolves so: a country modifying a common noun stands
   *     for the phrase as a target ("released Palestinian prisoners"), not as a source
   */
  public record Composed(
      String name,
      String code,
      String text,
      Map<ActorEntry, String> actors,
      AgentEntry agent,
      boolean targetOnly)
      implements Resolution {
    public Composed {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(text, "text");
      actors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actors));
    }
  }

  /**
   * Nothing in the dictionaries resolves the name.
   *
   * @param name the name looked up
   * @param closest the closest actor and agent names, closest first
   */
  public record NotFound(String name, List<Suggestion> closest) implements Resolution {
    public NotFound {
      Objects.requireNonNull(name, "name");
      closest = List.copyOf(closest);
    }
  }

  /**
   * A dictionary name close to the one looked up.
   *
   * @param name the name as written
   * @param id its entry, {@code file:line}
   * @param codes the entry's codes ({@code RUSGOV 2000-05-07..2008-05-07, RUSELI}) or agent role
   * @param distance edit distance between the normalised names
   */
  public record Suggestion(String name, String id, String codes, int distance) {}

  private static final int SUGGESTIONS = 5;

  private final Dictionaries dictionaries;
  private final DictionaryFiles files;
  private final ActorResolver resolver;

  /**
   * @param dictionaries the dictionaries the coder would use
   * @param files the same folder's files, for the closest names when nothing is found
   */
  public NameLookup(Dictionaries dictionaries, DictionaryFiles files) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    this.files = Objects.requireNonNull(files, "files");
    this.resolver = new ActorResolver(dictionaries);
  }

  /**
   * Resolves {@code name} for an article dated {@code date} ({@code null}: undated).
   *
   * @throws IllegalArgumentException when the name has no words
   */
  public Resolution lookup(String name, LocalDate date) {
    String n = TextNormalizer.collapseSpaces(name);
    List<String> words = TextNormalizer.words(n);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty name");
    }
    ActorEntry exact = dictionaries.actors().lookup(words);
    if (exact != null) {
      ActorFound found = actorFound(n, exact, date);
      ActorEntry sharer = dictionaries.sharedActors().lookup(words);
      if (sharer == null) {
        return found;
      }
      String sharerCode = sharer.codeOn(date).orElse("no code");
      return new ActorFound(
          found.name(),
          found.entry(),
          found.code(),
          found.reason()
              + "; in an article about "
              + sharer.codeOn(date).flatMap(ActorCodes.standard()::stateOf).orElse(sharerCode)
              + ", "
              + sharerCode
              + " ("
              + sharer.id()
              + ", which shares the name)");
    }
    Phrase phrase = Phrase.of(n);
    SentenceGraph g = new SentenceGraph(phrase.sentence(), phrase.text());
    Token head = phrase.sentence().token(phrase.head());
    List<ActorMention> mentions = resolver.resolveAll(g, head, date, false);
    boolean targetOnly = false;
    if (mentions.isEmpty()) {
      mentions = resolver.resolveAll(g, head, date, true);
      targetOnly = !mentions.isEmpty();
    }
    if (mentions.isEmpty()) {
      return new NotFound(n, closest(words));
    }
    ActorMention m = mentions.get(0);
    Map<ActorEntry, String> actors = new LinkedHashMap<>();
    AgentEntry agent = null;
    int size = g.keys().size();
    for (int from = 0; from < size; from++) {
      for (int to = from + 1; to <= size; to++) {
        ActorEntry a = dictionaries.actors().exactly(g.keys(), from, to);
        if (a != null && m.entries().contains(a.id())) {
          actors.putIfAbsent(a, a.codeOn(date).orElse("none"));
        }
        AgentEntry ag = dictionaries.agents().exactly(g.keys(), from, to);
        if (ag != null && m.entries().contains(ag.id()) && agent == null) {
          agent = ag;
        }
      }
    }
    return new Composed(n, m.code(), m.text(), actors, agent, targetOnly);
  }

  private static ActorFound actorFound(String name, ActorEntry entry, LocalDate date) {
    Optional<String> code = entry.codeOn(date);
    boolean anyUndated = entry.codes().stream().anyMatch(c -> !c.isDated());
    String reason;
    if (date != null) {
      Optional<DatedCode> covering =
          entry.codes().stream().filter(c -> c.isDated() && c.covers(date)).findFirst();
      if (covering.isPresent()) {
        reason = "the first dated code whose range contains " + date + ": " + covering.get();
      } else if (anyUndated) {
        reason = "no dated code covers " + date + ": the first code without a range";
      } else {
        reason = "no code covers " + date + " and every code is dated: not coded on that date";
      }
    } else {
      reason =
          anyUndated
              ? "no date given: the first code without a range"
              : "no date given and every code is dated: the first code";
    }
    return new ActorFound(name, entry, code.orElse(null), reason);
  }

  private List<Suggestion> closest(List<String> words) {
    String key = String.join(" ", words);
    List<Suggestion> all = new ArrayList<>();
    for (ActorEntry e : files.actors()) {
      String codes = String.join(", ", e.codes().stream().map(DatedCode::toString).toList());
      for (String n : e.names()) {
        all.add(new Suggestion(n, e.id(), codes, distance(key, nameKey(n))));
      }
    }
    for (AgentEntry a : files.agents()) {
      for (String n : a.names()) {
        all.add(new Suggestion(n, a.id(), a.role(), distance(key, nameKey(n))));
      }
    }
    all.sort(
        Comparator.comparingInt(Suggestion::distance)
            .thenComparing(s -> s.name().toLowerCase(Locale.ROOT))
            .thenComparing(Suggestion::id));
    return all.subList(0, Math.min(SUGGESTIONS, all.size()));
  }

  private static String nameKey(String name) {
    return String.join(" ", TextNormalizer.words(name));
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** A name as a one-phrase sentence: tokens with a flat dependency tree. */
  private record Phrase(Sentence sentence, String text, int head) {

    private static final List<String> PREPOSITIONS = List.of("of", "from", "in");

    /** Last words of the country adjectives ("korean" of "South Korean"), as keys. */
    private static final java.util.Set<String> ADJECTIVES =
        ActorCodes.standard().countries().stream()
            .flatMap(c -> c.adjectives().stream())
            .map(a -> TextNormalizer.words(a))
            .map(w -> w.get(w.size() - 1))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    static Phrase of(String name) {
      List<String> words = new ArrayList<>();
      for (String w : name.split(" ")) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.length() > 2 && (lower.endsWith("'s") || lower.endsWith("\u2019s"))) {
          words.add(w.substring(0, w.length() - 2));
          words.add(w.substring(w.length() - 2));
        } else {
          words.add(w);
        }
      }
      int n = words.size();
      int prep = -1; // 0-based
      for (int i = 1; i + 1 < n; i++) {
        if (PREPOSITIONS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
          prep = i;
          break;
        }
      }
      int head = prep > 0 ? prep : n; // 1-based
      int[] heads = new int[n + 1];
      String[] rels = new String[n + 1];
      for (int i = 1; i <= n; i++) {
        heads[i] = head;
        rels[i] = "compound";
      }
      heads[head] = 0;
      rels[head] = "root";
      if (prep > 0) {
        int object = n; // the last word heads the prepositional phrase
        for (int i = prep + 1; i <= n; i++) {
          heads[i] = object;
          rels[i] = "compound";
        }
        heads[object] = head;
        rels[object] = "nmod";
        int p = prep + 1; // 1-based index of the preposition
        heads[p] = object;
        rels[p] = "case";
      }
      for (int i = 2; i <= n; i++) {
        if (words.get(i - 1).toLowerCase(Locale.ROOT).matches("['\u2019]s") && i - 1 < head) {
          heads[i - 1] = head;
          rels[i - 1] = "nmod:poss";
          heads[i] = i - 1;
          rels[i] = "case";
        }
      }
      StringBuilder text = new StringBuilder();
      List<Token> tokens = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        String w = words.get(i - 1);
        boolean possessive =
            rels[i].equals("case") && w.toLowerCase(Locale.ROOT).endsWith("s") && w.length() == 2;
        if (text.length() > 0 && !possessive) {
          text.append(' ');
        }
        int begin = text.length();
        text.append(w);
        boolean proper = Character.isUpperCase(w.codePointAt(0));
        String lower = w.toLowerCase(Locale.ROOT);
        String xpos;
        String upos;
        if (rels[i].equals("case")) {
          upos = possessive ? "PART" : "ADP";
          xpos = possessive ? "POS" : "IN";
        } else if (rels[i].equals("compound") && ADJECTIVES.contains(TextNormalizer.key(w))) {
          upos = "ADJ";
          xpos = "JJ";
          rels[i] = "amod";
        } else if (proper) {
          upos = "PROPN";
          xpos = "NNP";
        } else {
          upos = "NOUN";
          xpos = lower.endsWith("s") && !lower.endsWith("ss") ? "NNS" : "NN";
        }
        tokens.add(new Token(i, w, w, upos, xpos, "O", begin, text.length(), heads[i], rels[i]));
      }
      return new Phrase(new Sentence(0, 0, text.length(), tokens), text.toString(), head);
    }
  }
}
