package org.annalist.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annalist.conllu.ConlluReader;
import org.annalist.dictionary.Dictionaries;
import org.junit.jupiter.api.Test;

/**
 * Constructions news uses for events that a plain subject-verb-object reading misses: lists the
 * parser reads partly as apposition, the purpose of a phone call, light verbs with an infinitive
 * (vote to expel, give N days to leave), appeals for a thing from someone. Fixtures are sentences
 * as parsed by Annalist's CoreNLP pipeline ({@code ./annalist parse}) and coded with the bundled
 * dictionaries.
 */
class RecallConstructionsTest {

  private static final DependencyCoder CODER = new DependencyCoder(Dictionaries.defaults());

  private static final String CUT_TIES =
      "cut * {tie | relation | diplomatic relation | diplomatic tie | contact} (with +) = 161";

  /** Each event as "source code target verb | pattern", for an article dated 2015-03-31. */
  private static List<String> code(String conllu) {
    return code(CODER, conllu);
  }

  private static List<String> code(DependencyCoder coder, String conllu) {
    return code(coder, LocalDate.of(2015, 3, 31), conllu);
  }

  private static List<String> code(DependencyCoder coder, LocalDate date, String conllu) {
    return coder.code(ConlluReader.read("test", conllu, date)).events().stream()
        .map(
            e ->
                e.source().code()
                    + " "
                    + e.event().code()
                    + " "
                    + e.target().code()
                    + " "
                    + e.verb().text()
                    + " | "
                    + e.pattern())
        .toList();
  }

  /** A list the parser read as two appositions and a conjunct gives one source per member. */
  @Test
  void listReadPartlyAsAppositionGivesEveryMember() {
    assertEquals(
        List.of(
            "SAU 161 QAT cut | " + CUT_TIES,
            "EGY 161 QAT cut | " + CUT_TIES,
            "BHR 161 QAT cut | " + CUT_TIES,
            "ARE 161 QAT cut | " + CUT_TIES),
        code(
            """
            # text = Saudi Arabia, Bahrain, the UAE, and Egypt have cut ties with Qatar.
            1	Saudi	Saudi	PROPN	NNP	_	2	compound	_	NER=LOCATION
            2	Arabia	Arabia	PROPN	NNP	_	12	nsubj	_	NER=LOCATION|SpaceAfter=No
            3	,	,	PUNCT	,	_	2	punct	_	_
            4	Bahrain	Bahrain	PROPN	NNP	_	2	appos	_	NER=LOCATION|SpaceAfter=No
            5	,	,	PUNCT	,	_	2	punct	_	_
            6	the	the	DET	DT	_	7	det	_	_
            7	UAE	UAE	PROPN	NNP	_	2	appos	_	NER=LOCATION|SpaceAfter=No
            8	,	,	PUNCT	,	_	2	punct	_	_
            9	and	and	CCONJ	CC	_	10	cc	_	_
            10	Egypt	Egypt	PROPN	NNP	_	2	conj	_	NER=LOCATION
            11	have	have	AUX	VBP	_	12	aux	_	_
            12	cut	cut	VERB	VBN	_	0	root	_	_
            13	ties	tie	NOUN	NNS	_	12	obj	_	_
            14	with	with	ADP	IN	_	15	case	_	_
            15	Qatar	Qatar	PROPN	NNP	_	13	nmod	_	NER=LOCATION|SpaceAfter=No
            16	.	.	PUNCT	.	_	12	punct	_	_
            """));
  }

  /** The purpose of a call is the caller's act, towards the person called when it names no one. */
  @Test
  void callToConcedeIsTheCallersConcessionToThePersonCalled() {
    assertEquals(
        List.of("NGAGOV 080 NGAOPP concede | concede * {defeat | election | race} = 080"),
        code(
            """
            # text = President Jonathan called General Buhari to concede defeat.
            1	President	President	PROPN	NNP	_	2	compound	_	_
            2	Jonathan	Jonathan	PROPN	NNP	_	3	nsubj	_	NER=PERSON
            3	called	call	VERB	VBD	_	0	root	_	_
            4	General	General	PROPN	NNP	_	5	compound	_	_
            5	Buhari	Buhari	PROPN	NNP	_	3	obj	_	NER=PERSON
            6	to	to	PART	TO	_	7	mark	_	_
            7	concede	concede	VERB	VB	_	3	xcomp	_	_
            8	defeat	defeat	NOUN	NN	_	7	obj	_	SpaceAfter=No
            9	.	.	PUNCT	.	_	3	punct	_	_
            """));
  }

