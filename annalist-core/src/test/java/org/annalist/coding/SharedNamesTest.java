package org.annalist.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annalist.conllu.ConlluReader;
import org.annalist.dictionary.Dictionaries;
import org.junit.jupiter.api.Test;

/**
 * Names two actors share ({@code ~name} in the actor files): "Congolese" is the Democratic Republic
 * of the Congo's, and the Republic of the Congo's in an article about it. Fixtures parsed by
 * Annalist's CoreNLP pipeline, coded with the bundled dictionaries.
 */
class SharedNamesTest {

  private static final DependencyCoder CODER = new DependencyCoder(Dictionaries.defaults());

  /** The target of each event with its entries. */
  private static List<String> targets(String conllu) {
    return CODER.code(ConlluReader.read("test", conllu, LocalDate.of(2020, 1, 1))).events().stream()
        .map(e -> e.source().code() + " " + e.target().code() + " " + e.target().entries())
        .toList();
  }

  @Test
  void aSharedNameIsTheSharersInAnArticleAboutItsCountry() {
    assertEquals(
        List.of(
            "COG COGREB [actors/countries.txt:38, shared-name:actors/countries.txt:37,"
                + " agents/agents.txt:107]"),
        targets(
            """
        # text = The Republic of the Congo accused Congolese rebels of attacks.
        1	The	the	DET	DT	_	2	det	_	_
        2	Republic	Republic	PROPN	NNP	_	6	nsubj	_	_
        3	of	of	ADP	IN	_	5	case	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	Congo	Congo	PROPN	NNP	_	2	nmod	_	NER=LOCATION
        6	accused	accuse	VERB	VBD	_	0	root	_	_
        7	Congolese	Congolese	ADJ	JJ	_	8	amod	_	_
        8	rebels	rebel	NOUN	NNS	_	6	obj	_	_
        9	of	of	ADP	IN	_	10	case	_	_
        10	attacks	attack	NOUN	NNS	_	8	nmod	_	SpaceAfter=No
        11	.	.	PUNCT	.	_	6	punct	_	_

        # text = Brazzaville said four soldiers had died.
        1	Brazzaville	Brazzaville	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	said	say	VERB	VBD	_	0	root	_	_
        3	four	four	NUM	CD	_	4	nummod	_	_
        4	soldiers	soldier	NOUN	NNS	_	6	nsubj	_	_
        5	had	have	AUX	VBD	_	6	aux	_	_
        6	died	die	VERB	VBN	_	2	ccomp	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }

  @Test
  void aSharedNameIsItsOwnersElsewhere() {
    assertEquals(
        List.of(
            "UGA CODREB [actors/countries.txt:37, shared-name:actors/countries.txt:38,"
                + " agents/agents.txt:107]"),
        targets(
            """
        # text = Uganda accused Congolese rebels of attacks.
        1	Uganda	Uganda	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	accused	accuse	VERB	VBD	_	0	root	_	_
        3	Congolese	Congolese	ADJ	JJ	_	4	amod	_	_
        4	rebels	rebel	NOUN	NNS	_	2	obj	_	_
        5	of	of	ADP	IN	_	6	case	_	_
        6	attacks	attack	NOUN	NNS	_	4	nmod	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_

        # text = Kampala said four soldiers had died.
        1	Kampala	Kampala	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	said	say	VERB	VBD	_	0	root	_	_
        3	four	four	NUM	CD	_	4	nummod	_	_
        4	soldiers	soldier	NOUN	NNS	_	6	nsubj	_	_
        5	had	have	AUX	VBD	_	6	aux	_	_
        6	died	die	VERB	VBN	_	2	ccomp	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_
            """));
  }
}
