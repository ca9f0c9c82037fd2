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
import org.annalist.dictionary.PatternElement.CompoundSubject;
import org.annalist.dictionary.VerbDictionary;
import org.annalist.dictionary.VerbEntry;
import org.annalist.dictionary.VerbPattern;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * The {@link DependencyCoder} options ({@code withOpposites}, {@code withoutDyadRequirement},
 * {@code withBareRoles}, {@code withNewActors}) and the pattern behaviours they meet: a compound
 * subject ({@code % *}) and paired codes ({@code [040:040]}). Small in-code dictionaries and
 * hand-written CoNLL-U parses.
 */
class CoderOptionsTest {

  private static final Dictionaries DICTIONARIES = dictionaries();
  private static final DependencyCoder CODER = new DependencyCoder(DICTIONARIES);

  private static final String DID_NOT_CLASH =
      """
      # text = Arnor did not clash with Gondor.
      1	Arnor	Arnor	PROPN	NNP	_	4	nsubj	_	_
      2	did	do	AUX	VBD	_	4	aux	_	_
      3	not	not	PART	RB	_	4	advmod	_	_
      4	clash	clash	VERB	VB	_	0	root	_	_
      5	with	with	ADP	IN	_	6	case	_	_
      6	Gondor	Gondor	PROPN	NNP	_	4	obl	_	SpaceAfter=No
      7	.	.	PUNCT	.	_	4	punct	_	_
      """;

  private static final String OFFICIAL_SAID =
      """
      # text = A senior official said on Saturday.
      1	A	a	DET	DT	_	3	det	_	_
      2	senior	senior	ADJ	JJ	_	3	amod	_	_
      3	official	official	NOUN	NN	_	4	nsubj	_	_
      4	said	say	VERB	VBD	_	0	root	_	_
      5	on	on	ADP	IN	_	6	case	_	_
      6	Saturday	Saturday	PROPN	NNP	_	4	obl	_	SpaceAfter=No
      7	.	.	PUNCT	.	_	4	punct	_	_
      """;

  private static final String HEAD_LEFT =
      """
      # text = Gryffindor's head left for the Ministry of Magic.
      1	Gryffindor	Gryffindor	PROPN	NNP	_	3	nmod:poss	_	SpaceAfter=No
      2	's	's	PART	POS	_	1	case	_	_
      3	head	head	NOUN	NN	_	4	nsubj	_	_
      4	left	leave	VERB	VBD	_	0	root	_	_
      5	for	for	ADP	IN	_	7	case	_	_
      6	the	the	DET	DT	_	7	det	_	_
      7	Ministry	Ministry	PROPN	NNP	_	4	obl	_	_
      8	of	of	ADP	IN	_	9	case	_	_
      9	Magic	Magic	PROPN	NNP	_	7	nmod	_	SpaceAfter=No
      10	.	.	PUNCT	.	_	4	punct	_	_
      """;