  /** The purpose of a call takes the caller as subject; its pronoun object is the person called. */
  @Test
  void callToCongratulateHimIsTheCallersPraise() {
    assertEquals(
        List.of(
            "NGAGOV 051 NGAOPP congratulate | congratulate | hail | praise | commend | laud = 051"),
        code(
            """
            # text = President Jonathan called General Buhari to congratulate him.
            1	President	President	PROPN	NNP	_	2	compound	_	_
            2	Jonathan	Jonathan	PROPN	NNP	_	3	nsubj	_	NER=PERSON
            3	called	call	VERB	VBD	_	0	root	_	_
            4	General	General	PROPN	NNP	_	5	compound	_	_
            5	Buhari	Buhari	PROPN	NNP	_	3	obj	_	NER=PERSON
            6	to	to	PART	TO	_	7	mark	_	_
            7	congratulate	congratulate	VERB	VB	_	3	xcomp	_	_
            8	him	he	PRON	PRP	_	7	obj	_	SpaceAfter=No
            9	.	.	PUNCT	.	_	3	punct	_	_
            """));
  }

  /** A legislature voting to expel troops codes the expulsion (166) from the vote. */
  @Test
  void votingToExpelTroopsIsExpulsion() {
    assertEquals(
        List.of("IRQLEG 166 USAMIL voted | vote * >expel | boot = 166"),
        code(
            """
            # text = The Iraqi parliament voted to expel all American troops.
            1	The	the	DET	DT	_	3	det	_	_
            2	Iraqi	Iraqi	ADJ	JJ	_	3	amod	_	_
            3	parliament	parliament	NOUN	NN	_	4	nsubj	_	_
            4	voted	vote	VERB	VBD	_	0	root	_	_
            5	to	to	PART	TO	_	6	mark	_	_
            6	expel	expel	VERB	VB	_	4	xcomp	_	_
            7	all	all	DET	DT	_	9	det	_	_
            8	American	American	ADJ	JJ	_	9	amod	_	_
            9	troops	troops	NOUN	NNS	_	6	obj	_	SpaceAfter=No
            10	.	.	PUNCT	.	_	4	punct	_	_
            """));
  }

  /** "The public" is the civilians (CVL), the target of an appeal for its cooperation. */
  @Test
  void urgingCooperationFromThePublicIsAnAppealToCivilians() {
    assertEquals(
        List.of("BGDMIL 020 CVL urged | urge | exhort | implore | call on = 020"),
        code(
            CODER.withBareRoles(),
            """
            # text = The Bangladeshi army chief urged cooperation from the public.
            1	The	the	DET	DT	_	4	det	_	_
            2	Bangladeshi	Bangladeshi	ADJ	JJ	_	4	amod	_	_
            3	army	army	NOUN	NN	_	4	compound	_	_
            4	chief	chief	NOUN	NN	_	5	nsubj	_	_
            5	urged	urge	VERB	VBD	_	0	root	_	_
            6	cooperation	cooperation	NOUN	NN	_	5	obj	_	_
            7	from	from	ADP	IN	_	9	case	_	_
            8	the	the	DET	DT	_	9	det	_	_
            9	public	public	NOUN	NN	_	5	obl	_	SpaceAfter=No
            10	.	.	PUNCT	.	_	5	punct	_	_
            """));
  }

  /** A call with no purpose infinitive is no event. */
  @Test
  void callWithoutPurposeIsNoEvent() {
    assertEquals(
        List.of(),
        code(
            """
            # text = President Jonathan called Buhari on Tuesday.
            1	President	President	PROPN	NNP	_	2	compound	_	_
            2	Jonathan	Jonathan	PROPN	NNP	_	3	nsubj	_	NER=PERSON
            3	called	call	VERB	VBD	_	0	root	_	_
            4	Buhari	Buhari	PROPN	NNP	_	3	obj	_	NER=PERSON
            5	on	on	ADP	IN	_	6	case	_	_
            6	Tuesday	Tuesday	PROPN	NNP	_	3	obl	_	SpaceAfter=No
            7	.	.	PUNCT	.	_	3	punct	_	_
            """));
  }

