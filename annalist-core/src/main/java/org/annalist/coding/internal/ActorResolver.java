package org.annalist.coding.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.coding.ActorMention;
import org.annalist.dictionary.ActorEntry;
import org.annalist.dictionary.AgentEntry;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.model.Token;

/**
 * Resolves a noun phrase, given by its head token, to an actor code: a dictionary actor covering
 * the head; else an agent word at the head composed with a country in the phrase, its possessor or
 * its {@code of} phrase; else the possessor, a country modifier, the {@code of} phrase or an
 * apposition. Pronouns are not resolved (coreference is a later stage). Stateless apart from the
 * dictionaries; thread-safe.
 */
public final class ActorResolver {

  /** Relations whose dependents belong to the head's name or description. */
  private static final Set<String> NAME_PARTS =
      Set.of("compound", "flat", "flat:name", "name", "amod", "det", "goeswith", "fixed");

  private static final Set<String> POSSESSOR = Set.of("nmod:poss", "poss");
  private static final Set<String> NMOD = Set.of("nmod", "nmod:of");
  private static final Set<String> APPOS = Set.of("appos");
  private static final Set<String> ROLES =
      Set.of(
          "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SEP", "INS", "UAF", "SPY", "BUS", "MED",
          "CVL", "EDU", "HLH", "REF", "LAB", "ELI", "CRM", "RAD", "HRI", "NGO", "IGO", "PTY", "AGR",
          "ENV", "MOD", "PKO");
  private static final int MAX_DEPTH = 4;

  private final Dictionaries dictionaries;

  public ActorResolver(Dictionaries dictionaries) {
    this.dictionaries = dictionaries;
  }

  /**
   * Actors of the phrase headed by {@code head} and of its conjuncts, in order; unresolved ones
   * left out.
   *
   * @param modifierCountry whether a country that only modifies a common noun stands for the phrase
   *     ("released Palestinian prisoners" → PSE). Right for targets; for sources it makes more
   *     false events than true ones ("killed by an American bullet").
   */
  public List<ActorMention> resolveAll(
      SentenceGraph g, Token head, LocalDate date, boolean modifierCountry) {
    List<ActorMention> out = new ArrayList<>(1);
    for (Token t : g.withConjuncts(head)) {
      List<ActorMention> each = resolveEach(g, t, date, 0);
      if (each.isEmpty() && modifierCountry) {
        ActorMention m = modifierCountry(g, t, date);
        if (m != null) {
          each = List.of(m);
        }
      }
      out.addAll(each);
    }
    return out;
  }

  /**
   * A country or organisation among the modifiers of a common noun: "Palestinian prisoners", "the
   * FARC position".
   */
  private ActorMention modifierCountry(SentenceGraph g, Token head, LocalDate date) {
    if (!head.upos().equals("NOUN")) {
      return null;
    }
    List<Token> parts = new ArrayList<>();
    collectNameParts(g, head, parts, 0);
    int lo = head.index();
    for (Token p : parts) {
      lo = Math.min(lo, p.index());
    }
    ActorMention last = null;
    for (int i = lo - 1; i < head.index() - 1; ) {
      PhraseIndex.Match<ActorEntry> m =
          dictionaries.actors().longestAt(g.keys(), i, head.index() - 1);
      if (m == null) {
        i++;
      } else {
        ActorMention c = mention(g, m, date);
        if (c != null) {
          last = c;
        }
        i = m.end();
      }
    }
    return last;
  }

  public Optional<ActorMention> resolve(SentenceGraph g, Token head, LocalDate date) {
    return Optional.ofNullable(resolve(g, head, date, 0));
  }

  private ActorMention resolve(SentenceGraph g, Token head, LocalDate date, int depth) {
    List<ActorMention> all = resolveEach(g, head, date, depth);
    return all.isEmpty() ? null : all.get(0);
  }

