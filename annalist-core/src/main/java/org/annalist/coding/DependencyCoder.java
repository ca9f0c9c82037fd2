package org.annalist.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.cameo.ActorCodes;
import org.annalist.cameo.CameoCode;
import org.annalist.cameo.CameoCodes;
import org.annalist.cameo.PloverMapping;
import org.annalist.coding.internal.ActorResolver;
import org.annalist.coding.internal.Clauses;
import org.annalist.coding.internal.Discourse;
import org.annalist.coding.internal.Followers;
import org.annalist.coding.internal.ModalityRules;
import org.annalist.coding.internal.NounEvents;
import org.annalist.coding.internal.PatternMatcher;
import org.annalist.coding.internal.SentenceGraph;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.DiscardEntry;
import org.annalist.dictionary.PatternElement;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.VerbDictionary;
import org.annalist.dictionary.VerbEntry;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Problem;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * Codes events from Universal Dependencies parses with verb patterns.
 *
 * <p>For each verb with a block in the verb dictionary, the most specific matching pattern (else
 * the block's default) gives the CAMEO code. The source is the subject (in the passive, the {@code
 * by} agent; for an open complement, the governing verb's subject), the target the direct object or
 * the pattern's prepositional argument; conjoined actors give one event per dyad. Events need both
 * actors resolved and different, so an actor absent from the sentence never appears.
 *
 * <p>A verb that is the open complement of another verb is coded only when that verb is
 * transparent: intention ("is preparing to withdraw"), aspect ("began to shell"), negation
 * ("refused to withdraw": negated), future ("is about to", "is going to") or obligation;
 * complements of other verbs ("urged Russia to withdraw") are not events of their own. Negated
 * events are left out unless {@link #includingNegated()} is used. Reported speech ("X says Y ...")
 * is kept as {@link CodedEvent#reportedBy()}.
 *
 * <p>Immutable and thread-safe: build one per dictionary set and share it.
 */
public final class DependencyCoder implements EventCoder {

  private static final Set<String> REPORTING =
      Set.of(
          "say",
          "tell",
          "announce",
          "state",
          "claim",
          "report",
          "add",
          "note",
          "insist",
          "stress",
          "declare",
          "warn",
          "confirm",
          "explain",
          "reiterate",
          "assert",
          "allege",
          "write",
          "acknowledge",
          "reveal",
          "argue",
          "affirm",
          "mention",
          "emphasize",
          "emphasise",
          "indicate",
          "suggest",
          "deny",
          "quote",
          "tweet",
          "disclose",
          "testify",
          "contend",
          "maintain",
          "admit",
          "predict");
  private static final Set<String> NOUN_OBLIQUE = Set.of("nmod");
  private static final Set<String> CLAUSE = Set.of("ccomp");
  private static final Set<String> NOT_PHRASE =
      Set.of("acl", "appos", "conj", "cc", "punct", "advcl", "parataxis", "dep");
  private static final Set<String> TOPIC = Set.of("on", "about", "over", "regarding", "concerning");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "on", "near", "inside", "within");

  private final Dictionaries dictionaries;
  private final ActorResolver actors;
  private final CameoCodes cameo;
  private final PloverMapping plover;
  private final Options options;

  /**
   * How the coder behaves beyond the dictionaries.
   *
   * @param includeNegated emit negated events, flagged
   * @param opposites a negated event's code to use instead ({@code ---}: none)
   * @param requireDyad events need a target
   * @param bareRoles roles without a country ("officials") are actors
   * @param newActorWords an actor no dictionary knows is named by its words when it has at most
   *     this many (0: never)
   */
  private record Options(
      boolean includeNegated,
      Map<String, String> opposites,
      boolean requireDyad,
      boolean bareRoles,
      int newActorWords) {
    Options {
      opposites = Map.copyOf(opposites);
    }
  }

  public DependencyCoder(Dictionaries dictionaries) {
    this(dictionaries, new Options(false, Map.of(), true, false, 0));
  }

  private DependencyCoder(Dictionaries dictionaries, Options options) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    this.actors = new ActorResolver(dictionaries);
    this.cameo = CameoCodes.standard();
    this.plover = PloverMapping.standard();
    this.options = options;
  }

  private DependencyCoder with(Options o) {
    return new DependencyCoder(dictionaries, o);
  }

  /**
   * A coder that also emits negated events, flagged {@link Modality#negated()} (for evaluation).
   */
  public DependencyCoder includingNegated() {
    Options o = options;
    return with(
        new Options(true, o.opposites(), o.requireDyad(), o.bareRoles(), o.newActorWords()));
  }

  /**
   * A coder that codes a negated event as its opposite where {@code opposites} gives one ("did not
   * clash" as 050 when 110 is "not 050"; {@code ---} for no event), as UD-PETRARCH does with its
   * coding ontology. Other negated events are handled as before.
   */
  public DependencyCoder withOpposites(Map<String, String> opposites) {
    Options o = options;
    return with(
        new Options(
            o.includeNegated(), opposites, o.requireDyad(), o.bareRoles(), o.newActorWords()));
  }

  /**
   * A coder that also emits events whose target the sentence does not give, with the target {@link
   * #NO_ACTOR} (PETRARCH's {@code require_dyad = false}: "the agency said on Thursday").
   */
  public DependencyCoder withoutDyadRequirement() {
    Options o = options;
    return with(
        new Options(o.includeNegated(), o.opposites(), false, o.bareRoles(), o.newActorWords()));
  }

  /**
   * A coder that takes a role without a country ("officials said", "clerics and lawmakers") as an
   * actor, coded by its role alone ({@code GOV}), as PETRARCH does ({@code ---GOV}). By default
   * such actors are left out: they say too little.
   */
  public DependencyCoder withBareRoles() {
    Options o = options;
    return with(
        new Options(o.includeNegated(), o.opposites(), o.requireDyad(), true, o.newActorWords()));
  }

  /**
   * A coder that names an actor no dictionary knows by its words, upper case and quoted ({@code
   * "THE MINISTRY OF MAGIC"}), when it has at most {@code maxWords} words and the event would
   * otherwise be lost (PETRARCH's {@code new_actor_length}).
   */
  public DependencyCoder withNewActors(int maxWords) {
    Options o = options;
    return with(
        new Options(o.includeNegated(), o.opposites(), o.requireDyad(), o.bareRoles(), maxWords));
  }

  /** The code of an actor the sentence does not give, in events without a dyad. */
  public static final String NO_ACTOR = "---";

  public Dictionaries dictionaries() {
    return dictionaries;
  }

  /**
   * The actor the coder reads in the words at {@code [begin, end)} of a parsed article: the phrase
   * headed by the span's head word (the last word of the span attached outside it, then the ones
   * before), resolved as an event's target is, with the article's date; the first actor whose words
   * overlap the span. Empty when no sentence holds {@code begin} or the dictionaries give no actor
   * there. For measuring actor recognition (entity evaluation) and naming speakers; coding does not
   * use it.
   */
  @Override
  public Optional<ActorMention> actorAt(AnnotatedArticle article, int begin, int end) {
    if (end <= begin) {
      throw new IllegalArgumentException("empty span " + begin + ".." + end);
    }
    LocalDate date = article.article().publicationDate();
    for (Sentence s : article.sentences()) {
      if (s.size() == 0 || begin < s.begin() || begin >= s.end()) {
        continue;
      }
      List<Token> span = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (t.begin() < end && begin < t.end()) {
          span.add(t);
        }
      }
      SentenceGraph g = new SentenceGraph(s, article.text());
      for (int i = span.size() - 1; i >= 0; i--) {
        Token t = span.get(i);
        Token head = s.headOf(t);
        if (head != null && span.contains(head)) {
          continue;
        }
        for (ActorMention m : withCountry(g, actors.resolveAll(g, t, date, true))) {
          if (m.begin() < end && begin < m.end()) {
            return Optional.of(m);
          }
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  @Override
  public CodingResult code(AnnotatedArticle article) {
    Lookahead none = new Lookahead(List.of());
    CodingResult first = codeArticle(article, none);
    if (!none.wanted) {
      return first;
    }
    // a reaction to an act the article narrates only later ("denounced the coup" in the lead):
    // code again, knowing the article's events
    return codeArticle(article, new Lookahead(first.events()));
  }

  /**
   * The events of a previous pass over the same article, for reactions whose act is narrated only
   * after them; {@code wanted} records that a reaction looked for one and found no earlier event.
   */
  private static final class Lookahead {
    final List<CodedEvent> events;
    boolean wanted;

    Lookahead(List<CodedEvent> events) {
      this.events = events;
    }
  }

  private CodingResult codeArticle(AnnotatedArticle article, Lookahead lookahead) {
    List<CodedEvent> events = new ArrayList<>();
    List<Problem> notes = new ArrayList<>();
    Discourse discourse = new Discourse(actors, article);
    for (Sentence s : article.sentences()) {
      if (s.size() > 0) {
        codeSentence(article, discourse.enter(s), events, notes, lookahead);
      }
    }
    return new CodingResult(article.article().id(), events, notes);
  }

  private void codeSentence(
      AnnotatedArticle article,
      SentenceGraph g,
      List<CodedEvent> events,
      List<Problem> notes,
      Lookahead lookahead) {
    Sentence s = g.sentence();
    DiscardEntry discard = discard(g);
    if (discard != null) {
      notes.add(
          new Problem(
              article.article().id() + " sentence " + s.index(),
              "not coded: discard phrase '" + discard.phrase() + "' (" + discard.id() + ")"));
      return;
    }
    LocalDate date = article.article().publicationDate();
    List<Candidate> candidates = new ArrayList<>();
    Set<Integer> consumed = new HashSet<>();
    for (Token v : s.tokens()) {
      if (!v.isVerb() || v.upos().equals("AUX")) {
        continue;
      }
      VerbEntry entry = verbEntry(g, v);
      if (entry == null) {
        continue;
      }
      boolean passive =
          g.hasChild(v, SentenceGraph.PASSIVE_SUBJECT)
              || g.hasChild(v, SentenceGraph.PASSIVE_AUX)
              || (v.deprel().equals("acl") && v.xpos().equals("VBN"));
      Token object = passive ? Clauses.passiveObject(g, v) : g.child(v, SentenceGraph.OBJECT);
      Token subject = passive ? Clauses.passiveAgent(g, v) : Clauses.subject(g, v);
      PatternMatcher.Result r = PatternMatcher.match(g, entry, v, object, subject);
      if (r.pattern() == null && object != null && !passive) {
        // a pattern's noun in a later conjunct of the object: "announced the suspension of the
        // constitution, a curfew and the closure of the borders"
        for (Token conj : g.children(object, Set.of("conj"))) {
          PatternMatcher.Result rc = PatternMatcher.match(g, entry, v, conj, subject);
          if (rc.pattern() != null && rc.code() != null) {
            r = rc;
            object = conj;
            break;
          }
        }
      }
      if (r.complement() != null) {
        consumed.add(r.complement().index());
      }
      if (r.code() != null) {
        candidates.add(new Candidate(v, entry, r, passive, object, subject));
      }
    }
    int before = events.size();
    for (Candidate c : candidates) {
      if (!consumed.contains(c.verb.index())) {
        emit(article, g, c, date, events, lookahead);
      }
    }
    for (NounEvents.Found f : NounEvents.find(g)) {
      emitNounEvent(article, g, f, date, events, before);
    }
    for (Token v : s.tokens()) {
      Followers.Found f = v.isVerb() ? Followers.find(g, v) : null;
      if (f != null) {
        emitFollowers(article, g, f, date, events);
      }
    }
  }

  /**
   * Others doing what an earlier event's source did ("the United States and France followed suit",
   * "the move by the U.S. administration was followed by similar statements from Canada"): the
   * event copied for each follower, with its code and target. The event followed is the latest one
   * in the article whose source the leader phrase names, else (no leader phrase, or one naming no
   * actor) the latest one whose source is none of the followers.
   */
  private void emitFollowers(
      AnnotatedArticle article,
      SentenceGraph g,
      Followers.Found f,
      LocalDate date,
      List<CodedEvent> out) {
    Modality modality = ModalityRules.of(g, f.verb());
    if (modality == null || modality.negated()) {
      return;
    }
    List<ActorMention> followers = new ArrayList<>();
    for (Token t : f.followers()) {
      if (!LOCATIVE.contains(g.preposition(t))) {
        for (ActorMention m : withCountry(g, actors.resolveAll(g, t, date, false), true)) {
          if (followers.stream().noneMatch(x -> x.begin() == m.begin())) {
            followers.add(m); // a conjunct comes again as a name of its own
          }
        }
      }
    }
    if (followers.isEmpty()) {
      return;
    }
    List<ActorMention> leaders =
        f.leader() == null
            ? List.of()
            : withCountry(g, actors.resolveAll(g, f.leader(), date, false), true);
    if (leaders.isEmpty() && f.leader() != null) {
      leaders = actorsInPhrases(g, f.leader(), date);
    }
    CodedEvent followed = null;
    for (int i = out.size() - 1; i >= 0 && followed == null; i--) {
      CodedEvent e = out.get(i);
      String source = e.source().code();
      boolean named =
          leaders.isEmpty()
              ? followers.stream().noneMatch(m -> sameState(m.code(), source))
              : leaders.stream().anyMatch(m -> sameState(m.code(), source));
      followed = named && e.verb().begin() < f.verb().begin() ? e : null;
    }
    if (followed == null) {
      return;
    }
    Site site = new Site(article, g, f.verb(), date);
    ActorMention reporter = reporter(g, f.verb(), date);
    for (ActorMention src : followers) {
      if (sameState(src.code(), followed.target().code())
          || sameState(src.code(), followed.source().code())) {
        continue;
      }
      out.add(
          site.event(
              src,
              followed.target(),
              followed.event(),
              modality,
              reporter,
              "follows:" + followed.id(),
              "follows " + followed.id() + " (" + followed.pattern() + ")"));
    }
  }

  /** Whether two actor codes are of the same state or organisation (three-letter prefix). */
  private static boolean sameState(String a, String b) {
    return a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3);
  }

  /**
   * An event named by a noun the sentence asserts ("the withdrawal of Russian troops from Syria
   * began"), unless a verb event of its governor already codes it ("announced the withdrawal").
   */
  private void emitNounEvent(
      AnnotatedArticle article,
      SentenceGraph g,
      NounEvents.Found f,
      LocalDate date,
      List<CodedEvent> out,
      int sentenceStart) {
    for (int i = sentenceStart; i < out.size(); i++) {
      if (out.get(i).verb().begin() == f.governor().begin()) {
        return;
      }
    }
    Modality modality = ModalityRules.of(g, f.governor());
    if (modality == null || (modality.negated() && !options.includeNegated())) {
      return;
    }
    if (f.intended()) {
      modality = new Modality(modality.negated(), modality.future(), modality.conditional(), true);
    }
    // the one who withdraws is named like a target ("the withdrawal of Russian troops": the
    // troops are Russian); the agent of an arrest or removal like a source
    boolean sourceByModifier = f.rule().sourcePreposition().equals("of");
    List<ActorMention> sources =
        withCountry(g, actors.resolveAll(g, f.source(), date, sourceByModifier), true);
    List<ActorMention> targets =
        f.target() == null
            ? List.of()
            : withCountry(g, actors.resolveAll(g, f.target(), date, true), false);
    if (f.rule().targetRole() != null) {
      targets =
          f.target().upos().equals("PROPN")
              ? targets.stream().filter(m -> m.code().endsWith(f.rule().targetRole())).toList()
              : List.of();
    }
    if (sources.isEmpty() || targets.isEmpty()) {
      return;
    }
    CameoCode code = cameo.getOrUnlisted(f.code());
    ActorMention reporter = reporter(g, f.governor(), date);
    Site site = new Site(article, g, f.noun(), date);
    for (ActorMention src : sources) {
      for (ActorMention tgt : targets) {
        if (src.code().equals(tgt.code()) || src.begin() == tgt.begin()) {
          continue;
        }
        out.add(
            site.event(
                src,
                tgt,
                code,
                modality,
                reporter,
                "noun-events:" + f.rule().id(),
                f.rule().toString()));
      }
    }
  }

  /**
   * Where events are coded: the article, the sentence and the word that names the act (verb or
   * noun). Numbers the events of the word: {@code articleId:sentence:word}, then {@code :1}, {@code
   * :2}.
   */
  private final class Site {
    private final AnnotatedArticle article;
    private final int sentenceIndex;
    private final Span sentence;
    private final Span word;
    private final String baseId;
    private final LocalDate date;
    private int n;

    Site(AnnotatedArticle article, SentenceGraph g, Token word, LocalDate date) {
      Sentence s = g.sentence();
      this.article = article;
      this.sentenceIndex = s.index();
      this.sentence = Span.of(article.text(), s.begin(), s.end());
      this.word = Span.of(article.text(), word.begin(), word.end());
      this.baseId = article.article().id() + ":" + s.index() + ":" + word.index();
      this.date = date;
    }

    CodedEvent event(
        ActorMention source,
        ActorMention target,
        CameoCode code,
        Modality modality,
        ActorMention reporter,
        String patternId,
        String pattern) {
      String id = n == 0 ? baseId : baseId + ":" + n;
      n++;
      return new CodedEvent(
          id,
          article.article().id(),
          date,
          sentenceIndex,
          sentence,
          source,
          target,
          code,
          plover.of(code),
          word,
          modality,
          reporter,
          patternId,
          pattern);
    }
  }

  private record Candidate(
      Token verb,
      VerbEntry entry,
      PatternMatcher.Result match,
      boolean passive,
      Token object,
      Token subject) {}

  private void emit(
      AnnotatedArticle article,
      SentenceGraph g,
      Candidate c,
      LocalDate date,
      List<CodedEvent> out,
      Lookahead lookahead) {
    Token v = c.verb;
    Modality modality = ModalityRules.of(g, v);
    if (modality == null) {
      return;
    }
    PatternMatcher.Result r = c.match;
    String codeText = r.code();
    String reverseText = r.reverseCode();
    if (modality.negated() && options.opposites().containsKey(codeText)) {
      codeText = options.opposites().get(codeText);
      reverseText = null;
      if (codeText.equals("---")) {
        return;
      }
      modality =
          new Modality(false, modality.future(), modality.conditional(), modality.intention());
    } else if (modality.negated() && !options.includeNegated()) {
      return;
    }
    Token subject = c.subject;
    Token sourceTok = subject;
    Token targetTok = c.object;
    if (r.swapObject()) {
      sourceTok = c.object;
      targetTok = subject;
    }
    if (r.source() != null) {
      sourceTok = r.source();
      // the subject, or in the passive its surface subject: "the militia was freed from Barad-dur"
      targetTok = subject != null ? subject : c.passive ? c.object : null;
    }
    if (r.target() != null) {
      targetTok = r.target();
    } else if (!r.swapObject() && r.source() == null) {
      Token iobj = g.child(v, SentenceGraph.INDIRECT_OBJECT);
      if (iobj != null) {
        targetTok = iobj;
      } else if (targetTok == null && r.complement() != null) {
        targetTok = g.child(r.complement(), SentenceGraph.OBJECT);
      }
    }
    boolean targetFromObject = !r.swapObject() && r.source() == null && r.target() == null;
    List<ActorMention> sources =
        sourceTok == null
            ? List.of()
            : withCountry(g, actors.resolveAll(g, sourceTok, date, false), true);
    if (sourceTok == null && c.passive && r.source() == null && !r.swapObject()) {
      // a passive without its agent: the counterpart named in a phrase that is not a place ("was
      // criticized over its dispute with Eriador")
      Token person = relativeAntecedent(g, v, c.object);
      CodedEvent force = person == null ? null : governingForce(g, v, out);
      if (force != null) {
        // "seized power in a coup against the government of Suu Kyi, who was detained along with
        // other leaders": the agent of the act of force the relative clause hangs in
        sources = List.of(force.source());
        targetTok = person;
      } else {
        sources = passiveCounterpart(g, v, c.object, r.skipped(), date);
      }
      sourceTok = sources.isEmpty() ? null : v;
    }
    if (sourceTok == null) {
      return;
    }
    if (sources.isEmpty()
        && sourceTok == subject
        && !c.passive
        && !r.swapObject()
        && sourceTok.upos().equals("NOUN")) {
      // a subject that is an act or a relation: the actors in its phrases ("the resumption of
      // ties between Arnor and Gondor may spur reconciliation")
      sources = actorsInPhrases(g, sourceTok, date);
    }
    if (sources.isEmpty()) {
      sources = newActor(g, sourceTok);
    }
    if (sources.isEmpty()) {
      return;
    }
    List<ActorMention> objectActors =
        targetTok == null ? List.of() : actors.resolveAll(g, targetTok, date, true);
    // the object a pattern's noun phrase matched ("send {troops}") is a thing of the act, not its
    // target: only an object the pattern left open may take the article's country
    boolean objectIsThing =
        targetTok == c.object
            && r.pattern() != null
            && r.pattern().elements().stream()
                .anyMatch(e -> e instanceof PatternElement.ObjectPhrase);
    // and only in a domestic act: a source of the article's country ("Maduro accused the
    // opposition" in an article about Venezuela; not "the Omani minister praised the delegations"
    // in one about Iran)
    boolean domestic =
        g.articleCountry() != null
            && sources.stream().anyMatch(m -> m.code().startsWith(g.articleCountry()));
    List<ActorMention> targets = withCountry(g, objectActors, !objectIsThing && domestic);
    if (targets.isEmpty() && targetFromObject) {
      targets = obliqueTarget(g, v, c.object, sourceTok, c.passive, r.skipped(), date, domestic);
      if (!objectActors.isEmpty() && !targets.isEmpty() && placeOfTheVerb(g, v, targets.get(0))) {
        // the object is a role without a country ("arrested students in Moscow"): the place of
        // the act is not its target
        targets = List.of();
      }
    }
    if (targets.isEmpty() && targetFromObject) {
      // "Arnor believes Dagolath can cope", "allowed that Mordor isn't a pleasant place", "has
      // begun to question whether he has a future with the Morgul Orcs"
      List<Token> clauses = new ArrayList<>(g.children(v, CLAUSE));
      if (r.complement() != null) {
        clauses.addAll(g.children(r.complement(), CLAUSE));
      }
      for (Token clause : clauses) {
        Token inner = g.child(clause, SentenceGraph.SUBJECT);
        if (inner == null) {
          inner = g.child(clause, SentenceGraph.PASSIVE_SUBJECT);
        }
        if (clause.index() > v.index()) {
          targets =
              inner == null ? List.of() : withCountry(g, actors.resolveAll(g, inner, date, true));
          if (targets.isEmpty() && (inner == null || ActorResolver.isPronoun(inner))) {
            // "Frodo said he has deep satisfaction toward Gondor": in the clause
            targets =
                obliqueTarget(
                    g,
                    clause,
                    g.child(clause, SentenceGraph.OBJECT),
                    sourceTok,
                    false,
                    r.skipped(),
                    date);
          }
          break;
        }
      }
    }
    if (targets.isEmpty() && targetFromObject && c.object != null) {
      // a that-clause of the object noun: "expressed hope that the fight against terrorism in
      // Syria would conclude" (its subject, else a phrase of its subject)
      targets = nounClauseTarget(g, c.object, sourceTok, r.skipped(), date);
    }
    if (targets.isEmpty() && targetFromObject) {
      // the object of a purpose clause that is no event of its own: "signed an accord to supply
      // Gondor with wheat" (when "supply" has no verb block)
      for (Token clause : g.children(v, Set.of("advcl"))) {
        Token inner = g.child(clause, SentenceGraph.OBJECT);
        if (inner != null
            && clause.index() > v.index()
            && ModalityRules.hasMarker(g, clause, Set.of("to"))
            && verbEntry(g, clause) == null) {
          targets = withCountry(g, actors.resolveAll(g, inner, date, true));
          if (targets.isEmpty()) { // "vowed to wage war on the Rohans"
            targets = obliqueTarget(g, clause, inner, sourceTok, false, r.skipped(), date);
          }
          break;
        }
      }
    }
    if (targets.isEmpty() && targetFromObject && ModalityRules.isContactPurpose(g, v)) {
      // "Jonathan called Buhari to concede defeat": the person called
      targets =
          withCountry(
              g, actors.resolveAll(g, g.child(g.head(v), SentenceGraph.OBJECT), date, true));
    }
    if (targets.isEmpty() && c.object != null && REACTIONS.contains(root(codeText))) {
      // "condemned the airstrikes": the actor of the strikes coded earlier in the article, else
      // the first such act the article narrates after the reaction
      targets = eventAntecedent(g, c.object, out);
      if (targets.isEmpty()
          && EVENT_NOUNS.containsKey(g.lemma(c.object).toLowerCase(Locale.ROOT))) {
        lookahead.wanted = true;
        targets = laterEvent(g, c.object, lookahead.events);
      }
    }
    if (targets.isEmpty() && DOMESTIC_ACTS.contains(codeText)) {
      // acts a state does within itself (a curfew, a state of emergency, a ban on parties): with
      // no target named, the target is the source's own country
      targets = ownCountry(sources.get(0), v);
    }
    if (targets.isEmpty() && options.newActorWords() > 0) {
      targets = targetTok != null ? newActor(g, targetTok) : List.of();
      for (Token o : targets.isEmpty() ? g.children(v, SentenceGraph.OBLIQUE) : List.<Token>of()) {
        if (o.index() > v.index() && !g.preposition(o).isEmpty() && o != sourceTok) {
          targets = newActor(g, o);
          break;
        }
      }
    }
    if (targets.isEmpty() && !options.requireDyad() && !r.compoundSubject()) {
      targets = List.of(new ActorMention(NO_ACTOR, "", v.begin(), v.begin(), List.of()));
    }
    if (targets.isEmpty() && !r.compoundSubject()) {
      return;
    }
    CameoCode code = cameo.getOrUnlisted(codeText);
    CameoCode reverse = reverseText == null ? null : cameo.getOrUnlisted(reverseText);
    ActorMention reporter = reporter(g, v, date);
    String patternId = r.pattern() == null ? c.entry.id() : r.pattern().id();
    String patternText =
        r.pattern() == null ? c.entry.toString() : c.entry.verbs().get(0) + " " + r.pattern();
    List<ActorMention[]> dyads = new ArrayList<>();
    if (r.compoundSubject()) {
      // "Arnor and Gondor agree": the event holds between the conjoined subjects, each way
      for (ActorMention a : sources) {
        for (ActorMention b : sources) {
          dyads.add(new ActorMention[] {a, b});
        }
      }
    } else {
      for (ActorMention src : sources) {
        for (ActorMention tgt : targets) {
          dyads.add(new ActorMention[] {src, tgt});
          if (reverse != null) {
            dyads.add(new ActorMention[] {tgt, src, null});
          }
        }
      }
    }
    Site site = new Site(article, g, v, date);
    for (ActorMention[] d : dyads) {
      ActorMention src = d[0];
      ActorMention tgt = d[1];
      if (src.code().equals(tgt.code()) || src.begin() == tgt.begin()) {
        continue;
      }
      CameoCode event = d.length == 3 ? reverse : code;
      out.add(site.event(src, tgt, event, modality, reporter, patternId, patternText));
    }
  }

  /**
   * When the object names no actor ("restored ties with Gondor", "left for Minas Tirith"), the
   * first prepositional phrase on the verb, then on its object, that does: the target.
   */
  private List<ActorMention> obliqueTarget(
      SentenceGraph g,
      Token v,
      Token object,
      Token source,
      boolean passive,
      List<Token> skipped,
      LocalDate date) {
    return obliqueTarget(g, v, object, source, passive, skipped, date, false);
  }

  /**
   * @param articleCountry whether a role without a country takes the article's ({@code
   *     withCountry}): for a domestic act only
   */
  private List<ActorMention> obliqueTarget(
      SentenceGraph g,
      Token v,
      Token object,
      Token source,
      boolean passive,
      List<Token> skipped,
      LocalDate date,
      boolean articleCountry) {
    List<Token> candidates = new ArrayList<>(g.children(v, SentenceGraph.OBLIQUE));
    if (object != null) {
      candidates.addAll(g.children(object, NOUN_OBLIQUE));
      candidates.addAll(participleArguments(g, object));
      // a second object, as when a parser takes the second word of "wire tap" for the first
      for (Token other : g.children(v, SentenceGraph.OBJECT)) {
        if (other != object && other.index() > v.index()) {
          candidates.add(other);
          candidates.addAll(g.children(other, NOUN_OBLIQUE));
          candidates.addAll(participleArguments(g, other));
        }
      }
    }
    // and the phrases inside those: "welcomed a resumption of ties with Osgiliath"
    // ("in the dispute with Osgiliath", "bargain for asylum in Gondor"), but not a place inside a
    // topic: "hosted a summit on the situation in Niger"
    for (int i = 0; i < candidates.size() && candidates.size() < 12; i++) {
      Token outer = candidates.get(i);
      boolean placesToo = outer == object || !TOPIC.contains(g.preposition(outer));
      List<Token> inside = new ArrayList<>(g.children(outer, NOUN_OBLIQUE));
      inside.addAll(participleArguments(g, outer));
      if (outer.isVerb()) {
        inside.addAll(g.children(outer, SentenceGraph.OBJECT)); // "against besieged Osgiliath"
      }
      for (Token inner : inside) {
        if (!candidates.contains(inner)
            && (placesToo || !LOCATIVE.contains(g.preposition(inner)))) {
          candidates.add(inner);
        }
      }
    }
    // the first actor after the verb: "the roads leading into Mordor along the pass of ..."
    candidates.sort(java.util.Comparator.comparingInt(Token::index));
    for (Token o : candidates) {
      boolean participleObject = SentenceGraph.OBJECT.contains(o.deprel());
      if (o == source
          || skipped.contains(o)
          || o.index() < v.index()
          || (!participleObject
              && (!o.baseRelation().matches("obl|nmod") || g.preposition(o).isEmpty()))
          || (passive && g.preposition(o).equals("by"))) {
        continue;
      }
      List<ActorMention> found =
          withCountry(g, actors.resolveAll(g, o, date, true), articleCountry && !placeOf(g, o));
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** A phrase naming a place ("in Idlib", "at the border"). */
  private static boolean placeOf(SentenceGraph g, Token o) {
    return LOCATIVE.contains(g.preposition(o));
  }

  /**
   * The first actors named in the prepositional phrases of a noun, or in the phrases inside those,
   * in sentence order; places ({@code in}, {@code at}) left out.
   */
  private List<ActorMention> actorsInPhrases(SentenceGraph g, Token noun, LocalDate date) {
    List<Token> phrases = new ArrayList<>();
    for (Token o : g.children(noun, NOUN_OBLIQUE)) {
      phrases.add(o);
    }
    for (int i = 0; i < phrases.size() && phrases.size() < 8; i++) {
      for (Token inner : g.children(phrases.get(i), NOUN_OBLIQUE)) {
        phrases.add(inner);
      }
    }
    phrases.sort(java.util.Comparator.comparingInt(Token::index));
    for (Token o : phrases) {
      String p = g.preposition(o);
      if (o.index() > noun.index() && !p.isEmpty() && !LOCATIVE.contains(p)) {
        List<ActorMention> found = withCountry(g, actors.resolveAll(g, o, date, false));
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /**
   * The target in a that-clause of an object noun ("hope that ...", "concern that ..."): the
   * clause's subject, else an actor in a phrase of the subject ("the fight against terrorism in
   * Syria"). Only clauses with a marker ("that") after the noun: a relative clause is not one.
   */
  private List<ActorMention> nounClauseTarget(
      SentenceGraph g, Token object, Token source, List<Token> skipped, LocalDate date) {
    for (Token clause : g.children(object, CLAUSE)) {
      if (clause.index() < object.index() || !ModalityRules.hasMarker(g, clause, Set.of("that"))) {
        continue;
      }
      Token inner = g.child(clause, SentenceGraph.SUBJECT);
      if (inner == null) {
        inner = g.child(clause, SentenceGraph.PASSIVE_SUBJECT);
      }
      if (inner == null || inner == source) {
        return List.of();
      }
      List<ActorMention> found = withCountry(g, actors.resolveAll(g, inner, date, true));
      if (found.isEmpty()) {
        found = obliqueTarget(g, inner, null, source, false, skipped, date);
      }
      return found;
    }
    return List.of();
  }

  private List<ActorMention> passiveCounterpart(
      SentenceGraph g, Token v, Token object, List<Token> skipped, LocalDate date) {
    List<Token> phrases = new ArrayList<>();
    for (Token o : g.children(v, SentenceGraph.OBLIQUE)) {
      String p = g.preposition(o);
      if (o.index() > v.index() && !p.isEmpty() && !LOCATIVE.contains(p) && !p.equals("by")) {
        phrases.add(o);
      }
    }
    for (Token o : phrases) {
      List<ActorMention> found = withCountry(g, actors.resolveAll(g, o, date, false));
      if (found.isEmpty()) {
        found = obliqueTarget(g, o, null, object, false, skipped, date);
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * An actor named by its words, when {@link #withNewActors(int)} allows: the noun phrase of {@code
   * head} without its possessive marks, clauses and punctuation.
   */
  private List<ActorMention> newActor(SentenceGraph g, Token head) {
    int max = options.newActorWords();
    if (max <= 0 || !(head.upos().equals("NOUN") || head.upos().equals("PROPN"))) {
      return List.of();
    }
    List<Token> words = new ArrayList<>();
    phraseWords(g, head, words, 0);
    words.sort(java.util.Comparator.comparingInt(Token::index));
    if (words.size() > max) {
      return List.of();
    }
    StringBuilder name = new StringBuilder("\"");
    for (Token w : words) {
      name.append(name.length() > 1 ? " " : "").append(w.text().toUpperCase(java.util.Locale.ROOT));
    }
    name.append('"');
    Token first = words.get(0);
    Token last = words.get(words.size() - 1);
    return List.of(
        new ActorMention(
            name.toString(),
            g.sentenceText(first.begin(), last.end()),
            first.begin(),
            last.end(),
            List.of()));
  }

  private static void phraseWords(SentenceGraph g, Token t, List<Token> out, int depth) {
    if (!t.xpos().equals("POS") && !t.upos().equals("PUNCT")) {
      out.add(t);
    }
    for (int c : g.childIndexes(t)) {
      Token d = g.token(c);
      boolean closeApposition = // "Gryffindor's head Minerva McGonagall"
          (d.baseRelation().equals("appos")
                  || (d.baseRelation().equals("dep") && d.upos().equals("PROPN")))
              && d.index() > t.index()
              && !hasCommaBetween(g, t, d);
      boolean ownPreposition =
          depth == 0 && d.baseRelation().equals("case") && d.index() < t.index();
      if (depth < 6
          && !ownPreposition
          && (!NOT_PHRASE.contains(d.baseRelation()) || closeApposition)) {
        phraseWords(g, d, out, depth + 1);
      }
    }
  }

  private static boolean hasCommaBetween(SentenceGraph g, Token a, Token b) {
    for (int i = a.index(); i < b.index() - 1; i++) {
      if (g.keys().text(i).equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The object and prepositional phrases of participles on a noun: "the roads leading into Mordor",
   * "the parade supporting Gondor".
   */
  private static List<Token> participleArguments(SentenceGraph g, Token noun) {
    List<Token> out = new ArrayList<>(2);
    for (Token acl : g.children(noun, Set.of("acl"))) {
      out.addAll(g.children(acl, SentenceGraph.OBJECT));
      out.addAll(g.children(acl, SentenceGraph.OBLIQUE));
    }
    return out;
  }

  /**
   * Leaves out bare roles ("police", "troops" with no country in the sentence): without a country
   * such an actor says too little, and as a target it is mostly the thing acted with ("deployed
   * troops"). A later context stage can give them the article's country.
   */
  /** Roots of acts that answer another act: disapprove (11), reject (12). */
  private static final Set<String> REACTIONS = Set.of("11", "12");

  /** Nouns that name an act, with the CAMEO roots of the events they can stand for. */
  private static final Map<String, Set<String>> EVENT_NOUNS =
      Map.ofEntries(
          Map.entry("coup", Set.of("18")),
          Map.entry("putsch", Set.of("18")),
          Map.entry("takeover", Set.of("18")),
          Map.entry("attack", Set.of("18", "19", "20")),
          Map.entry("assault", Set.of("18", "19", "20")),
          Map.entry("offensive", Set.of("19")),
          Map.entry("raid", Set.of("19")),
          Map.entry("strike", Set.of("19")),
          Map.entry("airstrike", Set.of("19")),
          Map.entry("bombing", Set.of("18", "19")),
          Map.entry("bombardment", Set.of("19")),
          Map.entry("shelling", Set.of("19")),
          Map.entry("invasion", Set.of("19")),
          Map.entry("incursion", Set.of("19")),
          Map.entry("annexation", Set.of("17", "19")),
          Map.entry("crackdown", Set.of("17")),
          Map.entry("expulsion", Set.of("16")),
          Map.entry("sanction", Set.of("16")));

  /** How many sentences back an act named by a noun is looked for. */
  private static final int EVENT_WINDOW = 8;

  private static String root(String code) {
    return code.length() >= 2 ? code.substring(0, 2) : code;
  }

  /**
   * The actor of the act a noun names ("the airstrikes", "the coup"): the source of the nearest
   * earlier event of the article, within {@value #EVENT_WINDOW} sentences, whose root the noun can
   * stand for. The mention keeps the noun's span; {@code antecedent} names that source and its
   * entries begin with {@code event:ID}, the event it stands for.
   */
  private static List<ActorMention> eventAntecedent(
      SentenceGraph g, Token noun, List<CodedEvent> earlier) {
    Set<String> roots = EVENT_NOUNS.get(g.lemma(noun).toLowerCase(java.util.Locale.ROOT));
    if (roots == null || !noun.upos().equals("NOUN")) {
      return List.of();
    }
    int sentence = g.sentence().index();
    for (int i = earlier.size() - 1; i >= 0; i--) {
      CodedEvent e = earlier.get(i);
      if (e.sentenceIndex() < sentence - EVENT_WINDOW) {
        break;
      }
      if (roots.contains(e.event().root()) && !e.source().code().equals(NO_ACTOR)) {
        return List.of(standIn(g, noun, e));
      }
    }
    return List.of();
  }

  /**
   * The actor of the act a noun names when the article narrates that act only after naming it: the
   * source of the first event of a later sentence, among the article's {@code events} from a
   * previous pass, whose root the noun can stand for. A news lead often reports the reaction
   * ("Tinubu denounced the coup") before the act ("soldiers announced a coup on television").
   * Entries as in {@link #eventAntecedent}.
   */
  private static List<ActorMention> laterEvent(
      SentenceGraph g, Token noun, List<CodedEvent> events) {
    Set<String> roots = EVENT_NOUNS.get(g.lemma(noun).toLowerCase(Locale.ROOT));
    if (roots == null || !noun.upos().equals("NOUN")) {
      return List.of();
    }
    int sentence = g.sentence().index();
    for (CodedEvent e : events) {
      if (e.sentenceIndex() > sentence
          && roots.contains(e.event().root())
          && !e.source().code().equals(NO_ACTOR)) {
        return List.of(standIn(g, noun, e));
      }
    }
    return List.of();
  }

  /** The noun's mention of the source of {@code e}, with the entry {@code event:ID} first. */
  private static ActorMention standIn(SentenceGraph g, Token noun, CodedEvent e) {
    List<String> entries = new ArrayList<>(e.source().entries().size() + 1);
    entries.add("event:" + e.id());
    entries.addAll(e.source().entries());
    return new ActorMention(
        e.source().code(),
        g.sentenceText(noun.begin(), noun.end()),
        noun.begin(),
        noun.end(),
        entries,
        e.source().text());
  }

  /**
   * The person a relative "who" subject of {@code v} stands for: the noun right before it, past
   * punctuation ("Aung San Suu Kyi, who was detained"). The parser often attaches such a clause to
   * the wrong noun or to the verb, so the word order decides. Null when {@code subject} is not
   * "who" or the word before it is no noun.
   */
  /** How the parser attaches a relative clause: right, or to a verb as parataxis or plain dep. */
  private static final Set<String> RELATIVE_ATTACHMENTS = Set.of("acl:relcl", "parataxis", "dep");

  private static Token relativeAntecedent(SentenceGraph g, Token v, Token subject) {
    if (subject == null || !g.is(subject, "who") || !RELATIVE_ATTACHMENTS.contains(v.deprel())) {
      return null;
    }
    for (int i = subject.index() - 1; i >= 1; i--) {
      Token t = g.token(i);
      if (t.upos().equals("PUNCT")) {
        continue;
      }
      return t.upos().equals("PROPN") || t.upos().equals("NOUN") ? t : null;
    }
    return null;
  }

  /**
   * The event of material conflict (roots 17 to 20) this sentence codes on the verb that governs
   * the clause of {@code v}: the first verb above it. Null when there is none.
   */
  private static CodedEvent governingForce(SentenceGraph g, Token v, List<CodedEvent> out) {
    Token t = g.head(v);
    for (int depth = 0; t != null && !t.isVerb() && depth < 8; depth++) {
      t = g.head(t);
    }
    if (t == null) {
      return null;
    }
    int sentence = g.sentence().index();
    for (int i = out.size() - 1; i >= 0 && out.get(i).sentenceIndex() == sentence; i--) {
      CodedEvent e = out.get(i);
      String root = e.event().root();
      if (e.verb().begin() == t.begin()
          && (root.equals("17") || root.equals("18") || root.equals("19") || root.equals("20"))
          && !e.source().code().equals(NO_ACTOR)) {
        return e;
      }
    }
    return null;
  }

  /** Whether {@code m} is named in a place phrase ("in Moscow") of the verb itself. */
  private static boolean placeOfTheVerb(SentenceGraph g, Token v, ActorMention m) {
    for (Token o : g.children(v, SentenceGraph.OBLIQUE)) {
      if (LOCATIVE.contains(g.preposition(o)) && o.begin() <= m.begin() && m.end() <= o.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Actors with a code of their own. A bare role as source ("soldiers", "the opposition") takes the
   * article's country when the article has one ({@link Discourse#articleCountry()}): "soldiers
   * staged a coup" in an article about Niger are NERMIL; the entry {@code article-country:NER} says
   * so. Without it, a bare role is left out, unless {@link #withBareRoles()} keeps it.
   */
  private List<ActorMention> withCountry(SentenceGraph g, List<ActorMention> mentions) {
    return withCountry(g, mentions, false);
  }

  private List<ActorMention> withCountry(
      SentenceGraph g, List<ActorMention> mentions, boolean articleCountry) {
    if (options.bareRoles()
        || mentions.stream().noneMatch(m -> ActorResolver.isBareRole(m.code()))) {
      return mentions;
    }
    List<ActorMention> out = new ArrayList<>(mentions.size());
    for (ActorMention m : mentions) {
      String country = articleCountry || OPPOSITION.equals(m.code()) ? g.articleCountry() : null;
      if (!ActorResolver.isBareRole(m.code())) {
        out.add(m);
      } else if (country != null && !INTERNATIONAL_ROLES.contains(m.code())) {
        List<String> entries = new ArrayList<>(m.entries());
        entries.add("article-country:" + country);
        out.add(
            new ActorMention(
                country + m.code(), m.text(), m.begin(), m.end(), entries, m.antecedent()));
      }
    }
    return out;
  }

  /**
   * CAMEO's administrative sanctions a state imposes on its own people: curfew, state of emergency
   * or martial law, restrictions on political freedoms, bans on parties or politicians.
   */
  private static final Set<String> DOMESTIC_ACTS = Set.of("172", "1721", "1722", "1723", "1724");

  private static final ActorCodes ACTOR_CODES = ActorCodes.standard();

  /** The state {@code source} belongs to, as the target of a domestic act, or none. */
  private static List<ActorMention> ownCountry(ActorMention source, Token verb) {
    String prefix = ACTOR_CODES.stateOf(source.code()).orElse(null);
    if (prefix == null) {
      return List.of();
    }
    List<String> entries = new ArrayList<>(source.entries());
    entries.add("domestic-act:" + prefix);
    return List.of(new ActorMention(prefix, "", verb.begin(), verb.begin(), entries));
  }

  /**
   * The opposition is always some state's: one without a country is the article's, whoever acts on
   * it ("Trump recognised opposition leader Juan" in an article about Venezuela).
   */
  private static final String OPPOSITION = "OPP";

  /** Roles that are no part of a state: an unnamed NGO or IGO is not the article country's. */
  private static final Set<String> INTERNATIONAL_ROLES = Set.of("IGO", "NGO");

  /**
   * The verb block for {@code v}: a multi-word verb around it ("wire tap", "re-arrest", "beef up"),
   * else its lemma with its particle, its lemma, or its own form (dictionaries list irregular
   * forms).
   */
  private VerbEntry verbEntry(SentenceGraph g, Token v) {
    VerbDictionary verbs = dictionaries.verbs();
    String lemma = g.lemma(v);
    String text = g.keys().text(v.index() - 1);
    Token particle = g.child(v, SentenceGraph.PARTICLE);
    for (String key : lemma.equals(text) ? List.of(lemma) : List.of(lemma, text)) {
      for (VerbDictionary.MultiWordVerb m : verbs.multiWord(key)) {
        if (around(g, v, particle, m)) {
          return m.entry();
        }
      }
    }
    if (particle != null) {
      VerbEntry phrasal = verbs.find(lemma + " " + g.lemma(particle));
      if (phrasal != null) {
        return phrasal;
      }
    }
    VerbEntry e = lemma.equals(text) ? null : verbs.find(text);
    return e != null || misspelt(text, lemma) ? e : verbs.find(lemma);
  }

  /**
   * Whether a word is its lemma with an ending no English inflection gives it ("departes" for
   * depart): such a word is not the dictionary's verb, as in PETRARCH, which matches the forms a
   * block lists or generates. Irregular forms ("began") do not start with their lemma and pass.
   */
  static boolean misspelt(String text, String lemma) {
    if (!text.startsWith(lemma) || text.length() == lemma.length() || lemma.isEmpty()) {
      return false;
    }
    String ending = text.substring(lemma.length());
    char last = lemma.charAt(lemma.length() - 1);
    return switch (ending) {
      case "s", "ed", "ing" -> false;
      case "d" -> last != 'e';
      case "es" -> !(lemma.endsWith("ch") || lemma.endsWith("sh") || "sxzo".indexOf(last) >= 0);
      default -> {
        // a doubled final consonant ("stopped", "planning"), or "picnicked"
        boolean doubled =
            ending.length() > 2
                && (ending.charAt(0) == last || last == 'c' && ending.charAt(0) == 'k');
        String rest = doubled ? ending.substring(1) : "";
        yield !(rest.equals("ed") || rest.equals("ing"));
      }
    };
  }

  /** Whether the words of a multi-word verb stand around {@code v}. */
  private static boolean around(
      SentenceGraph g, Token v, Token particle, VerbDictionary.MultiWordVerb m) {
    int i = v.index() - 1;
    List<String> before = m.before();
    for (int k = 0; k < before.size(); k++) {
      int at = i - before.size() + k;
      if (at < 0 || !g.keys().is(at, before.get(k))) {
        return false;
      }
    }
    List<String> after = m.after();
    if (after.size() == 1 && particle != null && g.is(particle, after.get(0))) {
      return true;
    }
    for (int k = 0; k < after.size(); k++) {
      int at = i + 1 + k;
      if (at >= g.keys().size() || !g.keys().is(at, after.get(k))) {
        return false;
      }
    }
    return true;
  }

  private DiscardEntry discard(SentenceGraph g) {
    PhraseIndex<DiscardEntry> discards = dictionaries.discards();
    if (discards.size() == 0) {
      return null;
    }
    int n = g.sentence().size();
    for (int i = 0; i < n; i++) {
      PhraseIndex.Match<DiscardEntry> m = discards.longestAt(g.keys(), i, n);
      if (m != null) {
        return m.value();
      }
    }
    return null;
  }

  /**
   * Who the sentence attributes the event to: the subject of a reporting verb governing it, or
   * "according to X".
   */
  private ActorMention reporter(SentenceGraph g, Token v, LocalDate date) {
    List<Token> chain = Clauses.verbChain(g, v);
    for (Token t : chain) {
      for (Token o : g.children(t, SentenceGraph.OBLIQUE)) {
        if (g.preposition(o).equals("according to")) {
          return speaker(g, o, date);
        }
      }
    }
    Token top = chain.get(chain.size() - 1);
    Token head = g.head(top);
    if (head != null && isReported(g, top, head)) {
      Token speaker = g.child(head, SentenceGraph.SUBJECT);
      if (speaker != null) {
        return speaker(g, speaker, date);
      }
    }
    return null;
  }

  private static boolean isReported(SentenceGraph g, Token clause, Token head) {
    String rel = clause.baseRelation();
    return (rel.equals("ccomp") || rel.equals("parataxis")) && REPORTING.contains(g.lemma(head));
  }

  private ActorMention speaker(SentenceGraph g, Token t, LocalDate date) {
    ActorMention m = actors.resolve(g, t, date).orElse(null);
    if (m != null) {
      return m;
    }
    return new ActorMention(null, t.text(), t.begin(), t.end(), List.of());
  }
}