  private static final String ARNOR_VISITED_GONDOR =
      """
      # text = Arnor visited Gondor.
      1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
      2	visited	visit	VERB	VBD	_	0	root	_	_
      3	Gondor	Gondor	PROPN	NNP	_	2	obj	_	SpaceAfter=No
      4	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String ARNOR_AND_GONDOR_AGREE =
      """
      # text = Arnor and Gondor agree.
      1	Arnor	Arnor	PROPN	NNP	_	4	nsubj	_	_
      2	and	and	CCONJ	CC	_	3	cc	_	_
      3	Gondor	Gondor	PROPN	NNP	_	1	conj	_	_
      4	agree	agree	VERB	VBP	_	0	root	_	SpaceAfter=No
      5	.	.	PUNCT	.	_	4	punct	_	_
      """;

  private static final String ARNOR_AGREES =
      """
      # text = Arnor agrees.
      1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
      2	agrees	agree	VERB	VBZ	_	0	root	_	SpaceAfter=No
      3	.	.	PUNCT	.	_	2	punct	_	_
      """;

  /**
   * Arnor (ARN) and Gondor (GON); "official" a role (GOV); clash 110, say 010, leave 040:040, visit
   * 042:043, agree 030 with {@code % * = 050}.
   */
  private static Dictionaries dictionaries() {
    List<ActorEntry> actors =
        List.of(
            new ActorEntry("actors:1", List.of("ARNOR"), List.of(DatedCode.always("ARN"))),
            new ActorEntry("actors:2", List.of("GONDOR"), List.of(DatedCode.always("GON"))));
    List<AgentEntry> agents =
        List.of(new AgentEntry("agents:1", List.of("OFFICIAL", "OFFICIALS"), "GOV", false));
    Map<String, VerbEntry> verbs = new LinkedHashMap<>();
    verbs.put("clash", new VerbEntry("verbs:1", List.of("clash"), "110", List.of()));
    verbs.put("say", new VerbEntry("verbs:2", List.of("say"), "010", List.of()));
    verbs.put("leave", new VerbEntry("verbs:3", List.of("leave"), "040", "040", List.of()));
    verbs.put("visit", new VerbEntry("verbs:4", List.of("visit"), "042", "043", List.of()));
    verbs.put(
        "agree",
        new VerbEntry(
            "verbs:5",
            List.of("agree"),
            "030",
            List.of(new VerbPattern("verbs:6", List.of(new CompoundSubject()), "050"))));
    List<Problem> problems = new ArrayList<>();
    Dictionaries d =
        Dictionaries.of(
            "coder options test",
            actors,
            agents,
            VerbDictionary.of(verbs, List.of(), Map.of()),
            List.of(),
            problems::add);
    assertEquals(List.of(), problems);
    return d;
  }

  private static AnnotatedArticle article(String conllu) {
    return ConlluReader.read("test", conllu, LocalDate.of(2017, 11, 30));
  }

  private static List<CodedEvent> events(DependencyCoder coder, String conllu) {
    return coder.code(article(conllu)).events();
  }

  /** Events as "SOURCE CAMEO TARGET". */
  private static List<String> dyads(DependencyCoder coder, String conllu) {
    return events(coder, conllu).stream()
        .map(e -> e.source().code() + " " + e.event().code() + " " + e.target().code())
        .toList();
  }

  // ---------------------------------------------------------------- opposites

  @Test
  void negatedEventWithAnOppositeIsCodedAsTheOpposite() {
    List<CodedEvent> events = events(CODER.withOpposites(Map.of("110", "050")), DID_NOT_CLASH);
    assertEquals(1, events.size(), events::toString);
    CodedEvent e = events.get(0);
    assertEquals(
        "ARN 050 GON", e.source().code() + " " + e.event().code() + " " + e.target().code());
    assertFalse(e.modality().negated());
    assertEquals(new Modality(false, false, false, false), e.modality());
    assertEquals("clash", e.verb().text());
    assertEquals("verbs:1", e.patternId());
  }

  @Test
  void negatedEventWithoutAnOppositeIsNotCoded() {
    assertEquals(List.of(), dyads(CODER, DID_NOT_CLASH));
    assertEquals(List.of(), dyads(CODER.withOpposites(Map.of("111", "050")), DID_NOT_CLASH));
  }

  @Test
  void oppositeOfDashesDropsTheNegatedEventEvenWhenNegatedEventsAreKept() {
    List<CodedEvent> flagged = events(CODER.includingNegated(), DID_NOT_CLASH);
    assertEquals(1, flagged.size(), flagged::toString);
    assertEquals("110", flagged.get(0).event().code());
    assertTrue(flagged.get(0).modality().negated());
    assertEquals(
        List.of(),
        dyads(CODER.includingNegated().withOpposites(Map.of("110", "---")), DID_NOT_CLASH));
  }

  @Test
  void oppositesLeaveAnEventThatIsNotNegatedAlone() {
    assertEquals(
        List.of("ARN 042 GON", "GON 043 ARN"),
        dyads(CODER.withOpposites(Map.of("042", "---", "043", "---")), ARNOR_VISITED_GONDOR));
  }

  // ---------------------------------------------------------------- dyads and bare roles

  @Test
  void eventWithoutATargetIsNotCodedByDefault() {
    assertEquals(List.of(), dyads(CODER, OFFICIAL_SAID));
  }

  @Test
  void eventWithoutATargetNeedsBothNoDyadAndBareRoles() {
    // the bare role "official" is no source by default
    assertEquals(List.of(), dyads(CODER.withoutDyadRequirement(), OFFICIAL_SAID));
    // a source, but no target
    assertEquals(List.of(), dyads(CODER.withBareRoles(), OFFICIAL_SAID));
  }

  @Test
  void withoutDyadRequirementABareRoleSourceGetsNoActorAsTarget() {
    List<CodedEvent> events = events(CODER.withoutDyadRequirement().withBareRoles(), OFFICIAL_SAID);
    assertEquals(1, events.size(), events::toString);
    CodedEvent e = events.get(0);
    assertEquals("GOV", e.source().code());
    assertEquals("official", e.source().text());
    assertEquals(List.of("agents:1"), e.source().entries());
    assertEquals("010", e.event().code());
    assertEquals(DependencyCoder.NO_ACTOR, e.target().code());
    assertEquals(new ActorMention(DependencyCoder.NO_ACTOR, "", 18, 18, List.of()), e.target());
    assertEquals("said", e.verb().text());
    assertEquals(18, e.verb().begin());
  }

  @Test
  void optionsCombineInEitherOrder() {
    assertEquals(
        dyads(CODER.withoutDyadRequirement().withBareRoles(), OFFICIAL_SAID),
        dyads(CODER.withBareRoles().withoutDyadRequirement(), OFFICIAL_SAID));
  }

  // ---------------------------------------------------------------- new actors and paired codes

  @Test
  void newActorsAreNamedByTheirWordsAndPairedCodesGoBothWays() {
    List<CodedEvent> events = events(CODER.withNewActors(4), HEAD_LEFT);
    assertEquals(
        List.of(
            "\"GRYFFINDOR HEAD\" 040 \"THE MINISTRY OF MAGIC\"",
            "\"THE MINISTRY OF MAGIC\" 040 \"GRYFFINDOR HEAD\""),
        events.stream()
            .map(e -> e.source().code() + " " + e.event().code() + " " + e.target().code())
            .toList());
    CodedEvent there = events.get(0);
    assertEquals("Gryffindor's head", there.source().text());
    assertEquals(0, there.source().begin());
    assertEquals("the Ministry of Magic", there.target().text());
    assertEquals(27, there.target().begin());
    assertEquals(List.of(), there.source().entries());
    assertEquals("test:0:4", there.id());
    assertEquals("test:0:4:1", events.get(1).id());
  }

  @Test
  void newActorWithMoreWordsThanAllowedGivesNoEvent() {
    assertEquals(List.of(), dyads(CODER.withNewActors(3), HEAD_LEFT));
    assertEquals(List.of(), dyads(CODER, HEAD_LEFT));
  }

  @Test
  void pairedCodesGiveTheReverseEventFromTargetToSource() {
    List<CodedEvent> events = events(CODER, ARNOR_VISITED_GONDOR);
    assertEquals(
        List.of("ARN 042 GON", "GON 043 ARN"),
        events.stream()
            .map(e -> e.source().code() + " " + e.event().code() + " " + e.target().code())
            .toList());
    assertEquals("Gondor", events.get(1).source().text());
    assertEquals("Arnor", events.get(1).target().text());
    assertEquals("visit = 042:043", events.get(1).pattern());
    assertEquals("test:0:2", events.get(0).id());
    assertEquals("test:0:2:1", events.get(1).id());
  }

  // ---------------------------------------------------------------- compound subject

  @Test
  void compoundSubjectGivesTheEventBetweenTheConjunctsEachWay() {
    List<CodedEvent> events = events(CODER, ARNOR_AND_GONDOR_AGREE);
    assertEquals(
        List.of("ARN 050 GON", "GON 050 ARN"),
        events.stream()
            .map(e -> e.source().code() + " " + e.event().code() + " " + e.target().code())
            .toList());
    assertEquals("verbs:6", events.get(0).patternId());
    assertEquals("agree % * = 050", events.get(0).pattern());
  }

  @Test
  void compoundSubjectPatternNeedsConjoinedSubjects() {
    assertEquals(List.of(), dyads(CODER, ARNOR_AGREES));
    // the block's default applies instead of the pattern
    List<CodedEvent> events = events(CODER.withoutDyadRequirement(), ARNOR_AGREES);
    assertEquals(1, events.size(), events::toString);
    assertEquals("ARN", events.get(0).source().code());
    assertEquals("030", events.get(0).event().code());
    assertEquals(DependencyCoder.NO_ACTOR, events.get(0).target().code());
    assertEquals("verbs:5", events.get(0).patternId());
  }

  @Test
  void compoundSubjectIsNotGivenANoActorTarget() {
    assertEquals(
        List.of("ARN 050 GON", "GON 050 ARN"),
        dyads(CODER.withoutDyadRequirement(), ARNOR_AND_GONDOR_AGREE));
  }
}