  /**
   * The actors of one phrase: one, or several when an agent takes its countries from a conjoined
   * prepositional phrase ("envoys from Iran and Saudi Arabia").
   */
  private List<ActorMention> resolveEach(SentenceGraph g, Token head, LocalDate date, int depth) {
    if (depth > MAX_DEPTH
        || head.upos().equals("PRON")
        || head.xpos().startsWith("PRP")
        || head.xpos().startsWith("W")) {
      return List.of();
    }
    AgentMatch agent = agentAt(g, head);
    if (agent != null
        && !hasCountryModifier(g, head, agent, date)
        && g.child(head, POSSESSOR) == null) {
      Token pp = countryPhrase(g, head);
      if (pp != null) {
        List<ActorMention> out = new ArrayList<>(2);
        for (Token c : g.withConjuncts(pp)) {
          ActorMention country = resolve(g, c, date, depth + 1);
          if (country != null && !ROLES.contains(country.code())) {
            out.add(composed(g, head, agent, country));
          }
        }
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    ActorMention one = resolveOne(g, head, date, depth);
    return one == null ? List.of() : List.of(one);
  }

  private record AgentMatch(AgentEntry entry, int start) {}

  /** The longest agent phrase ending at the head, or null. */
  private AgentMatch agentAt(SentenceGraph g, Token head) {
    int lo = head.index();
    List<Token> parts = new ArrayList<>();
    collectNameParts(g, head, parts, 0);
    for (Token p : parts) {
      lo = Math.min(lo, p.index());
    }
    for (int start = lo - 1; start < head.index(); start++) {
      AgentEntry a = dictionaries.agents().exactly(g.keys(), start, head.index());
      if (a != null) {
        return new AgentMatch(a, start);
      }
    }
    return null;
  }

  /** An actor among the words before the agent phrase: "Russian" in "Russian jets". */
  private boolean hasCountryModifier(
      SentenceGraph g, Token head, AgentMatch agent, LocalDate date) {
    int lo = head.index();
    List<Token> parts = new ArrayList<>();
    collectNameParts(g, head, parts, 0);
    for (Token p : parts) {
      lo = Math.min(lo, p.index());
    }
    for (int i = lo - 1; i < agent.start(); i++) {
      PhraseIndex.Match<ActorEntry> m = dictionaries.actors().longestAt(g.keys(), i, agent.start());
      if (m != null && m.value().codeOn(date).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private ActorMention composed(
      SentenceGraph g, Token head, AgentMatch agent, ActorMention country) {
    Token first = g.token(agent.start() + 1);
    List<String> entries = new ArrayList<>(country.entries());
    entries.add(agent.entry().id());
    int begin = Math.min(first.begin(), country.begin());
    int end = Math.max(head.end(), country.end());
    return new ActorMention(
        compose(country.code(), agent.entry().role()),
        g.sentenceText(begin, end),
        begin,
        end,
        entries);
  }

  private ActorMention resolveOne(SentenceGraph g, Token head, LocalDate date, int depth) {
    int lo = head.index();
    int hi = head.index();
    List<Token> parts = new ArrayList<>();
    collectNameParts(g, head, parts, 0);
    for (Token p : parts) {
      lo = Math.min(lo, p.index());
      hi = Math.max(hi, p.index());
    }

    // dictionary actors in the phrase, longest match first, left to right
    PhraseIndex<ActorEntry> actors = dictionaries.actors();
    List<PhraseIndex.Match<ActorEntry>> actorMatches = new ArrayList<>(2);
    for (int i = lo - 1; i < hi; ) {
      PhraseIndex.Match<ActorEntry> m = actors.longestAt(g.keys(), i, hi);
      if (m == null) {
        i++;
      } else {
        actorMatches.add(m);
        i = m.end();
      }
    }
    PhraseIndex.Match<ActorEntry> atHead = null;
    for (PhraseIndex.Match<ActorEntry> m : actorMatches) {
      if (m.start() < head.index() && head.index() <= m.end()) {
        atHead = m;
      }
    }

    // the longest agent phrase ending at the head
    PhraseIndex<AgentEntry> agents = dictionaries.agents();
    AgentEntry agent = null;
    int agentStart = -1;
    for (int start = lo - 1; start < head.index() && agent == null; start++) {
      AgentEntry a = agents.exactly(g.keys(), start, head.index());
      if (a != null) {
        agent = a;
        agentStart = start;
      }
    }

    if (atHead != null && (agent == null || atHead.length() >= head.index() - agentStart)) {
      return mention(g, atHead, date);
    }
    if (agent != null) {
      ActorMention country = null;
      for (PhraseIndex.Match<ActorEntry> m : actorMatches) {
        if (m.end() <= agentStart) {
          ActorMention c = mention(g, m, date);
          if (c != null) {
            country = c;
          }
        }
      }
      if (country == null) {
        Token poss = g.child(head, POSSESSOR);
        if (poss != null) {
          country = resolve(g, poss, date, depth + 1);
        }
      }
      if (country == null) {
        Token of = countryPhrase(g, head);
        if (of != null) {
          country = resolve(g, of, date, depth + 1);
        }
      }
      if (country != null && ROLES.contains(country.code())) {
        country = null; // "delegation of senators": a role is not a country
      }
      Token first = g.token(agentStart + 1);
      List<String> entries = new ArrayList<>();
      int begin = first.begin();
      if (country != null) {
        entries.addAll(country.entries());
        begin = Math.min(begin, country.begin());
      }
      entries.add(agent.id());
      int end = Math.max(head.end(), country == null ? 0 : country.end());
      String code = country == null ? agent.role() : compose(country.code(), agent.role());
      return new ActorMention(code, g.sentenceText(begin, end), begin, end, entries);
    }
    Token poss = g.child(head, POSSESSOR);
    if (poss != null) {
      ActorMention m = resolve(g, poss, date, depth + 1);
      if (m != null) {
        return m;
      }
    }
    Token of = countryPhrase(g, head);
    if (of != null) {
      ActorMention m = resolve(g, of, date, depth + 1);
      if (m != null) {
        return m;
      }
    }
    Token appos = g.child(head, APPOS);
    if (appos != null) {
      return resolve(g, appos, date, depth + 1);
    }
    return null;
  }

  /**
   * True for a role code standing alone ({@code COP}): an agent whose country the sentence does not
   * give.
   */
  public static boolean isBareRole(String code) {
    return ROLES.contains(code);
  }

  /**
   * Actor + role. A country takes the role ({@code RUS}+{@code MIL} = {@code RUSMIL}) or swaps its
   * own ({@code SYRGOV}+{@code MIL} = {@code SYRMIL}). An organisation keeps its code when it
   * already has the role or the role is {@code GOV} ("Hamas leaders" are Hamas), else takes it
   * ({@code IGOUNO}+{@code MIL}).
   */
  static String compose(String actorCode, String role) {
    if (actorCode.length() == 3) {
      return actorCode + role;
    }
    if (actorCode.length() == 6 && ROLES.contains(actorCode.substring(3))) {
      return actorCode.substring(0, 3) + role;
    }
    for (int i = 3; i + 3 <= actorCode.length(); i += 3) {
      if (actorCode.startsWith(role, i)) {
        return actorCode;
      }
    }
    return role.equals("GOV") ? actorCode : actorCode + role;
  }

  private static void collectNameParts(SentenceGraph g, Token t, List<Token> out, int depth) {
    if (depth > 6) {
      return;
    }
    for (int c : g.childIndexes(t)) {
      Token d = g.token(c);
      if (NAME_PARTS.contains(d.deprel()) || NAME_PARTS.contains(d.baseRelation())) {
        out.add(d);
        collectNameParts(g, d, out, depth + 1);
      }
    }
  }

  /**
   * The noun of an {@code of} or {@code from} phrase on {@code head}: "the army of Syria", "the
   * head of the council", "envoys from Iran".
   */
  private static Token countryPhrase(SentenceGraph g, Token head) {
    for (Token d : g.children(head, NMOD)) {
      if (d.index() > head.index()) {
        String p = g.preposition(d);
        if (p.equals("of") || p.equals("from")) {
          return d;
        }
      }
    }
    return null;
  }

  private ActorMention mention(SentenceGraph g, PhraseIndex.Match<ActorEntry> m, LocalDate date) {
    Optional<String> code = m.value().codeOn(date);
    if (code.isEmpty()) {
      return null;
    }
    Token first = g.token(m.start() + 1);
    Token last = g.token(m.end());
    return new ActorMention(
        code.get(),
        g.sentenceText(first.begin(), last.end()),
        first.begin(),
        last.end(),
        List.of(m.value().id()));
  }
}
