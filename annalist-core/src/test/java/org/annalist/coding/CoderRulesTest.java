package org.annalist.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.conllu.ConlluReader;
import org.annalist.dictionary.ActorEntry;
import org.annalist.dictionary.AgentEntry;
import org.annalist.dictionary.DatedCode;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.PatternElement.PrepPhrase;
import org.annalist.dictionary.PatternElement.Slot;
import org.annalist.dictionary.PhraseSet;
import org.annalist.dictionary.VerbDictionary;
import org.annalist.dictionary.VerbEntry;
import org.annalist.dictionary.VerbPattern;
import org.annalist.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * Linguistic rules of the {@link DependencyCoder} beyond its basic roles: actors qualified by more
 * than one agent. Small in-code dictionaries and hand-written CoNLL-U parses.
 */
class CoderRulesTest {

  private static final Dictionaries DICTIONARIES = dictionaries();
  private static final DependencyCoder CODER = new DependencyCoder(DICTIONARIES);

  /**
   * Arnor (ARN), Gondor (GON), Danish (DNK), Ithilen (ITH), Ithilen television (ITHTV); agents
   * media (MED), government and diplomat (GOV), Islamist (MUS, no role), MSF (NGO, written first)
   * and soldiers (MIL); warn 130, visit 042, wire 170.
   */
  private static Dictionaries dictionaries() {
    List<ActorEntry> actors =
        List.of(
            new ActorEntry("actors:1", List.of("ARNOR"), List.of(DatedCode.always("ARN"))),
            new ActorEntry("actors:2", List.of("GONDOR"), List.of(DatedCode.always("GON"))),
            new ActorEntry("actors:3", List.of("DANISH"), List.of(DatedCode.always("DNK"))),
            new ActorEntry("actors:4", List.of("ITHILEN"), List.of(DatedCode.always("ITH"))),
            new ActorEntry(
                "actors:5", List.of("ITHILEN TELEVISION"), List.of(DatedCode.always("ITHTV"))),
            new ActorEntry("actors:6", List.of("THE KU"), List.of(DatedCode.always("USAEDU"))),
            new ActorEntry("actors:7", List.of("ERIADOR"), List.of(DatedCode.always("ERI"))));
    List<AgentEntry> agents =
        List.of(
            new AgentEntry("agents:1", List.of("MEDIA"), "MED", false),
            new AgentEntry("agents:2", List.of("GOVERNMENT"), "GOV", false),
            new AgentEntry("agents:3", List.of("DIPLOMAT"), "GOV", false),
            new AgentEntry("agents:4", List.of("ISLAMIST"), "MUS", false),
            new AgentEntry("agents:5", List.of("MSF"), "NGO", true),
            new AgentEntry("agents:6", List.of("SOLDIERS"), "MIL", false));
    Map<String, VerbEntry> verbs = new LinkedHashMap<>();
    verbs.put("warn", new VerbEntry("verbs:1", List.of("warn"), "130", List.of()));
    verbs.put("visit", new VerbEntry("verbs:2", List.of("visit"), "042", List.of()));
    verbs.put("wire", new VerbEntry("verbs:3", List.of("wire"), "170", List.of()));
    verbs.put("worry", new VerbEntry("verbs:4", List.of("worry"), "111", List.of()));
    verbs.put(
        "celebrate",
        new VerbEntry(
            "verbs:5",
            List.of("celebrate"),
            "051",
            List.of(
                new VerbPattern(
                    "verbs:6", List.of(new PrepPhrase("at", Slot.SKIP_TWO, null)), "017"))));
    verbs.put("depart", new VerbEntry("verbs:7", List.of("depart"), "040", List.of()));
    verbs.put("leave", new VerbEntry("verbs:8", List.of("leave"), "012", List.of()));
    verbs.put(
        "begin",
        new VerbEntry(
            "verbs:9",
            List.of("begin"),
            "---",
            List.of(
                new VerbPattern(
                    "verbs:10",
                    List.of(
                        new PrepPhrase(
                            "to",
                            Slot.NONE,
                            new PhraseSet(List.of("QUESTION"), List.of(List.of("question"))))),
                    "110"))));
    List<Problem> problems = new ArrayList<>();
    Dictionaries d =
        Dictionaries.of(
            "coder rules test",
            actors,
            agents,
            VerbDictionary.of(verbs, List.of(), Map.of()),
            List.of(),
            problems::add);
    assertEquals(List.of(), problems);
    return d;
  }

  private static List<CodedEvent> events(String conllu) {
    return CODER.code(ConlluReader.read("test", conllu, LocalDate.of(2017, 11, 30))).events();
  }

  /** Events as "SOURCE CAMEO TARGET". */
  private static List<String> dyads(String conllu) {
    return events(conllu).stream()
        .map(e -> e.source().code() + " " + e.event().code() + " " + e.target().code())
        .toList();
  }

