package org.annalist.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annalist.conllu.ConlluReader;
import org.annalist.dictionary.Dictionaries;
import org.junit.jupiter.api.Test;

/**
 * Events named by nouns ({@code NounEvents}): coded only when the sentence asserts or prepares
 * them, with their actors from the noun's own phrases. Fixtures are sentences as parsed by
 * Annalist's CoreNLP pipeline ({@code ./annalist parse}), for an article dated 2023-07-30.
 */
class NounEventsTest {

  private static final DependencyCoder CODER = new DependencyCoder(Dictionaries.defaults());

  /** Each event as "source code target noun [intended] [reported] | pattern id". */
  private static List<String> code(String conllu) {
    return CODER
        .code(ConlluReader.read("test", conllu, LocalDate.of(2023, 7, 30)))
        .events()
        .stream()
        .map(
            e ->
                e.source().code()
                    + " "
                    + e.event().code()
                    + " "
                    + e.target().code()
                    + " "
                    + e.verb().text()
                    + (e.modality().intention() ? " intended" : "")
                    + (e.reportedBy() != null ? " reported" : "")
                    + " | "
                    + e.patternId())
        .toList();
  }

  /**
   * A withdrawal being prepared is an intention to de-escalate (0356), flagged as intended,
   * reported by the speaker.
   */
  @Test
  void preparationsForAWithdrawalAreTheIntentionToWithdraw() {
    assertEquals(
        List.of("RUSMIL 0356 SYR withdrawal intended reported | noun-events:withdrawal"),
        code(
            """
            # text = Patrushev said that preparations for the withdrawal of Russian troops from Syria were under way.
            1	Patrushev	Patrushev	PROPN	NNP	_	2	nsubj	_	NER=PERSON
            2	said	say	VERB	VBD	_	0	root	_	_
            3	that	that	SCONJ	IN	_	15	mark	_	_
            4	preparations	preparation	NOUN	NNS	_	15	nsubj	_	_
            5	for	for	ADP	IN	_	7	case	_	_
            6	the	the	DET	DT	_	7	det	_	_
            7	withdrawal	withdrawal	NOUN	NN	_	4	nmod	_	_
            8	of	of	ADP	IN	_	10	case	_	_
            9	Russian	Russian	ADJ	JJ	_	10	amod	_	_
            10	troops	troops	NOUN	NNS	_	7	nmod	_	_
            11	from	from	ADP	IN	_	12	case	_	_
            12	Syria	Syria	PROPN	NNP	_	7	nmod	_	NER=LOCATION
            13	were	be	AUX	VBD	_	15	cop	_	_
            14	under	under	ADP	IN	_	15	case	_	_
            15	way	way	NOUN	NN	_	2	ccomp	_	SpaceAfter=No
            16	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /**
   * The removal of a named leader by the military is a seizure of power (180), coded as the gold
   * set codes coups.
   */
  @Test
  void removalOfAPresidentByTheMilitaryIsACoup() {
    assertEquals(
        List.of("NERMIL 180 NERGOV removal | noun-events:removal"),
        code(
            """
            # text = The coup saw the removal of President Mohamed Bazoum by the Nigerien military.
            1	The	the	DET	DT	_	2	det	_	_
            2	coup	coup	NOUN	NN	_	3	nsubj	_	_
            3	saw	see	VERB	VBD	_	0	root	_	_
            4	the	the	DET	DT	_	5	det	_	_
            5	removal	removal	NOUN	NN	_	3	obj	_	_
            6	of	of	ADP	IN	_	9	case	_	_
            7	President	President	PROPN	NNP	_	9	compound	_	_
            8	Mohamed	Mohamed	PROPN	NNP	_	9	compound	_	NER=PERSON
            9	Bazoum	Bazoum	PROPN	NNP	_	5	nmod	_	NER=PERSON
            10	by	by	ADP	IN	_	13	case	_	_
            11	the	the	DET	DT	_	13	det	_	_
            12	Nigerien	Nigerien	PROPN	NNP	_	13	compound	_	_
            13	military	military	NOUN	NN	_	5	nmod	_	SpaceAfter=No
            14	.	.	PUNCT	.	_	3	punct	_	_
            """));
  }

  /** A withdrawal that is only what talks were about is not asserted. */
  @Test
  void withdrawalAsATopicOfTalksIsNoEvent() {
    assertEquals(
        List.of(),
        code(
            """
            # text = Ministers held talks on the withdrawal of Russian troops from Syria.
            1	Ministers	Ministers	PROPN	NNP	_	2	nsubj	_	_
            2	held	hold	VERB	VBD	_	0	root	_	_
            3	talks	talk	NOUN	NNS	_	2	obj	_	_
            4	on	on	ADP	IN	_	6	case	_	_
            5	the	the	DET	DT	_	6	det	_	_
            6	withdrawal	withdrawal	NOUN	NN	_	3	nmod	_	_
            7	of	of	ADP	IN	_	9	case	_	_
            8	Russian	Russian	ADJ	JJ	_	9	amod	_	_
            9	troops	troops	NOUN	NNS	_	6	nmod	_	_
            10	from	from	ADP	IN	_	11	case	_	_
            11	Syria	Syria	PROPN	NNP	_	6	nmod	_	NER=LOCATION|SpaceAfter=No
            12	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  /** A withdrawal the sentence says began is the act (0874). */
  @Test
  void withdrawalThatBeganIsAWithdrawal() {
    assertEquals(
        List.of("RUSMIL 0874 SYR withdrawal | noun-events:withdrawal"),
        code(
            """
            # text = The withdrawal of Russian troops from Syria began on Monday.
            1	The	the	DET	DT	_	2	det	_	_
            2	withdrawal	withdrawal	NOUN	NN	_	8	nsubj	_	_
            3	of	of	ADP	IN	_	5	case	_	_
            4	Russian	Russian	ADJ	JJ	_	5	amod	_	_
            5	troops	troops	NOUN	NNS	_	2	nmod	_	_
            6	from	from	ADP	IN	_	7	case	_	_
            7	Syria	Syria	PROPN	NNP	_	2	nmod	_	NER=LOCATION
            8	began	begin	VERB	VBD	_	0	root	_	_
            9	on	on	ADP	IN	_	10	case	_	_
            10	Monday	Monday	PROPN	NNP	_	8	obl	_	SpaceAfter=No
            11	.	.	PUNCT	.	_	8	punct	_	_
            """));
  }

  /** A withdrawal that did not begin is negated and left out. */
  @Test
  void withdrawalThatDidNotBeginIsNoEvent() {
    assertEquals(
        List.of(),
        code(
            """
            # text = The withdrawal of Russian troops from Syria did not begin on Monday.
            1	The	the	DET	DT	_	2	det	_	_
            2	withdrawal	withdrawal	NOUN	NN	_	10	nsubj	_	_
            3	of	of	ADP	IN	_	5	case	_	_
            4	Russian	Russian	ADJ	JJ	_	5	amod	_	_
            5	troops	troops	NOUN	NNS	_	2	nmod	_	_
            6	from	from	ADP	IN	_	7	case	_	_
            7	Syria	Syria	PROPN	NNP	_	2	nmod	_	NER=LOCATION
            8	did	do	AUX	VBD	_	10	aux	_	_
            9	not	not	PART	RB	_	10	advmod	_	_
            10	begin	begin	VERB	VB	_	0	root	_	_
            11	on	on	ADP	IN	_	12	case	_	_
            12	Monday	Monday	PROPN	NNP	_	10	obl	_	SpaceAfter=No
            13	.	.	PUNCT	.	_	10	punct	_	_
            """));
  }

  /** The removal of an official named by a common noun is not the fall of a leader. */
  @Test
  void removalOfAnAmbassadorIsNoCoup() {
    assertEquals(
        List.of(),
        code(
            """
            # text = Britain announced the removal of the Russian ambassador by Russia.
            1	Britain	Britain	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
            2	announced	announce	VERB	VBD	_	0	root	_	_
            3	the	the	DET	DT	_	4	det	_	_
            4	removal	removal	NOUN	NN	_	2	obj	_	_
            5	of	of	ADP	IN	_	8	case	_	_
            6	the	the	DET	DT	_	8	det	_	_
            7	Russian	Russian	ADJ	JJ	_	8	amod	_	_
            8	ambassador	ambassador	NOUN	NN	_	4	nmod	_	_
            9	by	by	ADP	IN	_	10	case	_	_
            10	Russia	Russia	PROPN	NNP	_	4	nmod	_	NER=LOCATION|SpaceAfter=No
            11	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }
}
