package org.annalist.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annalist.conllu.ConlluReader;
import org.annalist.dictionary.Dictionaries;
import org.junit.jupiter.api.Test;

/**
 * Arguments a verb shares with the words around it: the subject of the clause a participle
 * modifies, the conjuncts of its object, and for a state's acts on its own people, the state itself
 * as the target. Bundled dictionaries; parses as Annalist's CoreNLP pipeline gives them.
 */
class SharedArgumentsTest {

  private static final DependencyCoder CODER = new DependencyCoder(Dictionaries.defaults());

  /** Each event as "source code target | source text / verb / target text". */
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
                    + " | "
                    + e.source().text()
                    + " / "
                    + e.verb().text()
                    + " / "
                    + e.target().text())
        .toList();
  }

  @Test
  void aPatternNounInALaterConjunctOfTheObjectCodesTheAct() {
    assertEquals(
        List.of("NERMIL 1723 NER | Niger's military / announced / "),
        code(
            """
            # text = Niger's military announced the suspension of the constitution, a curfew and the closure of its borders.
            1	Niger	Niger	PROPN	NNP	_	3	nmod:poss	_	NER=LOCATION|SpaceAfter=No
            2	's	's	PART	POS	_	1	case	_	_
            3	military	military	NOUN	NN	_	4	nsubj	_	_
            4	announced	announce	VERB	VBD	_	0	root	_	_
            5	the	the	DET	DT	_	6	det	_	_
            6	suspension	suspension	NOUN	NN	_	4	obj	_	_
            7	of	of	ADP	IN	_	9	case	_	_
            8	the	the	DET	DT	_	9	det	_	_
            9	constitution	constitution	NOUN	NN	_	6	nmod	_	SpaceAfter=No
            10	,	,	PUNCT	,	_	6	punct	_	_
            11	a	a	DET	DT	_	12	det	_	_
            12	curfew	curfew	NOUN	NN	_	6	conj	_	_
            13	and	and	CCONJ	CC	_	15	cc	_	_
            14	the	the	DET	DT	_	15	det	_	_
            15	closure	closure	NOUN	NN	_	6	conj	_	_
            16	of	of	ADP	IN	_	18	case	_	_
            17	its	its	PRON	PRP$	_	18	nmod:poss	_	_
            18	borders	border	NOUN	NNS	_	15	nmod	_	SpaceAfter=No
            19	.	.	PUNCT	.	_	4	punct	_	_
            """));
  }

  @Test
  void aParticipleTakesTheSubjectOfTheClauseItModifiesAndADomesticActItsCountry() {
    assertEquals(
        List.of(
            "NERMIL 173 NERGOV | Niger's army / detained / ministers",
            "NERMIL 1724 NER | Niger's army / imposing / "),
        code(
            """
            # text = Niger's army said it had detained the ministers, imposing a state of emergency.
            1	Niger	Niger	PROPN	NNP	_	3	nmod:poss	_	NER=LOCATION|SpaceAfter=No
            2	's	's	PART	POS	_	1	case	_	_
            3	army	army	NOUN	NN	_	4	nsubj	_	_
            4	said	say	VERB	VBD	_	0	root	_	_
            5	it	it	PRON	PRP	_	7	nsubj	_	_
            6	had	have	AUX	VBD	_	7	aux	_	_
            7	detained	detain	VERB	VBN	_	4	ccomp	_	_
            8	the	the	DET	DT	_	9	det	_	_
            9	ministers	minister	NOUN	NNS	_	7	obj	_	SpaceAfter=No
            10	,	,	PUNCT	,	_	7	punct	_	_
            11	imposing	impose	VERB	VBG	_	7	dep	_	_
            12	a	a	DET	DT	_	13	det	_	_
            13	state	state	NOUN	NN	_	11	obj	_	_
            14	of	of	ADP	IN	_	15	case	_	_
            15	emergency	emergency	NOUN	NN	_	13	nmod	_	SpaceAfter=No
            16	.	.	PUNCT	.	_	4	punct	_	_
            """));
  }

  @Test
  void aDomesticActOfAnInternationalActorHasNoTarget() {
    assertEquals(
        List.of(),
        code(
            """
            # text = The UN imposed a curfew.
            1	The	the	DET	DT	_	2	det	_	_
            2	UN	UN	PROPN	NNP	_	3	nsubj	_	NER=ORGANIZATION
            3	imposed	impose	VERB	VBD	_	0	root	_	_
            4	a	a	DET	DT	_	5	det	_	_
            5	curfew	curfew	NOUN	NN	_	3	obj	_	SpaceAfter=No
            6	.	.	PUNCT	.	_	3	punct	_	_
            """));
  }
}