  /**
   * Giving people days to leave, the infinitive read as an adverbial clause, is an expulsion (174).
   */
  @Test
  void givingCitizensDaysToLeaveIsExpulsion() {
    assertEquals(
        List.of("BHR 174 QATCVL gave | give * {day | hour | week} >leave = 174"),
        code(
            """
            # text = Bahrain gave Qatari citizens 14 days to leave the country.
            1	Bahrain	Bahrain	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
            2	gave	give	VERB	VBD	_	0	root	_	_
            3	Qatari	qatari	ADJ	JJ	_	4	amod	_	_
            4	citizens	citizen	NOUN	NNS	_	2	iobj	_	_
            5	14	14	NUM	CD	_	6	nummod	_	_
            6	days	day	NOUN	NNS	_	2	obj	_	_
            7	to	to	PART	TO	_	8	mark	_	_
            8	leave	leave	VERB	VB	_	2	advcl	_	_
            9	the	the	DET	DT	_	10	det	_	_
            10	country	country	NOUN	NN	_	8	obj	_	SpaceAfter=No
            11	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /**
   * A participle after a comma that the parser hung on a noun of the clause (as CoreNLP does for
   * "carried out the detentions in response to election fraud, handing power ... and imposing a
   * state of emergency") modifies the clause and shares its subject.
   */
  @Test
  void participleHungOnANounSharesTheClauseSubject() {
    assertEquals(
        List.of("MMRMIL 1724 MMR imposing | impose * {state} (of {emergency}) = 1724"),
        code(
            """
            # text = The Myanmar army said it had detained the ministers in response to election fraud, imposing a state of emergency for one year.
            1	The	the	DET	DT	_	3	det	_	_
            2	Myanmar	Myanmar	PROPN	NNP	_	3	compound	_	NER=LOCATION
            3	army	army	NOUN	NN	_	4	nsubj	_	_
            4	said	say	VERB	VBD	_	0	root	_	_
            5	it	it	PRON	PRP	_	7	nsubj	_	_
            6	had	have	AUX	VBD	_	7	aux	_	_
            7	detained	detain	VERB	VBN	_	4	ccomp	_	_
            8	the	the	DET	DT	_	9	det	_	_
            9	ministers	minister	NOUN	NNS	_	7	obj	_	_
            10	in	in	ADP	IN	_	11	case	_	_
            11	response	response	NOUN	NN	_	7	obl	_	_
            12	to	to	ADP	IN	_	14	case	_	_
            13	election	election	NOUN	NN	_	14	compound	_	_
            14	fraud	fraud	NOUN	NN	_	11	nmod	_	SpaceAfter=No
            15	,	,	PUNCT	,	_	14	punct	_	_
            16	imposing	impose	VERB	VBG	_	14	dep	_	_
            17	a	a	DET	DT	_	18	det	_	_
            18	state	state	NOUN	NN	_	16	obj	_	_
            19	of	of	ADP	IN	_	20	case	_	_
            20	emergency	emergency	NOUN	NN	_	18	nmod	_	_
            21	for	for	ADP	IN	_	23	case	_	_
            22	one	one	NUM	CD	_	23	nummod	_	_
            23	year	year	NOUN	NN	_	16	obl	_	SpaceAfter=No
            24	.	.	PUNCT	.	_	4	punct	_	_
            """));
  }

  /** A present participle on a noun is the act of that noun: NATO's call on Russia. */
  @Test
  void participleOnANounIsThatNounsAct() {
    assertEquals(
        List.of(
            "GBR 051 IGOWSTNAT welcomed | applaud | salute | thank | welcome | endorse | acclaim = 051",
            "IGOWSTNAT 0256 RUS calling | call * (on +) >&WITHDRAW_VERB = 0256"),
        code(
            """
            # text = Britain welcomed a declaration by NATO calling on Russia to withdraw its troops.
            1	Britain	Britain	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
            2	welcomed	welcome	VERB	VBD	_	0	root	_	_
            3	a	a	DET	DT	_	4	det	_	_
            4	declaration	declaration	NOUN	NN	_	2	obj	_	_
            5	by	by	ADP	IN	_	6	case	_	_
            6	NATO	NATO	PROPN	NNP	_	4	nmod	_	NER=ORGANIZATION
            7	calling	call	VERB	VBG	_	6	acl	_	_
            8	on	on	ADP	IN	_	9	case	_	_
            9	Russia	Russia	PROPN	NNP	_	7	obl	_	NER=LOCATION
            10	to	to	PART	TO	_	11	mark	_	_
            11	withdraw	withdraw	VERB	VB	_	7	xcomp	_	_
            12	its	its	PRON	PRP$	_	13	nmod:poss	_	_
            13	troops	troops	NOUN	NNS	_	11	obj	_	SpaceAfter=No
            14	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /** A present participle on a place is no act of the place: bases hosting troops. */
  @Test
  void participleOnAPlaceIsNoAct() {
    assertEquals(
        List.of(
            "IRN 195 IRQMIL fired | fire * {missile | ballistic missile | cruise missile} (at +) = 195"),
        code(
            """
            # text = Iran fired missiles at Iraqi military bases hosting American troops.
            1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
            2	fired	fire	VERB	VBD	_	0	root	_	_
            3	missiles	missile	NOUN	NNS	_	2	obj	_	_
            4	at	at	ADP	IN	_	7	case	_	_
            5	Iraqi	Iraqi	ADJ	JJ	_	7	amod	_	_
            6	military	military	ADJ	JJ	_	7	amod	_	_
            7	bases	basis	NOUN	NNS	_	2	obl	_	_
            8	hosting	host	VERB	VBG	_	7	acl	_	_
            9	American	American	ADJ	JJ	_	10	amod	_	_
            10	troops	troops	NOUN	NNS	_	8	obj	_	SpaceAfter=No
            11	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /** A surname alone stands for the person named in full earlier in the article. */
  @Test
  void surnameAloneIsThePersonNamedInFullBefore() {
    assertEquals(
        List.of(
            "NGAGOV 040 NGAMED met | meet = 040",
            "NGAGOV 051 NGAOPP praised | congratulate | hail | praise | commend | laud = 051"),
        code(
            """
            # text = President Goodluck Jonathan met the press.
            1	President	President	PROPN	NNP	_	3	compound	_	_
            2	Goodluck	Goodluck	PROPN	NNP	_	3	compound	_	NER=PERSON
            3	Jonathan	Jonathan	PROPN	NNP	_	4	nsubj	_	NER=PERSON
            4	met	meet	VERB	VBD	_	0	root	_	_
            5	the	the	DET	DT	_	6	det	_	_
            6	press	press	NOUN	NN	_	4	obj	_	SpaceAfter=No
            7	.	.	PUNCT	.	_	4	punct	_	_

            # text = Jonathan praised Buhari.
            1	Jonathan	Jonathan	PROPN	NNP	_	2	nsubj	_	NER=PERSON
            2	praised	praise	VERB	VBD	_	0	root	_	_
            3	Buhari	Buhari	PROPN	NNP	_	2	obj	_	NER=PERSON|SpaceAfter=No
            4	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /** The last part of a hyphenated name is a surname too: "Zaman" after "Waqar-uz-Zaman". */
  @Test
  void lastPartOfAHyphenatedNameIsThePersonNamedInFullBefore() {
    assertEquals(
        List.of("BGDMIL 040 BGDOPP met | meet = 040"),
        code(
            """
            # text = General Waqar-uz-Zaman spoke.
            1	General	General	PROPN	NNP	_	2	compound	_	_
            2	Waqar-uz-Zaman	Waqar-uz-Zaman	PROPN	NNP	_	3	nsubj	_	NER=PERSON
            3	spoke	speak	VERB	VBD	_	0	root	_	SpaceAfter=No
            4	.	.	PUNCT	.	_	3	punct	_	_

            # text = Zaman met Khaleda Zia.
            1	Zaman	Zaman	PROPN	NNP	_	2	nsubj	_	NER=PERSON
            2	met	meet	VERB	VBD	_	0	root	_	_
            3	Khaleda	Khaleda	PROPN	NNP	_	4	compound	_	NER=PERSON
            4	Zia	Zia	PROPN	NNP	_	2	obj	_	NER=PERSON|SpaceAfter=No
            5	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /**
   * A passive verb keeps its second object for the pattern: "was held hostage by" is "hold *
   * {hostage}" with the by-agent as source and the passive subject as target.
   */
  @Test
  void passiveKeepsItsSecondObjectForThePattern() {
    assertEquals(
        List.of("BGDMIL 181 BGDOPP held | hold * {hostage | captive | abductee} = 181"),
        code(
            """
            # text = Khaleda Zia was held hostage by Bangladeshi soldiers.
            1	Khaleda	Khaleda	PROPN	NNP	_	2	compound	_	NER=PERSON
            2	Zia	Zia	PROPN	NNP	_	4	nsubj:pass	_	NER=PERSON
            3	was	be	AUX	VBD	_	4	aux:pass	_	_
            4	held	hold	VERB	VBN	_	0	root	_	_
            5	hostage	hostage	NOUN	NN	_	4	obj	_	_
            6	by	by	ADP	IN	_	8	case	_	_
            7	Bangladeshi	Bangladeshi	ADJ	JJ	_	8	amod	_	_
            8	soldiers	soldier	NOUN	NNS	_	4	obl	_	SpaceAfter=No
            9	.	.	PUNCT	.	_	4	punct	_	_
            """));
  }

  /**
   * An agentless passive in a relative clause inside an act of force takes that act's agent: the
   * person detained is the one named before "who", wherever the parser attached the clause.
   */
  @Test
  void relativePassiveInAnActOfForceTakesItsAgent() {
    assertEquals(
        List.of(
            "MMRMIL 180 MMRGOV seized | seize * {power} = 180",
            "MMRMIL 173 MMRGOV detained | arrest | detain | apprehend | round up | jail | imprison"
                + " | incarcerate | lock up | nab = 173"),
        code(
            """
            # text = Myanmar's military seized power in a coup against the government of Thein Sein, who was detained.
            1	Myanmar	Myanmar	PROPN	NNP	_	3	nmod:poss	_	NER=LOCATION|SpaceAfter=No
            2	's	's	PART	POS	_	1	case	_	_
            3	military	military	NOUN	NN	_	4	nsubj	_	_
            4	seized	seize	VERB	VBD	_	0	root	_	_
            5	power	power	NOUN	NN	_	4	obj	_	_
            6	in	in	ADP	IN	_	8	case	_	_
            7	a	a	DET	DT	_	8	det	_	_
            8	coup	coup	NOUN	NN	_	4	obl	_	_
            9	against	against	ADP	IN	_	11	case	_	_
            10	the	the	DET	DT	_	11	det	_	_
            11	government	government	NOUN	NN	_	8	nmod	_	_
            12	of	of	ADP	IN	_	14	case	_	_
            13	Thein	Thein	PROPN	NNP	_	14	compound	_	NER=PERSON
            14	Sein	Sein	PROPN	NNP	_	11	nmod	_	NER=PERSON|SpaceAfter=No
            15	,	,	PUNCT	,	_	8	punct	_	_
            16	who	who	PRON	WP	_	18	nsubj:pass	_	_
            17	was	be	AUX	VBD	_	18	aux:pass	_	_
            18	detained	detain	VERB	VBN	_	8	acl:relcl	_	SpaceAfter=No
            19	.	.	PUNCT	.	_	4	punct	_	_
            """));
  }

  /** Outside an act of force, an agentless relative passive has no source. */
  @Test
  void relativePassiveOutsideAnActOfForceIsNotCoded() {
    assertEquals(
        List.of("MMRMIL 051 MMRGOV praised | congratulate | hail | praise | commend | laud = 051"),
        code(
            """
            # text = Myanmar's military praised Thein Sein, who was detained.
            1	Myanmar	Myanmar	PROPN	NNP	_	3	nmod:poss	_	NER=LOCATION|SpaceAfter=No
            2	's	's	PART	POS	_	1	case	_	_
            3	military	military	NOUN	NN	_	4	nsubj	_	_
            4	praised	praise	VERB	VBD	_	0	root	_	_
            5	Thein	Thein	PROPN	NNP	_	6	compound	_	NER=PERSON
            6	Sein	Sein	PROPN	NNP	_	4	obj	_	NER=PERSON|SpaceAfter=No
            7	,	,	PUNCT	,	_	6	punct	_	_
            8	who	who	PRON	WP	_	10	nsubj:pass	_	_
            9	was	be	AUX	VBD	_	10	aux:pass	_	_
            10	detained	detain	VERB	VBN	_	6	acl:relcl	_	SpaceAfter=No
            11	.	.	PUNCT	.	_	4	punct	_	_
            """));
  }

  /** A surname alone with no one of that name before is no actor. */
  @Test
  void surnameAloneWithoutFullNameIsNoActor() {
    assertEquals(
        List.of(),
        code(
            """
            # text = Jonathan praised Buhari.
            1	Jonathan	Jonathan	PROPN	NNP	_	2	nsubj	_	NER=PERSON
            2	praised	praise	VERB	VBD	_	0	root	_	_
            3	Buhari	Buhari	PROPN	NNP	_	2	obj	_	NER=PERSON|SpaceAfter=No
            4	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /** Each event as in {@link #code(String)}, for an article dated {@code date}. */
  private static List<String> codeOn(LocalDate date, String conllu) {
    return code(CODER, date, conllu);
  }

  /**
   * Others who "follow suit" do what the source of the act before did, to the same target; the
   * event names the one it follows.
   */
  @Test
  void followingSuitCopiesTheLatestEventForEachFollower() {
    String expel = "expel * {&DIPLOMAT} = 161";
    assertEquals(
        List.of(
            "GBR 161 RUSGOV expelled | " + expel,
            "USA 161 RUSGOV followed | follows test:0:2 (" + expel + ")",
            "FRA 161 RUSGOV followed | follows test:0:2 (" + expel + ")"),
        codeOn(
            LocalDate.of(2018, 3, 26),
            """
            # text = Britain expelled 23 Russian diplomats on Wednesday.
            1	Britain	Britain	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
            2	expelled	expel	VERB	VBD	_	0	root	_	_
            3	23	23	NUM	CD	_	5	nummod	_	_
            4	Russian	Russian	ADJ	JJ	_	5	amod	_	_
            5	diplomats	diplomat	NOUN	NNS	_	2	obj	_	_
            6	on	on	ADP	IN	_	7	case	_	_
            7	Wednesday	Wednesday	PROPN	NNP	_	2	obl	_	SpaceAfter=No
            8	.	.	PUNCT	.	_	2	punct	_	_

            # text = The United States and France followed suit on Monday.
            1	The	the	DET	DT	_	3	det	_	_
            2	United	United	PROPN	NNP	_	3	compound	_	NER=LOCATION
            3	States	States	PROPN	NNP	_	6	nsubj	_	NER=LOCATION
            4	and	and	CCONJ	CC	_	5	cc	_	_
            5	France	France	PROPN	NNP	_	3	conj	_	NER=LOCATION
            6	followed	follow	VERB	VBD	_	0	root	_	_
            7	suit	suit	NOUN	NN	_	6	obj	_	_
            8	on	on	ADP	IN	_	9	case	_	_
            9	Monday	Monday	PROPN	NNP	_	6	obl	_	SpaceAfter=No
            10	.	.	PUNCT	.	_	6	punct	_	_
            """));
  }

  /**
   * A move "followed by similar statements from" others: each named state does what the move's
   * author did; the possessor of "Venezuela's neighbours" is none of them.
   */
  @Test
  void aMoveFollowedBySimilarStatementsFromOthersIsTheirsToo() {
    String recognise = "recognize | recognise = 054";
    assertEquals(
        List.of(
            "VENGOV 161 USA cut | " + CUT_TIES,
            "USAGOV 054 VENOPP recognised | " + recognise,
            "CAN 054 VENOPP followed | follows test:0:14 (" + recognise + ")",
            "BRA 054 VENOPP followed | follows test:0:14 (" + recognise + ")"),
        codeOn(
            LocalDate.of(2019, 1, 24),
            """
            # text = Venezuelan President Nicolas Maduro cut ties with the United States after Donald Trump recognised opposition leader Juan Guaido.
            1	Venezuelan	Venezuelan	ADJ	JJ	_	2	amod	_	_
            2	President	President	PROPN	NNP	_	4	compound	_	_
            3	Nicolas	Nicolas	PROPN	NNP	_	4	compound	_	NER=PERSON
            4	Maduro	Maduro	PROPN	NNP	_	5	nsubj	_	NER=PERSON
            5	cut	cut	VERB	VBD	_	0	root	_	_
            6	ties	tie	NOUN	NNS	_	5	obj	_	_
            7	with	with	ADP	IN	_	10	case	_	_
            8	the	the	DET	DT	_	10	det	_	_
            9	United	United	PROPN	NNP	_	10	compound	_	NER=LOCATION
            10	States	States	PROPN	NNP	_	6	nmod	_	NER=LOCATION
            11	after	after	SCONJ	IN	_	14	mark	_	_
            12	Donald	Donald	PROPN	NNP	_	13	compound	_	NER=PERSON
            13	Trump	Trump	PROPN	NNP	_	14	nsubj	_	NER=PERSON
            14	recognised	recognise	VERB	VBD	_	5	advcl	_	_
            15	opposition	opposition	NOUN	NN	_	16	compound	_	_
            16	leader	leader	NOUN	NN	_	18	compound	_	_
            17	Juan	Juan	PROPN	NNP	_	18	compound	_	NER=PERSON
            18	Guaido	Guaido	PROPN	NNP	_	14	obj	_	NER=PERSON|SpaceAfter=No
            19	.	.	PUNCT	.	_	5	punct	_	_

            # text = The move by the U.S. administration was followed by similar statements from Canada and Brazil.
            1	The	the	DET	DT	_	2	det	_	_
            2	move	move	NOUN	NN	_	8	nsubj:pass	_	_
            3	by	by	ADP	IN	_	6	case	_	_
            4	the	the	DET	DT	_	6	det	_	_
            5	U.S.	U.S.	PROPN	NNP	_	6	compound	_	NER=LOCATION
            6	administration	administration	NOUN	NN	_	2	nmod	_	_
            7	was	be	AUX	VBD	_	8	aux:pass	_	_
            8	followed	follow	VERB	VBN	_	0	root	_	_
            9	by	by	ADP	IN	_	11	case	_	_
            10	similar	similar	ADJ	JJ	_	11	amod	_	_
            11	statements	statement	NOUN	NNS	_	8	obl	_	_
            12	from	from	ADP	IN	_	13	case	_	_
            13	Canada	Canada	PROPN	NNP	_	11	nmod	_	NER=LOCATION
            14	and	and	CCONJ	CC	_	15	cc	_	_
            15	Brazil	Brazil	PROPN	NNP	_	13	conj	_	NER=LOCATION|SpaceAfter=No
            16	.	.	PUNCT	.	_	8	punct	_	_
            """));
  }

  /**
   * The opposition is always some state's: a target "opposition leader" without a country is the
   * article's, even when a foreign state acts on it.
   */
  @Test
  void anOppositionWithoutACountryIsTheArticlesEvenAsAForeignTarget() {
    assertEquals(
        List.of("USAGOV 054 VENOPP recognised | recognize | recognise = 054"),
        codeOn(
            LocalDate.of(2019, 1, 24),
            """
            # text = Venezuelan President Nicolas Maduro addressed Venezuelan soldiers in Caracas on Wednesday.
            1	Venezuelan	Venezuelan	ADJ	JJ	_	2	amod	_	_
            2	President	President	PROPN	NNP	_	4	compound	_	_
            3	Nicolas	Nicolas	PROPN	NNP	_	4	compound	_	NER=PERSON
            4	Maduro	Maduro	PROPN	NNP	_	5	nsubj	_	NER=PERSON
            5	addressed	address	VERB	VBD	_	0	root	_	_
            6	Venezuelan	Venezuelan	ADJ	JJ	_	7	amod	_	_
            7	soldiers	soldier	NOUN	NNS	_	5	obj	_	_
            8	in	in	ADP	IN	_	9	case	_	_
            9	Caracas	Caracas	PROPN	NNP	_	7	nmod	_	NER=LOCATION
            10	on	on	ADP	IN	_	11	case	_	_
            11	Wednesday	Wednesday	PROPN	NNP	_	5	obl	_	SpaceAfter=No
            12	.	.	PUNCT	.	_	5	punct	_	_

            # text = Hours earlier, Donald Trump had recognised opposition leader Juan.
            1	Hours	hour	NOUN	NNS	_	2	obl:npmod	_	_
            2	earlier	early	ADV	RBR	_	7	advmod	_	SpaceAfter=No
            3	,	,	PUNCT	,	_	7	punct	_	_
            4	Donald	Donald	PROPN	NNP	_	5	compound	_	NER=PERSON
            5	Trump	Trump	PROPN	NNP	_	7	nsubj	_	NER=PERSON
            6	had	have	AUX	VBD	_	7	aux	_	_
            7	recognised	recognise	VERB	VBN	_	0	root	_	_
            8	opposition	opposition	NOUN	NN	_	9	compound	_	_
            9	leader	leader	NOUN	NN	_	10	compound	_	_
            10	Juan	Juan	PROPN	NNP	_	7	obj	_	NER=PERSON|SpaceAfter=No
            11	.	.	PUNCT	.	_	7	punct	_	_
            """));
  }
}
