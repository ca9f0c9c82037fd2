package org.annalist.coding.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.annalist.cameo.ActorCodes;
import org.annalist.coding.ActorMention;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * Pronoun antecedents across an article, the light way news needs: the actors each sentence names
 * (as {@link ActorResolver} resolves its noun phrases) are kept in order with their kind (a person,
 * a plural group, or a single body such as a country or organisation); a third-person pronoun
 * stands for the nearest earlier actor of its kind: first in its own sentence before it, then in up
 * to {@value #WINDOW} earlier sentences, where the subject is preferred ("Putin met Assad. He
 * said..." is Putin). When a sentence offers two or more actors of the kind with different codes
 * and none is a subject, the pronoun is left unresolved: a wrong actor costs more than a missing
 * one.
 *
 * <p>Binding: a non-reflexive, non-possessive pronoun is never its own verb's subject ("Putin
 * praised him"). Expletive {@code it} and first- and second-person pronouns are never resolved.
 *
 * <p>One instance per article and coding call; not thread-safe (it is confined to the thread coding
 * the article).
 */
public final class Discourse {

  /** What a pronoun can stand for. */
  enum Kind {
    PERSON,
    GROUP,
    BODY
  }

  /** Sentences before the pronoun's own that are searched for its antecedent. */
  static final int WINDOW = 3;

  private static final Map<String, Kind> PRONOUNS =
      Map.ofEntries(
          Map.entry("he", Kind.PERSON),
          Map.entry("him", Kind.PERSON),
          Map.entry("his", Kind.PERSON),
          Map.entry("himself", Kind.PERSON),
          Map.entry("she", Kind.PERSON),
          Map.entry("her", Kind.PERSON),
          Map.entry("hers", Kind.PERSON),
          Map.entry("herself", Kind.PERSON),
          Map.entry("it", Kind.BODY),
          Map.entry("its", Kind.BODY),
          Map.entry("itself", Kind.BODY),
          Map.entry("they", Kind.GROUP),
          Map.entry("them", Kind.GROUP),
          Map.entry("their", Kind.GROUP),
          Map.entry("theirs", Kind.GROUP),
          Map.entry("themselves", Kind.GROUP));

  private static final Set<String> REFLEXIVE_OR_POSSESSIVE =
      Set.of(
          "his",
          "himself",
          "her",
          "hers",
          "herself",
          "its",
          "itself",
          "their",
          "theirs",
          "themselves");

  /**
   * Common nouns that name one person; a phrase with one of them at its head is a person ("the
   * Russian president", "Russia's foreign minister").
   */
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "president",
          "minister",
          "premier",
          "chancellor",
          "leader",
          "chief",
          "head",
          "general",
          "commander",
          "admiral",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "secretary",
          "ambassador",
          "envoy",
          "diplomat",
          "king",
          "queen",
          "prince",
          "emir",
          "sheikh",
          "monarch",
          "sultan",
          "chairman",
          "chairwoman",
          "chairperson",
          "chair",
          "governor",
          "mayor",
          "senator",
          "lawmaker",
          "legislator",
          "judge",
          "prosecutor",
          "cleric",
          "ayatollah",
          "counterpart",
          "official",
          "negotiator",
          "deputy",
          "speaker",
          "director",
          "coordinator",
          "representative",
          "commissioner",
          "chief of staff",
          "dictator",
          "strongman",
          "tycoon",
          "candidate",
          "opposition leader",
          "activist",
          "rebel leader",
          "militant",
          "soldier");

  /** Relations of a token that only modifies the head of its phrase. */
  private static final Set<String> INSIDE_A_NAME =
      Set.of("compound", "flat", "flat:name", "name", "amod", "det", "goeswith", "fixed", "case");

  /** An actor named in a sentence; {@code mention} is null for a person no dictionary knows. */
  private record Entity(
      ActorMention mention, Kind kind, int sentence, int token, boolean subject, int governor) {}

  private final ActorResolver resolver;
  private final String articleText;
  private final LocalDate date;
  private final Map<Integer, List<Entity>> bySentence = new HashMap<>();
  private final Map<Integer, SentenceGraph> graphs = new HashMap<>();
  private String articleCountry;
  private boolean prepass = true;
  private List<Entity> current = List.of();
  private int currentSentence = -1;

  /**
   * Finds the actors every sentence of the article names (without pronoun resolution), and the
   * article's country: the state most of them belong to.
   */
  public Discourse(ActorResolver resolver, AnnotatedArticle article) {
    this.resolver = resolver;
    this.articleText = article.text();
    this.date = article.article().publicationDate();
    Map<String, Integer> countries = new HashMap<>();
    for (Sentence s : article.sentences()) {
      // one graph a sentence, for the actors found here and for coding; its pronouns resolve (and
      // the article's country is known) once this pass is over
      SentenceGraph g = new SentenceGraph(s, articleText, this::antecedent, () -> articleCountry);
      graphs.put(s.index(), g);
      List<Entity> entities = entities(g);
      bySentence.put(s.index(), entities);
      for (Entity e : entities) {
        // a name two states share ("Congolese") tells neither apart
        String c =
            e.mention() == null || ActorResolver.isSharedName(e.mention())
                ? null
                : stateOf(e.mention().code());
        if (c != null) {
          countries.merge(c, 1, Integer::sum);
        }
      }
    }
    this.articleCountry = mostNamed(countries);
    this.prepass = false;
  }

  /**
   * The state most actors of the article belong to, when it is named at least twice and more often
   * than any other; else null.
   */
  private static String mostNamed(Map<String, Integer> countries) {
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : countries.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return first >= 2 && first > second ? best : null;
  }

  /** The state part of an actor code ({@code RUSGOV} → RUS), or null for other actors. */
  private static String stateOf(String code) {
    return STATES.stateOf(code).orElse(null);
  }

  private static final ActorCodes STATES = ActorCodes.standard();

  /** The state the article is mostly about (see {@link #Discourse}), or null. */
  public String articleCountry() {
    return articleCountry;
  }

  /**
   * Moves on to a sentence and returns its graph, whose pronouns resolve through this discourse and
   * which knows the article's country.
   */
  public SentenceGraph enter(Sentence sentence) {
    currentSentence = sentence.index();
    current = bySentence.getOrDefault(sentence.index(), List.of());
    SentenceGraph g = graphs.get(sentence.index());
    return g != null ? g : new SentenceGraph(sentence, articleText, this::antecedent, () -> null);
  }

  private List<Entity> entities(SentenceGraph plain) {
    Sentence sentence = plain.sentence();
    List<Entity> out = new ArrayList<>();
    if (sentence.size() == 0) {
      return out;
    }
    for (Token t : sentence.tokens()) {
      if (!t.upos().equals("PROPN") && !t.upos().equals("NOUN")) {
        continue;
      }
      if (INSIDE_A_NAME.contains(t.deprel()) || INSIDE_A_NAME.contains(t.baseRelation())) {
        continue;
      }
      ActorMention m =
          resolver
              .resolve(plain, t, date)
              .filter(a -> !ActorResolver.isBareRole(a.code()))
              .orElse(null);
      Kind kind = kindOf(plain, t);
      if (m != null || kind == Kind.PERSON) {
        // a person the dictionaries do not know still takes the pronouns that follow: "he" after
        // an unknown general is not the minister named before him
        out.add(
            new Entity(
                m, kind, sentence.index(), t.index(), t.baseRelation().equals("nsubj"), t.head()));
      }
    }
    return out;
  }

  /**
   * A person when the head or a word of its name is tagged PERSON ("Chief of the General Staff
   * General Valery Gerasimov") or the head is a noun naming one person; a group when plural.
   */
  private static Kind kindOf(SentenceGraph g, Token head) {
    boolean plural = head.xpos().equals("NNS") || head.xpos().equals("NNPS");
    if (PERSON_NOUNS.contains(g.lemma(head))) {
      return plural ? Kind.GROUP : Kind.PERSON;
    }
    if (plural) {
      return Kind.GROUP;
    }
    if (head.ner().equals("PERSON")) {
      return Kind.PERSON;
    }
    for (int c : g.childIndexes(head)) {
      Token d = g.token(c);
      if (d.ner().equals("PERSON")
          && (d.baseRelation().equals("flat")
              || d.baseRelation().equals("appos")
              || d.baseRelation().equals("compound"))) {
        return Kind.PERSON;
      }
    }
    return Kind.BODY;
  }

  /**
   * The actor a third-person pronoun of the current sentence stands for, or null. The mention keeps
   * the pronoun's own text and span, names the antecedent's text in {@link
   * ActorMention#antecedent()}, and its entries start with {@code antecedent:BEGIN-END}, the span
   * of the antecedent, followed by the antecedent's dictionary entries.
   */
  ActorMention antecedent(Token pronoun) {
    if (prepass) {
      return null; // the actors the sentences name are found without resolving pronouns
    }
    if (!pronoun.upos().equals("PRON") && pronoun.upos().equals("NOUN")) {
      SentenceGraph g = graphs.get(currentSentence);
      return g != null && isTitleReference(g, pronoun)
          ? titleReference(pronoun)
          : definiteReference(pronoun);
    }
    if (pronoun.upos().equals("PROPN")) {
      return shortName(pronoun);
    }
    String word = pronoun.text().toLowerCase(Locale.ROOT);
    Kind kind = PRONOUNS.get(word);
    if (kind == null || pronoun.baseRelation().equals("expl")) {
      return null;
    }
    boolean bound = !REFLEXIVE_OR_POSSESSIVE.contains(word);
    Entity e = nearestBefore(pronoun, kind, bound);
    if (e == null) {
      e = inEarlierSentences(kind);
    }
    if (e == null || e.mention() == null) {
      return null;
    }
    ActorMention a = e.mention();
    List<String> entries = new ArrayList<>(a.entries().size() + 1);
    entries.add("antecedent:" + a.begin() + "-" + a.end());
    entries.addAll(a.entries());
    return new ActorMention(
        a.code(), pronoun.text(), pronoun.begin(), pronoun.end(), entries, a.text());
  }

  /**
   * Whether {@code t} is a one-word person name (tagged PERSON, with no other word of the name
   * around it) that may be the surname of a person named in full before: "Jonathan" after
   * "President Goodluck Jonathan".
   */
  static boolean isShortName(SentenceGraph g, Token t) {
    return t.upos().equals("PROPN")
        && t.ner().equals("PERSON")
        && !INSIDE_A_NAME.contains(t.deprel())
        && g.children(t, Set.of("compound", "flat", "flat:name", "name")).isEmpty();
  }

  /**
   * The person named in full earlier in the article (this sentence first, then the sentences
   * before, nearest first) whose name ends with the one word {@code name}, when all such persons
   * are one actor; else null. The parts of a hyphenated name are words of their own: news calls
   * "General Waqar-uz-Zaman" "Zaman".
   */
  private ActorMention shortName(Token name) {
    String word = name.text().toLowerCase(Locale.ROOT);
    List<Entity> found = new ArrayList<>(2);
    for (int s = currentSentence; s >= 0 && found.isEmpty(); s--) {
      for (Entity e : bySentence.getOrDefault(s, List.of())) {
        if (e.mention() == null
            || e.kind() != Kind.PERSON
            || (s == currentSentence && e.token() >= name.index())) {
          continue;
        }
        // the parts of a hyphenated name count as words: "Zaman" after "Waqar-uz-Zaman"
        String[] words = e.mention().text().toLowerCase(Locale.ROOT).split("[\\s\\-\u2010]+");
        if (words.length >= 2 && words[words.length - 1].equals(word)) {
          found.add(e);
        }
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    for (Entity e : found) {
      if (!code(e).equals(code(found.get(0)))) {
        return null; // two persons of that name: ambiguous
      }
    }
    ActorMention a = found.get(found.size() - 1).mention();
    List<String> entries = new ArrayList<>(a.entries().size() + 1);
    entries.add("antecedent:" + a.begin() + "-" + a.end());
    entries.addAll(a.entries());
    return new ActorMention(a.code(), name.text(), name.begin(), name.end(), entries, a.text());
  }

  /** Nouns that, with "the", refer back to an actor of a kind: a bloc, a state, an armed group. */
  private static final Map<String, Predicate<String>> DEFINITE_NOUNS =
      Map.ofEntries(
          Map.entry("bloc", code -> code.startsWith("IGO")),
          Map.entry("alliance", code -> code.startsWith("IGO")),
          Map.entry("organisation", code -> code.startsWith("IGO")),
          Map.entry("organization", code -> code.startsWith("IGO")),
          Map.entry("grouping", code -> code.startsWith("IGO")),
          Map.entry("country", code -> stateOf(code) != null),
          Map.entry("nation", code -> stateOf(code) != null),
          Map.entry("group", ActorResolver::isArmedGroup));

  /**
   * Whether {@code head} is a definite noun that refers back to an actor: "the (regional) bloc",
   * "the country", "the group", with no name or possessor of its own.
   */
  static boolean isDefiniteReference(SentenceGraph g, Token head) {
    if (!head.upos().equals("NOUN") || !DEFINITE_NOUNS.containsKey(g.lemma(head))) {
      return false;
    }
    boolean definite = false;
    for (int c : g.childIndexes(head)) {
      Token d = g.token(c);
      String rel = d.baseRelation();
      if (rel.equals("det") && (g.is(d, "the") || g.is(d, "this"))) {
        definite = true;
      } else if (rel.equals("nmod") || rel.equals("compound") || rel.equals("acl")) {
        return false; // "the group of experts", "the Wagner group": a phrase of its own
      }
    }
    return definite;
  }

  /** Titles of a head of state or government, alone after "the": "the president". */
  private static final Set<String> HEAD_TITLES = Set.of("president", "premier", "chancellor");

  /**
   * Whether {@code head} is "the president", "the premier", "the chancellor" or "the prime
   * minister", with no other word: no country, name, possessor or other modifier ("the former
   * president", "the foreign minister" are not).
   */
  static boolean isTitleReference(SentenceGraph g, Token head) {
    if (!head.upos().equals("NOUN")) {
      return false;
    }
    String lemma = g.lemma(head);
    boolean prime = false;
    boolean definite = false;
    for (int c : g.childIndexes(head)) {
      Token d = g.token(c);
      String rel = d.baseRelation();
      if (rel.equals("det") && g.is(d, "the")) {
        definite = true;
      } else if (rel.equals("amod") && g.is(d, "prime") && d.index() == head.index() - 1) {
        prime = true;
      } else if (!rel.equals("punct")) {
        return false;
      }
    }
    return definite && (prime ? lemma.equals("minister") : HEAD_TITLES.contains(lemma));
  }

  /**
   * The person a head-of-government title stands for ("the prime minister" after "Theresa May"):
   * the persons named before it in the article with a government code ({@code GBRGOV}), of the
   * article's country when it has one, when they are all one actor; else null. The dictionaries do
   * not say which office a person holds, so a title is resolved only when one government person
   * could be meant.
   */
  private ActorMention titleReference(Token noun) {
    SentenceGraph g = graphs.get(currentSentence);
    List<Entity> found = new ArrayList<>(2);
    for (int s = 0; s <= currentSentence; s++) {
      for (Entity e : bySentence.getOrDefault(s, List.of())) {
        if (e.mention() == null
            || e.kind() != Kind.PERSON
            || (s == currentSentence && e.token() >= noun.index())) {
          continue;
        }
        String code = e.mention().code();
        if (code.length() == 6
            && code.endsWith("GOV")
            && (articleCountry == null || code.startsWith(articleCountry))) {
          found.add(e);
        }
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    for (Entity e : found) {
      if (!e.mention().code().equals(found.get(0).mention().code())) {
        return null; // two governments' persons: which one is meant is not known
      }
    }
    ActorMention a = found.get(found.size() - 1).mention();
    Token first = noun;
    for (int c : g.childIndexes(noun)) {
      if (c < first.index() && !g.token(c).upos().equals("PUNCT")) {
        first = g.token(c);
      }
    }
    List<String> entries = new ArrayList<>(a.entries().size() + 1);
    entries.add("antecedent:" + a.begin() + "-" + a.end());
    entries.addAll(a.entries());
    return new ActorMention(
        a.code(),
        g.sentenceText(first.begin(), noun.end()),
        first.begin(),
        noun.end(),
        entries,
        a.text());
  }

  /**
   * The actor a definite noun refers back to: the nearest earlier actor of its kind, in its own
   * sentence, then in up to {@value #WINDOW} sentences before. A state is given as its bare code
   * ("the country" after "Niger's military" is NER).
   */
  private ActorMention definiteReference(Token noun) {
    SentenceGraph g = graphs.get(currentSentence);
    if (g == null || !isDefiniteReference(g, noun)) {
      return null;
    }
    String lemma = g.lemma(noun);
    Predicate<String> fits = DEFINITE_NOUNS.get(lemma);
    Entity found = null;
    for (Entity e : current) {
      if (e.token() < noun.index() && e.mention() != null && fits.test(e.mention().code())) {
        found = e;
      }
    }
    for (int s = currentSentence - 1;
        found == null && s >= currentSentence - WINDOW && s >= 0;
        s--) {
      List<Entity> in = bySentence.getOrDefault(s, List.of());
      for (int i = in.size() - 1; i >= 0 && found == null; i--) {
        Entity e = in.get(i);
        if (e.mention() != null && fits.test(e.mention().code())) {
          found = e;
        }
      }
    }
    if (found == null) {
      return null;
    }
    ActorMention a = found.mention();
    String code = lemma.equals("country") || lemma.equals("nation") ? stateOf(a.code()) : a.code();
    Token first = noun;
    for (int c : g.childIndexes(noun)) {
      Token d = g.token(c);
      if (d.index() < first.index()) {
        first = d;
      }
    }
    List<String> entries = new ArrayList<>(a.entries().size() + 1);
    entries.add("antecedent:" + a.begin() + "-" + a.end());
    entries.addAll(a.entries());
    return new ActorMention(
        code,
        g.sentenceText(first.begin(), noun.end()),
        first.begin(),
        noun.end(),
        entries,
        a.text());
  }

  private Entity nearestBefore(Token pronoun, Kind kind, boolean bound) {
    Entity nearest = null;
    for (Entity e : current) {
      if (e.token() >= pronoun.index() || e.kind() != kind) {
        continue;
      }
      if (bound && e.subject() && e.governor() == pronoun.head()) {
        continue; // "Putin praised him": him is not Putin
      }
      nearest = e;
    }
    return nearest;
  }

  private Entity inEarlierSentences(Kind kind) {
    int limit = currentSentence - WINDOW;
    for (int s = currentSentence - 1; s >= limit && s >= 0; s--) {
      List<Entity> candidates = new ArrayList<>(2);
      for (Entity e : bySentence.getOrDefault(s, List.of())) {
        if (e.kind() == kind) {
          candidates.add(e);
        }
      }
      if (candidates.isEmpty()) {
        continue;
      }
      for (Entity e : candidates) {
        if (e.subject()) {
          return e;
        }
      }
      String code = code(candidates.get(0));
      for (Entity e : candidates) {
        if (!code(e).equals(code)) {
          return null; // two different actors and no subject among them: ambiguous
        }
      }
      return candidates.get(0);
    }
    return null;
  }

  private static String code(Entity e) {
    return e.mention() == null ? "" : e.mention().code();
  }
}