  // ---------------------------------------------------------------- qualified actors

  private static final String ISLAMIST_MEDIA_WARNED =
      """
      # text = The Danish Islamist media and government warned Gondor.
      1	The	the	DET	DT	_	4	det	_	_
      2	Danish	Danish	PROPN	NNP	_	4	compound	_	_
      3	Islamist	Islamist	PROPN	NNP	_	4	compound	_	_
      4	media	media	NOUN	NN	_	7	nsubj	_	_
      5	and	and	CCONJ	CC	_	6	cc	_	_
      6	government	government	NOUN	NN	_	4	conj	_	_
      7	warned	warn	VERB	VBD	_	0	root	_	_
      8	Gondor	Gondor	PROPN	NNP	_	7	obj	_	SpaceAfter=No
      9	.	.	PUNCT	.	_	7	punct	_	_
      """;

  @Test
  void aReligiousQualifierComesBetweenTheCountryAndTheRoleAndIsShared() {
    List<CodedEvent> events = events(ISLAMIST_MEDIA_WARNED);
    assertEquals(
        List.of("DNKMUSMED 130 GON", "DNKMUSGOV 130 GON"),
        events.stream()
            .map(e -> e.source().code() + " " + e.event().code() + " " + e.target().code())
            .toList());
    ActorMention media = events.get(0).source();
    assertEquals("Danish Islamist media", media.text());
    assertEquals(4, media.begin());
    assertEquals(List.of("actors:3", "agents:1", "agents:4"), media.entries());
  }

  @Test
  void anAgentWrittenFirstGoesBeforeTheCountryAndItsRole() {
    String conllu =
        """
        # text = An MSF Arnor diplomat visited Gondor.
        1	An	a	DET	DT	_	4	det	_	_
        2	MSF	MSF	PROPN	NNP	_	3	compound	_	_
        3	Arnor	Arnor	PROPN	NNP	_	4	compound	_	_
        4	diplomat	diplomat	NOUN	NN	_	5	nsubj	_	_
        5	visited	visit	VERB	VBD	_	0	root	_	_
        6	Gondor	Gondor	PROPN	NNP	_	5	obj	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	5	punct	_	_
        """;
    List<CodedEvent> events = events(conllu);
    assertEquals(List.of("NGOARNGOV 042 GON"), dyads(conllu));
    assertEquals("MSF Arnor diplomat", events.get(0).source().text());
  }

  @Test
  void aSecondRoleDoesNotQualifyTheActor() {
    // "government" is a role: the head's role (MED) wins, as for "Danish government media"
    String conllu =
        """
        # text = Danish government media warned Gondor.
        1	Danish	Danish	PROPN	NNP	_	3	compound	_	_
        2	government	government	NOUN	NN	_	3	compound	_	_
        3	media	media	NOUN	NN	_	4	nsubj	_	_
        4	warned	warn	VERB	VBD	_	0	root	_	_
        5	Gondor	Gondor	PROPN	NNP	_	4	obj	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	4	punct	_	_
        """;
    assertEquals(List.of("DNKMED 130 GON"), dyads(conllu));
  }

  // ---------------------------------------------------------------- countries in phrases

  @Test
  void aNameCompoundedInAnAgentsFromPhraseGivesItsCountry() {
    String conllu =
        """
        # text = Soldiers from the Gondor garrison visited Arnor.
        1	Soldiers	soldier	NOUN	NNS	_	6	nsubj	_	_
        2	from	from	ADP	IN	_	5	case	_	_
        3	the	the	DET	DT	_	5	det	_	_
        4	Gondor	Gondor	PROPN	NNP	_	5	compound	_	_
        5	garrison	garrison	NOUN	NN	_	1	nmod	_	_
        6	visited	visit	VERB	VBD	_	0	root	_	_
        7	Arnor	Arnor	PROPN	NNP	_	6	obj	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	6	punct	_	_
        """;
    List<CodedEvent> events = events(conllu);
    assertEquals(List.of("GONMIL 042 ARN"), dyads(conllu));
    assertEquals(List.of("actors:2", "agents:6"), events.get(0).source().entries());
  }

  @Test
  void aSecondObjectsPhrasesGiveTheTarget() {
    // the parser took "tap" of "wire tap" for the object
    String conllu =
        """
        # text = Arnor wire tap the links leading into Gondor.
        1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
        2	wire	wire	VERB	VBP	_	0	root	_	_
        3	tap	tap	NOUN	NN	_	2	obj	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	links	link	NOUN	NNS	_	2	obj	_	_
        6	leading	lead	VERB	VBG	_	5	acl	_	_
        7	into	into	ADP	IN	_	8	case	_	_
        8	Gondor	Gondor	PROPN	NNP	_	6	obl	_	SpaceAfter=No
        9	.	.	PUNCT	.	_	2	punct	_	_
        """;
    List<CodedEvent> events = events(conllu);
    assertEquals(List.of("ARN 170 GON"), dyads(conllu));
    assertEquals("Gondor", events.get(0).target().text());
  }

