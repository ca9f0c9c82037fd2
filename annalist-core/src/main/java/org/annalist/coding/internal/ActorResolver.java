package org.annalist.coding.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.cameo.ActorCodes;
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
 * apposition. A pronoun stands for the actor its sentence graph names for it ({@link Discourse}).
 * Stateless apart from the dictionaries; thread-safe.
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
          "REL", "CVL", "EDU", "HLH", "REF", "LAB", "ELI", "CRM", "RAD", "HRI", "NGO", "IGO", "PTY",
          "AGR", "ENV", "MOD", "PKO");
  private static final int MAX_DEPTH = 4;

  /** Nouns that, with a possessive pronoun, name the possessor's own country ("his country"). */
  private static final Set<String> OWN_COUNTRY = Set.of("country", "nation", "homeland");

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
    for (Token t : listMembers(g, head)) {
      List<ActorMention> each = resolveEach(g, t, date, 0);
      if (each.isEmpty() && modifierCountry && t.upos().equals("NOUN") && !isPronoun(t)) {
        // "Eriadori and Calenardhon leaders": each conjoined modifier
        each = new Phrase(g, t).actorsBefore(t.index() - 1, date);
      } else if (each.isEmpty() && !isPronoun(t)) {
        // a name compounded with a common noun stands for it as a source too ("Gollum centre",
        // "the Hamas leadership"); an adjective does not ("killed by an American bullet")
        each = compoundName(g, t, date);
      }
      out.addAll(each);
    }
    return shareCountry(out);
  }

  /**
   * The conjuncts of a phrase, and in a list the parser read partly as apposition ("Mordor, the
   * Shire, Arnor and Bree"), the appositive names and their conjuncts.
   */
  private static List<Token> listMembers(SentenceGraph g, Token head) {
    List<Token> members = g.withConjuncts(head);
    // every appositive name: "Saudi Arabia, Bahrain, the UAE, and Egypt" has two
    List<Token> apposMembers = new ArrayList<>(2);
    for (Token appos : g.children(head, APPOS)) {
      if (appos.upos().equals("PROPN")) {
        apposMembers.addAll(g.withConjuncts(appos));
      }
    }
    if (apposMembers.isEmpty() || (members.size() == 1 && apposMembers.size() == 1)) {
      return members; // a plain apposition: "Putin, the Russian president"
    }
    List<Token> all = new ArrayList<>(members);
    all.addAll(apposMembers);
    return all;
  }

  /**
   * Conjoined roles share a country: in "Danish media and government" the government is Danish too.
   */
  private static List<ActorMention> shareCountry(List<ActorMention> mentions) {
    if (mentions.size() < 2) {
      return mentions;
    }
    List<String> countries = new ArrayList<>(2);
    for (ActorMention m : mentions) {
      String c = m.code();
      // the country with its qualifiers: "Danish Islamist media and government" (DNKMUS)
      String role = c.length() >= 6 ? c.substring(c.length() - 3) : "";
      if (m.entries().size() >= 2 && ROLES.contains(role)) {
        String country = c.substring(0, c.length() - 3);
        if (!countries.contains(country)) {
          countries.add(country);
        }
      }
    }
    if (countries.isEmpty()) {
      return mentions;
    }
    List<ActorMention> out = new ArrayList<>(mentions.size());
    for (ActorMention m : mentions) {
      if (!ROLES.contains(m.code())) {
        out.add(m);
        continue;
      }
      for (String country : countries) {
        out.add(new ActorMention(country + m.code(), m.text(), m.begin(), m.end(), m.entries()));
      }
    }
    return out;
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
    if (depth > MAX_DEPTH) {
      return List.of();
    }
    if (isPronoun(head)) {
      // a pronoun heading the phrase stands for its antecedent; as a possessor only where the
      // phrase is the possessor's own ("his government", "his country"), see withAgent and below
      ActorMention a = depth == 0 ? g.antecedent(head) : null;
      return a == null ? List.of() : List.of(a);
    }
    Phrase phrase = new Phrase(g, head);
    PhraseIndex.Match<ActorEntry> atHead = phrase.actorAtHead();
    AgentMatch agent = phrase.agent;
    if (atHead != null && (agent == null || atHead.length() >= head.index() - agent.start())) {
      ActorMention m = mention(g, atHead, date);
      return m == null ? List.of() : List.of(m);
    }
    if (agent != null && depth == 0 && Discourse.isTitleReference(g, head)) {
      // "the prime minister": the one government person named before ({@link Discourse})
      ActorMention a = g.antecedent(head);
      if (a != null) {
        return List.of(a);
      }
    }
    if (agent != null) {
      return withAgent(g, head, phrase, date, depth);
    }
    Token possessor = g.child(head, POSSESSOR);
    if (possessor != null && isPronoun(possessor) && OWN_COUNTRY.contains(g.lemma(head))) {
      // "his country", "its nation": the country of the one the pronoun stands for
      ActorMention a = g.antecedent(possessor);
      boolean national =
          a != null
              && (a.code().length() == 3
                  || (a.code().length() == 6 && ROLES.contains(a.code().substring(3))));
      if (national && !ROLES.contains(a.code().substring(0, 3))) {
        String country = a.code().substring(0, 3);
        Token det = possessor.index() < head.index() ? possessor : head;
        return List.of(
            new ActorMention(
                country,
                g.sentenceText(det.begin(), head.end()),
                det.begin(),
                head.end(),
                a.entries(),
                a.antecedent()));
      }
    }
    // then the possessor, the of/from phrase, an apposition
    Token[] others = {
      g.child(head, POSSESSOR), countryPhrase(g, head, false), g.child(head, APPOS)
    };
    for (Token other : others) {
      if (other == null) {
        continue;
      }
      ActorMention m = resolve(g, other, date, depth + 1);
      if (m != null) {
        return List.of(m);
      }
    }
    if (depth == 0 && Discourse.isDefiniteReference(g, head)) {
      // "the regional bloc", "the country", "the group": an actor named before ({@link Discourse})
      ActorMention a = g.antecedent(head);
      if (a != null) {
        return List.of(a);
      }
    }
    if (depth == 0 && Discourse.isShortName(g, head)) {
      // "Jonathan" after "President Goodluck Jonathan": the person named in full before
      ActorMention a = g.antecedent(head);
      if (a != null) {
        return List.of(a);
      }
    }
    // inside another phrase, a name compounded with a common noun stands for it: "soldiers from
    // the Gondor garrison" (at the top, only sources and targets that name no country get this)
    return depth > 0 ? compoundName(g, head, date) : List.of();
  }

  /**
   * An agent at the head takes its country from a modifier ("Russian jets"), the possessor
   * ("Russia's army") or an of/from phrase, each conjunct of it giving an actor ("envoys from Iran
   * and Saudi Arabia"); with none, it stands alone as a bare role.
   */
  private List<ActorMention> withAgent(
      SentenceGraph g, Token head, Phrase phrase, LocalDate date, int depth) {
    AgentMatch agent = phrase.agent;
    ActorMention country = phrase.countryBefore(agent.start(), date);
    if (country == null && agent.entry().prefix() && agent.start() < head.index() - 1) {
      // an agent whose code comes first, before a name: "MSF Arnor" (NGOARN)
      PhraseIndex.Match<ActorEntry> atHead = phrase.actorAtHead();
      country = atHead == null ? null : mention(g, atHead, date);
    }
    if (country == null) {
      Token poss = g.child(head, POSSESSOR);
      if (poss != null && isPronoun(poss)) {
        country = g.antecedent(poss); // "his government", "their troops"
      } else {
        country = poss == null ? null : resolve(g, poss, date, depth + 1);
      }
    }
    if (country != null && !ROLES.contains(country.code())) {
      return List.of(withOtherAgents(g, phrase, composed(g, head, agent, country)));
    }
    Token pp = countryPhrase(g, head, true);
    if (pp != null) {
      List<ActorMention> out = new ArrayList<>(2);
      for (Token c : g.withConjuncts(pp)) {
        ActorMention each = resolve(g, c, date, depth + 1);
        if (each != null && !ROLES.contains(each.code())) { // "delegation of senators": no country
          out.add(composed(g, head, agent, each));
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    PhraseIndex.Match<ActorEntry> named = phrase.actorAtHead();
    ActorMention person = named == null ? null : mention(g, named, date);
    if (person != null) {
      // a title without a country before a known name: "Vice President Mike Pence" is Pence
      return List.of(person);
    }
    Token first = g.token(agent.start() + 1);
    return List.of(
        new ActorMention(
            agent.entry().role(),
            g.sentenceText(first.begin(), head.end()),
            first.begin(),
            head.end(),
            List.of(agent.entry().id())));
  }

  private record AgentMatch(AgentEntry entry, int start) {}

  /**
   * The other agents among the name's words before the head's agent that qualify an actor rather
   * than give its role: a religion or a movement ("Danish Islamist media": {@code DNK} + {@code
   * MUS} + {@code MED}), and agents whose code goes first ("an MSF Arnor diplomat": {@code NGO} +
   * {@code ARNGOV}). A second role ("opposition leader") is not composed: the head's role wins.
   */
  private ActorMention withOtherAgents(SentenceGraph g, Phrase phrase, ActorMention m) {
    List<AgentMatch> others = phrase.otherAgents();
    if (others.isEmpty()) {
      return m;
    }
    String code = m.code();
    List<String> entries = new ArrayList<>(m.entries());
    // qualifiers go before a final role ("DNK" + "MUS" + "MED"), else after the code
    boolean endsWithRole = code.length() >= 6 && ROLES.contains(code.substring(code.length() - 3));
    String base = endsWithRole ? code.substring(0, code.length() - 3) : code;
    String roles = endsWithRole ? code.substring(code.length() - 3) : "";
    StringBuilder qualifiers = new StringBuilder();
    String prefix = "";
    for (AgentMatch a : others) {
      String role = a.entry().role();
      if (a.entry().prefix()) {
        if (!code.startsWith(role) && !prefix.contains(role)) {
          prefix = prefix + role;
          entries.add(a.entry().id());
        }
      } else if (!ROLES.contains(role) && !code.contains(role)) {
        qualifiers.append(role);
        entries.add(a.entry().id());
      }
    }
    if (qualifiers.isEmpty() && prefix.isEmpty()) {
      return m;
    }
    String composed = prefix + base + qualifiers + roles;
    Token first = g.token(others.get(0).start() + 1);
    int begin = Math.min(first.begin(), m.begin());
    return new ActorMention(
        composed, g.sentenceText(begin, m.end()), begin, m.end(), List.copyOf(entries));
  }

  /**
   * A noun phrase around its head: the span of its name parts, the dictionary actors in it (longest
   * match first, left to right) and the longest agent phrase ending at the head.
   */
  private final class Phrase {
    private final SentenceGraph g;
    private final Token head;
    private final List<PhraseIndex.Match<ActorEntry>> actors = new ArrayList<>(2);
    private final AgentMatch agent;
    private final int lo;

    Phrase(SentenceGraph g, Token head) {
      this.g = g;
      this.head = head;
      int lo = head.index();
      int hi = head.index();
      List<Token> parts = new ArrayList<>();
      collectNameParts(g, head, parts, 0);
      for (Token p : parts) {
        lo = Math.min(lo, p.index());
        hi = Math.max(hi, p.index());
      }
      // a name may run on through the head's own phrases ("Prince of Dol Amroth")
      int reach = Math.max(hi, subtreeEnd(g, head, 0));
      for (int i = lo - 1; i < hi; ) {
        PhraseIndex.Match<ActorEntry> m = dictionaries.actors().longestAt(g.keys(), i, reach);
        if (m == null) {
          i++;
        } else {
          actors.add(m);
          i = m.end();
        }
      }
      if (actorAtHead() == null && !parts.isEmpty()) {
        apartName(parts);
      }
      AgentMatch found = null;
      // an agent running through the head's own phrases ("Ministry of Silly Walks"), else the
      // longest agent ending at the head, else one ending nearest before it among the name's words
      // ("Bree President Romendacil", "Deputy Prime Minister Telemar")
      for (int end = reach; end > head.index() && found == null; end--) {
        for (int start = lo - 1; start < head.index() && found == null; start++) {
          AgentEntry a = dictionaries.agents().exactly(g.keys(), start, end);
          if (a != null) {
            found = new AgentMatch(a, start);
          }
        }
      }
      for (int end = head.index(); end >= lo && found == null; end--) {
        if (end < head.index() && actorCovers(end - 1)) {
          continue;
        }
        for (int start = lo - 1; start < end && found == null; start++) {
          AgentEntry a = dictionaries.agents().exactly(g.keys(), start, end);
          if (a != null) {
            found = new AgentMatch(a, start);
          }
        }
      }
      agent = found;
      this.lo = lo;
    }

    /**
     * A dictionary name whose words stand apart among the words before the head, with common words
     * between them ("Ithilen state-run television" for ITHILEN TELEVISION); it replaces the actors
     * it spans.
     */
    private void apartName(List<Token> parts) {
      List<Token> before = new ArrayList<>(parts.size() + 1);
      for (Token p : parts) {
        if (p.index() < head.index()) {
          before.add(p);
        }
      }
      before.sort(java.util.Comparator.comparingInt(Token::index));
      before.add(head);
      int[] positions = new int[before.size()];
      boolean[] skippable = new boolean[before.size()];
      for (int k = 0; k < positions.length; k++) {
        Token t = before.get(k);
        positions[k] = t.index() - 1;
        skippable[k] =
            (t.upos().equals("NOUN") || t.upos().equals("ADJ")) && !actorCovers(t.index() - 1);
      }
      PhraseIndex.Match<ActorEntry> m =
          dictionaries.actors().longestEndingAt(g.keys(), positions, skippable);
      if (m != null) {
        actors.removeIf(a -> a.start() >= m.start() && a.end() <= m.end());
        actors.add(m);
        actors.sort(java.util.Comparator.comparingInt(PhraseIndex.Match::start));
      }
    }

    /**
     * The agents among the name's words before the head's agent and not inside a dictionary actor,
     * left to right, longest first at each word.
     */
    List<AgentMatch> otherAgents() {
      List<AgentMatch> out = new ArrayList<>(1);
      if (agent == null) {
        return out;
      }
      for (int i = lo - 1; i < agent.start(); i++) {
        if (actorCovers(i)) {
          continue;
        }
        for (int end = agent.start(); end > i; end--) {
          AgentEntry a = dictionaries.agents().exactly(g.keys(), i, end);
          if (a != null && !actorCoversAny(i, end)) {
            out.add(new AgentMatch(a, i));
            i = end - 1;
            break;
          }
        }
      }
      return out;
    }

    private boolean actorCoversAny(int from, int to) {
      for (int i = from; i < to; i++) {
        if (actorCovers(i)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a dictionary actor in the phrase covers token {@code i} (0-based). */
    private boolean actorCovers(int i) {
      for (PhraseIndex.Match<ActorEntry> m : actors) {
        if (m.start() <= i && i < m.end()) {
          return true;
        }
      }
      return false;
    }

    PhraseIndex.Match<ActorEntry> actorAtHead() {
      for (PhraseIndex.Match<ActorEntry> m : actors) {
        if (m.start() < head.index() && head.index() <= m.end()) {
          return m;
        }
      }
      return null;
    }

    /** The actors with a code on {@code date} that end at or before token {@code limit}. */
    List<ActorMention> actorsBefore(int limit, LocalDate date) {
      List<ActorMention> out = new ArrayList<>(1);
      for (PhraseIndex.Match<ActorEntry> m : actors) {
        if (m.end() <= limit) {
          ActorMention c = mention(g, m, date);
          if (c != null) {
            out.add(c);
          }
        }
      }
      return out;
    }

    /**
     * The last actor with a code on {@code date} that ends at or before token {@code limit}
     * (0-based).
     */
    ActorMention countryBefore(int limit, LocalDate date) {
      List<ActorMention> before = actorsBefore(limit, date);
      return before.isEmpty() ? null : before.get(before.size() - 1);
    }
  }

  private List<ActorMention> compoundName(SentenceGraph g, Token head, LocalDate date) {
    List<Token> names = new ArrayList<>(1);
    for (Token d : g.children(head, Set.of("compound"))) {
      if (d.index() < head.index() && d.upos().equals("PROPN")) {
        ActorMention m = resolve(g, d, date, 1);
        if (m != null) {
          return List.of(m);
        }
        names.add(d);
      }
    }
    if (names.isEmpty()) {
      return List.of();
    }
    // a dictionary name that takes in the phrase's article: "The KU basketball team" for THE KU
    for (PhraseIndex.Match<ActorEntry> m : new Phrase(g, head).actors) {
      for (Token d : names) {
        if (m.start() < d.index() && d.index() <= m.end() && m.end() < head.index()) {
          ActorMention a = mention(g, m, date);
          return a == null ? List.of() : List.of(a);
        }
      }
    }
    return List.of();
  }

  /** The 1-based index of the last token in {@code t}'s subtree. */
  private static int subtreeEnd(SentenceGraph g, Token t, int depth) {
    int end = t.index();
    if (depth > 8) {
      return end;
    }
    for (int c : g.childIndexes(t)) {
      if (c > t.index()) {
        end = Math.max(end, subtreeEnd(g, g.token(c), depth + 1));
      }
    }
    return end;
  }

  /** A pronoun, personal or relative: not an actor of its own. */
  public static boolean isPronoun(Token t) {
    return t.upos().equals("PRON") || t.xpos().startsWith("PRP") || t.xpos().startsWith("W");
  }

  private ActorMention composed(
      SentenceGraph g, Token head, AgentMatch agent, ActorMention country) {
    Token first = g.token(agent.start() + 1);
    List<String> entries = new ArrayList<>(country.entries());
    entries.add(agent.entry().id());
    int begin = Math.min(first.begin(), country.begin());
    int end = Math.max(head.end(), country.end());
    return new ActorMention(
        agent.entry().prefix()
            ? agent.entry().role() + country.code()
            : compose(country.code(), agent.entry().role()),
        g.sentenceText(begin, end),
        begin,
        end,
        entries);
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
   * own ({@code SYRGOV}+{@code MIL} = {@code SYRMIL}); a code that is no role, such as a movement,
   * follows it ({@code GMWGOV}+{@code WGO} = {@code GMWGOVWGO}). An organisation keeps its code
   * when it already has the role or the role is {@code GOV} ("Hamas leaders" are Hamas), else takes
   * it ({@code IGOUNO}+{@code MIL}).
   */
  static String compose(String actorCode, String role) {
    if (actorCode.length() == 3) {
      return actorCode + role;
    }
    if (isArmedGroup(actorCode) && (ARMED_ROLES.contains(role) || actorCode.length() == 6)) {
      // "ISIS fighters", "Hamas gunmen" are the group; "M23 spokesman" speaks for it (CODREB)
      return actorCode;
    }
    if (actorCode.length() == 6 && ROLES.contains(actorCode.substring(3)) && ROLES.contains(role)) {
      return actorCode.substring(0, 3) + role;
    }
    for (int i = 3; i + 3 <= actorCode.length(); i += 3) {
      if (actorCode.startsWith(role, i)) {
        return actorCode;
      }
    }
    return role.equals("GOV") ? actorCode : actorCode + role;
  }

  /** Roles of people who fight. */
  private static final Set<String> ARMED_ROLES = Set.of("MIL", "REB", "UAF", "INS", "SEP");

  /**
   * A non-state armed group: an international militarized group ({@code IMG...}) or a code with a
   * rebel, insurgent, separatist or unidentified-armed role ({@code CODREB}, {@code PSEREBHMS}).
   */
  static boolean isArmedGroup(String code) {
    if (code.startsWith("IMG")) {
      return true;
    }
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      String part = code.substring(i, i + 3);
      if (!part.equals("MIL") && ARMED_ROLES.contains(part)) {
        return true;
      }
    }
    return false;
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
   * The noun of an {@code of}, {@code from} or {@code in} phrase on {@code head}: "the army of
   * Syria", "the head of the council", "envoys from Iran", and for agents {@code in}: "lawmakers in
   * Arnor".
   */
  private static Token countryPhrase(SentenceGraph g, Token head, boolean agent) {
    for (Token d : g.children(head, NMOD)) {
      if (d.index() > head.index()) {
        String p = g.preposition(d);
        if (p.equals("of") || p.equals("from") || (agent && p.equals("in"))) {
          return d;
        }
      }
    }
    return null;
  }

  private ActorMention mention(SentenceGraph g, PhraseIndex.Match<ActorEntry> m, LocalDate date) {
    ActorEntry entry = m.value();
    List<String> entries = List.of(entry.id());
    ActorEntry sharer = dictionaries.sharedActors().exactly(g.keys(), m.start(), m.end());
    if (sharer != null) {
      // a shared name ("Congolese") is the sharer's in an article about the sharer's country,
      // else its owner's; the other entry is named too
      ActorEntry other = entry;
      if (sharer.codeOn(date).flatMap(STATES::stateOf).orElse("").equals(g.articleCountry())) {
        entry = sharer;
      } else {
        other = sharer;
      }
      entries = List.of(entry.id(), SHARED_NAME + other.id());
    }
    Optional<String> code = entry.codeOn(date);
    if (code.isEmpty()) {
      return null;
    }
    Token first = g.token(m.start() + 1);
    Token last = g.token(m.end());
    return new ActorMention(
        code.get(), g.sentenceText(first.begin(), last.end()), first.begin(), last.end(), entries);
  }

  private static final ActorCodes STATES = ActorCodes.standard();

  /** Prefix of the entry, in a mention's entries, that shares the name it was read from. */
  private static final String SHARED_NAME = "shared-name:";

  /** Whether a mention was read from a name two actors share ({@code ~name}). */
  public static boolean isSharedName(ActorMention m) {
    return m.entries().stream().anyMatch(e -> e.startsWith(SHARED_NAME));
  }
}
