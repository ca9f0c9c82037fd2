package org.annalist.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annalist.conllu.ConlluReader;
import org.annalist.dictionary.Dictionaries;
import org.junit.jupiter.api.Test;

/**
 * The bundled verb dictionary codes the constructions that decide a CAMEO sub-code: the aim of a
 * protest, strike or block, the noun of a light verb, the weapon named by a hyphenated modifier.
 * Fixtures are sentences as parsed by Annalist's CoreNLP pipeline ({@code ./annalist parse}). The
 * coder names unknown actors by their words and keeps bare roles, and the assertions leave actor
 * codes out, so that these tests follow the verb patterns and not the actor dictionaries.
 */
class BundledVerbPatternsTest {

  private static final DependencyCoder CODER =
      new DependencyCoder(Dictionaries.defaults()).withBareRoles().withNewActors(4);

  /** Each event as "code verb | pattern". */
  private static List<String> code(String conllu) {
    return CODER
        .code(ConlluReader.read("test", conllu, LocalDate.of(2017, 11, 30)))
        .events()
        .stream()
        .map(e -> e.event().code() + " " + e.verb().text() + " | " + e.pattern())
        .toList();
  }

  /** A riot against a policy demands a policy change (1452), not just a riot (145). */
  @Test
  void riotAgainstAPolicyIsViolentProtestForPolicyChange() {
    assertEquals(
        List.of("1452 rioted | riot * (against {&POLICY}) = 1452"),
        code(
            """
            # text = Palestinians rioted against Israeli military policy.
            1	Palestinians	Palestinian	PROPN	NNPS	_	2	nsubj	_	_
            2	rioted	riot	VERB	VBD	_	0	root	_	_
            3	against	against	ADP	IN	_	6	case	_	_
            4	Israeli	Israeli	ADJ	JJ	_	6	amod	_	_
            5	military	military	ADJ	JJ	_	6	amod	_	_
            6	policy	policy	NOUN	NN	_	2	obl	_	SpaceAfter=No
            7	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /** A hunger strike takes the code of what it is for: political reforms (1422). */
  @Test
  void hungerStrikeForReformsTakesTheCodeOfItsAim() {
    assertEquals(
        List.of("1422 began | begin * {hunger strike} (for {&REFORM | &POLICY_CHANGE}) = 1422"),
        code(
            """
            # text = A Syrian lawmaker began a hunger strike for political reforms by President Assad.
            1	A	a	DET	DT	_	3	det	_	_
            2	Syrian	Syrian	ADJ	JJ	_	3	amod	_	_
            3	lawmaker	lawmaker	NOUN	NN	_	4	nsubj	_	_
            4	began	begin	VERB	VBD	_	0	root	_	_
            5	a	a	DET	DT	_	7	det	_	_
            6	hunger	hunger	NOUN	NN	_	7	compound	_	_
            7	strike	strike	NOUN	NN	_	4	obj	_	_
            8	for	for	ADP	IN	_	10	case	_	_
            9	political	political	ADJ	JJ	_	10	amod	_	_
            10	reforms	reform	NOUN	NNS	_	7	nmod	_	_
            11	by	by	ADP	IN	_	13	case	_	_
            12	President	President	PROPN	NNP	_	13	compound	_	_
            13	Assad	Assad	PROPN	NNP	_	10	nmod	_	NER=PERSON|SpaceAfter=No
            14	.	.	PUNCT	.	_	4	punct	_	_
            """));
  }

  /** Blocking roads against a policy is obstruction to demand a policy change (1442). */
  @Test
  void roadsBlockedAgainstAPolicyAreObstructionForPolicyChange() {
    assertEquals(
        List.of("1442 blocked | block * {&ROAD} (against {&POLICY}) = 1442"),
        code(
            """
            # text = Demonstrators in Baghdad blocked roads against the military policy of the United States.
            1	Demonstrators	demonstrator	NOUN	NNS	_	4	nsubj	_	_
            2	in	in	ADP	IN	_	3	case	_	_
            3	Baghdad	Baghdad	PROPN	NNP	_	1	nmod	_	NER=LOCATION
            4	blocked	block	VERB	VBD	_	0	root	_	_
            5	roads	road	NOUN	NNS	_	4	obj	_	_
            6	against	against	ADP	IN	_	9	case	_	_
            7	the	the	DET	DT	_	9	det	_	_
            8	military	military	ADJ	JJ	_	9	amod	_	_
            9	policy	policy	NOUN	NN	_	5	nmod	_	_
            10	of	of	ADP	IN	_	13	case	_	_
            11	the	the	DET	DT	_	13	det	_	_
            12	United	United	PROPN	NNP	_	13	compound	_	NER=LOCATION
            13	States	States	PROPN	NNP	_	9	nmod	_	NER=LOCATION|SpaceAfter=No
            14	.	.	PUNCT	.	_	4	punct	_	_
            """));
  }

  /** A threat of aid cuts is a threat to reduce or stop aid (1311), not a bare threat (130). */
  @Test
  void threatOfAidCutsIsThreatToStopAid() {
    assertEquals(
        List.of("1311 threatened | threaten * {&AID_CUT} = 1311"),
        code(
            """
            # text = The United States threatened aid cuts to Egypt.
            1	The	the	DET	DT	_	3	det	_	_
            2	United	United	PROPN	NNP	_	3	compound	_	NER=LOCATION
            3	States	States	PROPN	NNP	_	4	nsubj	_	NER=LOCATION
            4	threatened	threaten	VERB	VBD	_	0	root	_	_
            5	aid	aid	NOUN	NN	_	6	compound	_	_
            6	cuts	cut	NOUN	NNS	_	4	obj	_	_
            7	to	to	ADP	IN	_	8	case	_	_
            8	Egypt	Egypt	PROPN	NNP	_	6	nmod	_	NER=LOCATION|SpaceAfter=No
            9	.	.	PUNCT	.	_	4	punct	_	_
            """));
  }

  /** Threatening an end to one's mediation is threatening to halt mediation (135). */
  @Test
  void threatToEndMediationIsThreatToHaltMediation() {
    assertEquals(
        List.of(
            "135 threatened | threaten * {end | suspension | halt} (to {mediation | mediation effort}) = 135",
            "135 threatened | threaten * {end | suspension | halt} (to {mediation | mediation effort}) = 135"),
        code(
            """
            # text = Norway threatened an end to its mediation between Sri Lanka and the rebels.
            1	Norway	Norway	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
            2	threatened	threaten	VERB	VBD	_	0	root	_	_
            3	an	a	DET	DT	_	4	det	_	_
            4	end	end	NOUN	NN	_	2	obj	_	_
            5	to	to	ADP	IN	_	7	case	_	_
            6	its	its	PRON	PRP$	_	7	nmod:poss	_	_
            7	mediation	mediation	NOUN	NN	_	4	nmod	_	_
            8	between	between	ADP	IN	_	10	case	_	_
            9	Sri	Sri	PROPN	NNP	_	10	compound	_	NER=LOCATION
            10	Lanka	Lanka	PROPN	NNP	_	7	nmod	_	NER=LOCATION
            11	and	and	CCONJ	CC	_	13	cc	_	_
            12	the	the	DET	DT	_	13	det	_	_
            13	rebels	rebel	NOUN	NNS	_	10	conj	_	SpaceAfter=No
            14	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /** Rejecting calls for democracy is rejecting a change of regime (1234). */
  @Test
  void rejectingCallsForDemocracyIsRejectingRegimeChange() {
    assertEquals(
        List.of(
            "1234 rejected | reject * {demand | call | request | appeal} (for {&REGIME_CHANGE}) = 1234"),
        code(
            """
            # text = Beijing rejected calls for democracy in Hong Kong.
            1	Beijing	Beijing	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
            2	rejected	reject	VERB	VBD	_	0	root	_	_
            3	calls	call	NOUN	NNS	_	2	obj	_	_
            4	for	for	ADP	IN	_	5	case	_	_
            5	democracy	democracy	NOUN	NN	_	3	nmod	_	_
            6	in	in	ADP	IN	_	8	case	_	_
            7	Hong	Hong	PROPN	NNP	_	8	compound	_	NER=LOCATION
            8	Kong	Kong	PROPN	NNP	_	3	nmod	_	NER=LOCATION|SpaceAfter=No
            9	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /**
   * The tokenizer splits "precision-guided" into precision, -, guided; "guided missile" still
   * matches, and a guided munition fired at a target is 1951, not the plain missile attack (195).
   */
  @Test
  void precisionGuidedMissilesSplitByTheTokenizerArePrecisionMunitions() {
    assertEquals(
        List.of("1951 fired | fire * {&GUIDED_MUNITION} (at +) = 1951"),
        code(
            """
            # text = NATO aircraft fired precision-guided missiles at Libyan targets.
            1	NATO	NATO	PROPN	NNP	_	2	compound	_	NER=ORGANIZATION
            2	aircraft	aircraft	NOUN	NN	_	3	nsubj	_	_
            3	fired	fire	VERB	VBD	_	0	root	_	_
            4	precision	precision	NOUN	NN	_	6	obl	_	SpaceAfter=No
            5	-	-	PUNCT	HYPH	_	6	punct	_	SpaceAfter=No
            6	guided	guide	VERB	VBN	_	7	amod	_	_
            7	missiles	missile	NOUN	NNS	_	3	obj	_	_
            8	at	at	ADP	IN	_	10	case	_	_
            9	Libyan	Libyan	ADJ	JJ	_	10	amod	_	_
            10	targets	target	NOUN	NNS	_	3	obl	_	SpaceAfter=No
            11	.	.	PUNCT	.	_	3	punct	_	_
            """));
  }

  /** Anti-tank guided missiles are portable light weapons (193), not precision aerial munitions. */
  @Test
  void antiTankGuidedMissilesAreLightWeaponsNotAerialMunitions() {
    assertEquals(
        List.of(
            "193 fired | fire * {anti-tank missile | anti-tank guided missile | anti-tank rocket | anti-tank weapon} (at +) = 193"),
        code(
            """
            # text = Hezbollah fired anti-tank guided missiles at Israeli tanks.
            1	Hezbollah	Hezbollah	PROPN	NNP	_	2	nsubj	_	NER=ORGANIZATION
            2	fired	fire	VERB	VBD	_	0	root	_	_
            3	anti-tank	anti-tank	ADJ	JJ	_	5	amod	_	_
            4	guided	guide	VERB	VBN	_	5	amod	_	_
            5	missiles	missile	NOUN	NNS	_	2	obj	_	_
            6	at	at	ADP	IN	_	8	case	_	_
            7	Israeli	Israeli	ADJ	JJ	_	8	amod	_	_
            8	tanks	tank	NOUN	NNS	_	2	obl	_	SpaceAfter=No
            9	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /** Laser-guided bombs dropped on positions are precision-guided aerial munitions (1951). */
  @Test
  void laserGuidedBombsArePrecisionMunitions() {
    assertEquals(
        List.of("1951 dropped | drop * {&GUIDED_MUNITION} (on +) = 1951"),
        code(
            """
            # text = NATO jets dropped laser-guided bombs on Serbian positions.
            1	NATO	NATO	PROPN	NNP	_	2	compound	_	NER=ORGANIZATION
            2	jets	jet	NOUN	NNS	_	3	nsubj	_	_
            3	dropped	drop	VERB	VBD	_	0	root	_	_
            4	laser	laser	NOUN	NN	_	6	obl	_	SpaceAfter=No
            5	-	-	PUNCT	HYPH	_	6	punct	_	SpaceAfter=No
            6	guided	guide	VERB	VBN	_	7	amod	_	_
            7	bombs	bomb	NOUN	NNS	_	3	obj	_	_
            8	on	on	ADP	IN	_	10	case	_	_
            9	Serbian	serbian	ADJ	JJ	_	10	amod	_	_
            10	positions	position	NOUN	NNS	_	3	obl	_	SpaceAfter=No
            11	.	.	PUNCT	.	_	3	punct	_	_
            """));
  }

  /**
   * A remote-controlled bomb planted beforehand is a location bombing (1834), both for the killing
   * and for the planting.
   */
  @Test
  void plantedRemoteControlledBombIsLocationBombing() {
    assertEquals(
        List.of(
            "1834 killed | kill * (by {&LOCATION_BOMBING}) = 1834",
            "1834 planted | plant * {&LOCATION_BOMBING} = 1834"),
        code(
            """
            # text = Three US soldiers were killed by a remote-controlled bomb planted by insurgents in Iraq.
            1	Three	three	NUM	CD	_	3	nummod	_	_
            2	US	US	PROPN	NNP	_	3	compound	_	_
            3	soldiers	soldier	NOUN	NNS	_	5	nsubj:pass	_	_
            4	were	be	AUX	VBD	_	5	aux:pass	_	_
            5	killed	kill	VERB	VBN	_	0	root	_	_
            6	by	by	ADP	IN	_	11	case	_	_
            7	a	a	DET	DT	_	11	det	_	_
            8	remote	remote	ADJ	JJ	_	10	dep	_	SpaceAfter=No
            9	-	-	PUNCT	HYPH	_	10	punct	_	SpaceAfter=No
            10	controlled	control	VERB	VBN	_	11	amod	_	_
            11	bomb	bomb	NOUN	NN	_	5	obl	_	_
            12	planted	plant	VERB	VBN	_	11	acl	_	_
            13	by	by	ADP	IN	_	14	case	_	_
            14	insurgents	insurgent	NOUN	NNS	_	12	obl	_	_
            15	in	in	ADP	IN	_	16	case	_	_
            16	Iraq	Iraq	PROPN	NNP	_	14	nmod	_	NER=LOCATION|SpaceAfter=No
            17	.	.	PUNCT	.	_	5	punct	_	_
            """));
  }

  /** "Launched strikes on" a country is an air or missile attack (195). */
  @Test
  void strikesOnACountryAreAerialAttacks() {
    assertEquals(
        List.of("195 launched | launch * {strike} (on +) = 195"),
        code(
            """
            # text = The United States launched strikes on Syria.
            1	The	the	DET	DT	_	3	det	_	_
            2	United	United	PROPN	NNP	_	3	compound	_	NER=LOCATION
            3	States	States	PROPN	NNP	_	4	nsubj	_	NER=LOCATION
            4	launched	launch	VERB	VBD	_	0	root	_	_
            5	strikes	strike	NOUN	NNS	_	4	obj	_	_
            6	on	on	ADP	IN	_	7	case	_	_
            7	Syria	Syria	PROPN	NNP	_	5	nmod	_	NER=LOCATION|SpaceAfter=No
            8	.	.	PUNCT	.	_	4	punct	_	_
            """));
  }

  /** A labour strike "on Monday" is no air strike: the day is not a target. */
  @Test
  void labourStrikeOnMondayIsNotAnAirStrike() {
    assertEquals(
        List.of(),
        code(
            """
            # text = Workers staged a strike on Monday at the Renault factory in France.
            1	Workers	worker	NOUN	NNS	_	2	nsubj	_	_
            2	staged	stage	VERB	VBD	_	0	root	_	_
            3	a	a	DET	DT	_	4	det	_	_
            4	strike	strike	NOUN	NN	_	2	obj	_	_
            5	on	on	ADP	IN	_	6	case	_	_
            6	Monday	Monday	PROPN	NNP	_	2	obl	_	_
            7	at	at	ADP	IN	_	10	case	_	_
            8	the	the	DET	DT	_	10	det	_	_
            9	Renault	Renault	PROPN	NNP	_	10	compound	_	NER=ORGANIZATION
            10	factory	factory	NOUN	NN	_	2	obl	_	_
            11	in	in	ADP	IN	_	12	case	_	_
            12	France	France	PROPN	NNP	_	10	nmod	_	NER=LOCATION|SpaceAfter=No
            13	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /** The light verb "make" codes the noun it makes: an appeal to someone is an appeal (020). */
  @Test
  void appealMadeToSomeoneIsAnAppeal() {
    assertEquals(
        List.of("020 made | make * {appeal | plea} (to +) = 020"),
        code(
            """
            # text = Ukraine's president Zelensky made an appeal to Russians.
            1	Ukraine	Ukraine	PROPN	NNP	_	3	nmod:poss	_	NER=LOCATION|SpaceAfter=No
            2	's	's	PART	POS	_	1	case	_	_
            3	president	president	NOUN	NN	_	5	nsubj	_	_
            4	Zelensky	Zelensky	PROPN	NNP	_	3	appos	_	NER=PERSON
            5	made	make	VERB	VBD	_	0	root	_	_
            6	an	a	DET	DT	_	7	det	_	_
            7	appeal	appeal	NOUN	NN	_	5	obj	_	_
            8	to	to	ADP	IN	_	9	case	_	_
            9	Russians	Russian	PROPN	NNPS	_	5	obl	_	SpaceAfter=No
            10	.	.	PUNCT	.	_	5	punct	_	_
            """));
  }

  /** Keeping sanctions in place is refusing to ease them (1244), not imposing new ones (163). */
  @Test
  void keepingSanctionsIsRefusingToEaseThem() {
    assertEquals(
        List.of("1244 maintain | maintain * {&SANCTION} (against +) = 1244"),
        code(
            """
            # text = The European Union will maintain sanctions against Russia.
            1	The	the	DET	DT	_	3	det	_	_
            2	European	European	PROPN	NNP	_	3	compound	_	NER=ORGANIZATION
            3	Union	Union	PROPN	NNP	_	5	nsubj	_	NER=ORGANIZATION
            4	will	will	AUX	MD	_	5	aux	_	_
            5	maintain	maintain	VERB	VB	_	0	root	_	_
            6	sanctions	sanction	NOUN	NNS	_	5	obj	_	_
            7	against	against	ADP	IN	_	8	case	_	_
            8	Russia	Russia	PROPN	NNP	_	6	nmod	_	NER=LOCATION|SpaceAfter=No
            9	.	.	PUNCT	.	_	5	punct	_	_
            """));
  }

  /** Troops held at a border are a show of force (150), whatever verb holds them. */
  @Test
  void troopsHeldNearABorderAreAShowOfForce() {
    assertEquals(
        List.of("150 had | maintain * {&MILITARY_UNIT} (near +) = 150"),
        code(
            """
            # text = Moscow had 200,000 soldiers near Ukraine's borders.
            1	Moscow	Moscow	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
            2	had	have	VERB	VBD	_	0	root	_	_
            3	200,000	200000	NUM	CD	_	4	nummod	_	_
            4	soldiers	soldier	NOUN	NNS	_	2	obj	_	_
            5	near	near	ADP	IN	_	8	case	_	_
            6	Ukraine	Ukraine	PROPN	NNP	_	8	nmod:poss	_	NER=LOCATION|SpaceAfter=No
            7	's	's	PART	POS	_	6	case	_	_
            8	borders	border	NOUN	NNS	_	4	nmod	_	SpaceAfter=No
            9	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /**
   * A state cutting the number of its own people or assets in another country reduces its presence
   * there (0874); without the possessive, the pattern does not apply.
   */
  @Test
  void reducingTheNumberOfItsOwnInAnotherCountryIsAWithdrawal() {
    String conllu =
        """
        # text = Russia will reduce the number of its sources in Syria.
        1	Russia	Russia	PROPN	NNP	_	3	nsubj	_	_
        2	will	will	AUX	MD	_	3	aux	_	_
        3	reduce	reduce	VERB	VB	_	0	root	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	number	number	NOUN	NN	_	3	obj	_	_
        6	of	of	ADP	IN	_	8	case	_	_
        7	its	its	PRON	PRP$	_	8	nmod:poss	_	_
        8	sources	source	NOUN	NNS	_	5	nmod	_	_
        9	in	in	ADP	IN	_	10	case	_	_
        10	Syria	Syria	PROPN	NNP	_	5	nmod	_	SpaceAfter=No
        11	.	.	PUNCT	.	_	3	punct	_	_
        """;
    assertEquals(
        List.of("0874 reduce | reduce * {number} (of {its | their}) (in +) = 0874"), code(conllu));
    assertEquals(
        List.of(),
        code(
            conllu
                .replace("its\tits\tPRON\tPRP$\t_\t8\tnmod:poss", "new\tnew\tADJ\tJJ\t_\t8\tamod")
                .replace("of its sources", "of new sources")));
  }

  /** A bomb sent by post is 1883, the codebook's residual of the non-military bombings (183). */
  @Test
  void aParcelBombSentToSomeoneIsTheResidualBombingCode() {
    assertEquals(
        List.of("1883 sent | send * {&MAILED_BOMB} (to +) = 1883"),
        code(
            """
        # text = Suspected militants sent a parcel bomb to the office of Greek Finance Minister Yanis Varoufakis.
        1	Suspected	suspected	ADJ	JJ	_	2	amod	_	_
        2	militants	militant	NOUN	NNS	_	3	nsubj	_	_
        3	sent	send	VERB	VBD	_	0	root	_	_
        4	a	a	DET	DT	_	6	det	_	_
        5	parcel	parcel	NOUN	NN	_	6	compound	_	_
        6	bomb	bomb	NOUN	NN	_	3	obj	_	_
        7	to	to	ADP	IN	_	9	case	_	_
        8	the	the	DET	DT	_	9	det	_	_
        9	office	office	NOUN	NN	_	3	obl	_	_
        10	of	of	ADP	IN	_	15	case	_	_
        11	Greek	Greek	PROPN	NNP	_	13	compound	_	_
        12	Finance	Finance	PROPN	NNP	_	13	compound	_	_
        13	Minister	Minister	PROPN	NNP	_	15	compound	_	_
        14	Yanis	Yanis	PROPN	NNP	_	15	compound	_	NER=PERSON
        15	Varoufakis	Varoufakis	PROPN	NNP	_	9	nmod	_	NER=PERSON|SpaceAfter=No
        16	.	.	PUNCT	.	_	3	punct	_	_
            """));
  }
}