  // ---------------------------------------------------------------- names with words between

  private static String warnedIthilen(String modifier, String upos) {
    return """
        # text = Arnor warned Ithilen %1$s television.
        1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
        2	warned	warn	VERB	VBD	_	0	root	_	_
        3	Ithilen	Ithilen	PROPN	NNP	_	5	compound	_	_
        4	%1$s	%1$s	%2$s	_	_	5	compound	_	_
        5	television	television	NOUN	NN	_	2	obj	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	2	punct	_	_
        """
        .formatted(modifier, upos);
  }

  @Test
  void aNamesWordsMayStandApartAroundCommonWords() {
    String conllu = warnedIthilen("state-run", "NOUN");
    List<CodedEvent> events = events(conllu);
    assertEquals(List.of("ARN 130 ITHTV"), dyads(conllu));
    assertEquals("Ithilen state-run television", events.get(0).target().text());
    assertEquals(List.of("actors:5"), events.get(0).target().entries());
  }

  @Test
  void aNamesWordsDoNotStandApartAroundAnotherName() {
    // the country modifying the noun is the target, not ITHILEN TELEVISION
    assertEquals(List.of("ARN 130 ITH"), dyads(warnedIthilen("Wizard", "PROPN")));
  }

  // ---------------------------------------------------------------- actors of an act

  private static String actWorriedGondor(String preposition, String actor) {
    return """
        # text = The visit %1$s %2$s worried Gondor.
        1	The	the	DET	DT	_	2	det	_	_
        2	visit	visit	NOUN	NN	_	5	nsubj	_	_
        3	%1$s	%1$s	ADP	IN	_	4	case	_	_
        4	%2$s	%2$s	PROPN	NNP	_	2	nmod	_	_
        5	worried	worry	VERB	VBD	_	0	root	_	_
        6	Gondor	Gondor	PROPN	NNP	_	5	obj	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	5	punct	_	_
        """
        .formatted(preposition, actor);
  }

  @Test
  void aSubjectThatIsAnActTakesTheActorOfItsPhrase() {
    List<CodedEvent> events = events(actWorriedGondor("of", "Arnor"));
    assertEquals(List.of("ARN 111 GON"), dyads(actWorriedGondor("of", "Arnor")));
    assertEquals("Arnor", events.get(0).source().text());
  }

  @Test
  void aPlaceInTheSubjectsPhraseIsNoSource() {
    assertEquals(List.of(), dyads(actWorriedGondor("in", "Arnor")));
  }

  // ---------------------------------------------------------------- negated intention

  @Test
  void aNegatedIntentionKeepsTheEventAsAnIntentionNotANegation() {
    String conllu =
        """
        # text = Arnor won't try to visit Gondor.
        1	Arnor	Arnor	PROPN	NNP	_	4	nsubj	_	_
        2	wo	will	AUX	MD	_	4	aux	_	SpaceAfter=No
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	try	try	VERB	VB	_	0	root	_	_
        5	to	to	PART	TO	_	6	mark	_	_
        6	visit	visit	VERB	VB	_	4	xcomp	_	_
        7	Gondor	Gondor	PROPN	NNP	_	6	obj	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	4	punct	_	_
        """;
    List<CodedEvent> events = events(conllu);
    assertEquals(List.of("ARN 042 GON"), dyads(conllu));
    assertEquals(new Modality(false, true, false, true), events.get(0).modality());
    assertEquals("visit", events.get(0).verb().text());
  }

  // ---------------------------------------------------------------- skipped phrases

  @Test
  void twoSkipMarksLeaveOutThePhraseAndTheNextOne() {
    // "(at ^ ^)": neither Ithilen nor the media are actors of the event; Gondor is the target
    String conllu =
        """
        # text = Arnor celebrated at Ithilen with the media of Gondor.
        1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
        2	celebrated	celebrate	VERB	VBD	_	0	root	_	_
        3	at	at	ADP	IN	_	4	case	_	_
        4	Ithilen	Ithilen	PROPN	NNP	_	2	obl	_	_
        5	with	with	ADP	IN	_	7	case	_	_
        6	the	the	DET	DT	_	7	det	_	_
        7	media	media	NOUN	NN	_	2	obl	_	_
        8	of	of	ADP	IN	_	9	case	_	_
        9	Gondor	Gondor	PROPN	NNP	_	7	nmod	_	SpaceAfter=No
        10	.	.	PUNCT	.	_	2	punct	_	_
        """;
    List<CodedEvent> events = events(conllu);
    assertEquals(List.of("ARN 017 GON"), dyads(conllu));
    assertEquals("verbs:6", events.get(0).patternId());
  }

  // ---------------------------------------------------------------- PETRARCH's words

  @Test
  void aDictionaryNameMayTakeInThePhrasesArticle() {
    // THE KU in "The KU basketball team": the name is a compound of the head
    String conllu =
        """
        # text = The KU basketball team visited Gondor.
        1	The	the	DET	DT	_	4	det	_	_
        2	KU	KU	PROPN	NNP	_	4	compound	_	_
        3	basketball	basketball	NOUN	NN	_	4	compound	_	_
        4	team	team	NOUN	NN	_	5	nsubj	_	_
        5	visited	visit	VERB	VBD	_	0	root	_	_
        6	Gondor	Gondor	PROPN	NNP	_	5	obj	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	5	punct	_	_
        """;
    List<CodedEvent> events = events(conllu);
    assertEquals(List.of("USAEDU 042 GON"), dyads(conllu));
    assertEquals(List.of("actors:6"), events.get(0).source().entries());
  }

  private static String departs(String form) {
    return """
        # text = Arnor %s from Gondor.
        1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
        2	%s	depart	VERB	VBZ	_	0	root	_	_
        3	from	from	ADP	IN	_	4	case	_	_
        4	Gondor	Gondor	PROPN	NNP	_	2	obl	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	2	punct	_	_
        """
        .formatted(form, form);
  }

  @Test
  void aWordWithAnEndingNoInflectionGivesIsNotItsLemmasVerb() {
    assertEquals(List.of("ARN 040 GON"), dyads(departs("departs")));
    assertEquals(List.of(), dyads(departs("departes")));
    assertTrue(DependencyCoder.misspelt("departes", "depart"));
    assertTrue(DependencyCoder.misspelt("departd", "depart"));
    for (String[] ok :
        new String[][] {
          {"departs", "depart"}, {"marches", "march"}, {"stopped", "stop"}, {"planning", "plan"},
          {"agreed", "agree"}, {"went", "go"}, {"goes", "go"}, {"picnicked", "picnic"}
        }) {
      assertFalse(DependencyCoder.misspelt(ok[0], ok[1]), ok[0]);
    }
  }

  @Test
  void aPrepositionalPatternWithToMatchesAnInfinitive() {
    // BEGIN "* (TO QUESTION) [110]": the target from the complement's clause
    String conllu =
        """
        # text = Arnor has begun to question whether he has a future with Gondor.
        1	Arnor	Arnor	PROPN	NNP	_	3	nsubj	_	_
        2	has	have	AUX	VBZ	_	3	aux	_	_
        3	begun	begin	VERB	VBN	_	0	root	_	_
        4	to	to	PART	TO	_	5	mark	_	_
        5	question	question	VERB	VB	_	3	xcomp	_	_
        6	whether	whether	SCONJ	IN	_	8	mark	_	_
        7	he	he	PRON	PRP	_	8	nsubj	_	_
        8	has	have	VERB	VBZ	_	5	ccomp	_	_
        9	a	a	DET	DT	_	10	det	_	_
        10	future	future	NOUN	NN	_	8	obj	_	_
        11	with	with	ADP	IN	_	12	case	_	_
        12	Gondor	Gondor	PROPN	NNP	_	10	nmod	_	SpaceAfter=No
        13	.	.	PUNCT	.	_	3	punct	_	_
        """;
    assertEquals(List.of("ARN 110 GON"), dyads(conllu));
    // without the infinitive, no event: "begin" alone codes nothing
    assertEquals(List.of(), dyads(conllu.replace("question\tquestion", "ask\task")));
  }

  @Test
  void aParticipleAfterATemporalSubordinatorIsNoActOfTheSubject() {
    // "after leaving Eriador" sets the scene; the participle of "imposing …" would share the
    // subject
    String conllu =
        """
        # text = Arnor visited Gondor after leaving Eriador.
        1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
        2	visited	visit	VERB	VBD	_	0	root	_	_
        3	Gondor	Gondor	PROPN	NNP	_	2	obj	_	_
        4	after	after	SCONJ	IN	_	5	mark	_	_
        5	leaving	leave	VERB	VBG	_	2	advcl	_	_
        6	Eriador	Eriador	PROPN	NNP	_	5	obj	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_
        """;
    assertEquals(List.of("ARN 042 GON"), dyads(conllu));
    assertEquals(
        List.of("ARN 042 GON", "ARN 012 ERI"),
        dyads(
            conllu.replace(
                "4\tafter\tafter\tSCONJ\tIN\t_\t5\tmark", "4\t,\t,\tPUNCT\t,\t_\t5\tpunct")));
  }
}
