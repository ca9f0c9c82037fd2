package org.annalist.coding;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.conllu.ConlluReader;
import org.annalist.model.AnnotatedArticle;

/**
 * CoNLL-U fixtures for the coder's tests: sentences as parsed by Annalist's CoreNLP pipeline
 * ({@code ./annalist parse}), kept here so that coding is tested without CoreNLP.
 */
final class ParsedSentences {

  private static final Map<String, String> BY_TEXT = new LinkedHashMap<>();

  private ParsedSentences() {}

  /** The parsed sentence as a one-sentence article with id {@code test}. */
  static AnnotatedArticle article(String sentence, LocalDate date) {
    String conllu = BY_TEXT.get(sentence);
    if (conllu == null) {
      throw new IllegalArgumentException("no parse for: " + sentence);
    }
    return ConlluReader.read("test", conllu, date);
  }

  static AnnotatedArticle article(String sentence) {
    return article(sentence, LocalDate.of(2017, 11, 30));
  }

  private static void put(String conllu) {
    String text = conllu.lines().findFirst().orElseThrow().substring("# text = ".length());
    BY_TEXT.put(text, conllu);
  }

  static {
    put(
        """
        # text = The Syrian army bombed villages of rebels in Damascus.
        1	The	the	DET	DT	_	3	det	_	_
        2	Syrian	Syrian	ADJ	JJ	_	3	amod	_	_
        3	army	army	NOUN	NN	_	4	nsubj	_	_
        4	bombed	bomb	VERB	VBD	_	0	root	_	_
        5	villages	village	NOUN	NNS	_	4	obj	_	_
        6	of	of	ADP	IN	_	7	case	_	_
        7	rebels	rebel	NOUN	NNS	_	5	nmod	_	_
        8	in	in	ADP	IN	_	9	case	_	_
        9	Damascus	Damascus	PROPN	NNP	_	4	obl	_	SpaceAfter=No
        10	.	.	PUNCT	.	_	4	punct	_	_
        """);
    put(
        """
        # text = Russia attacked rebels in Damascus.
        1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	_
        2	attacked	attack	VERB	VBD	_	0	root	_	_
        3	rebels	rebel	NOUN	NNS	_	2	obj	_	_
        4	in	in	ADP	IN	_	5	case	_	_
        5	Damascus	Damascus	PROPN	NNP	_	2	obl	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	2	punct	_	_
        """);
    put(
        """
        # text = The Syrian army attacked rebels in Damascus.
        1	The	the	DET	DT	_	3	det	_	_
        2	Syrian	Syrian	ADJ	JJ	_	3	amod	_	_
        3	army	army	NOUN	NN	_	4	nsubj	_	_
        4	attacked	attack	VERB	VBD	_	0	root	_	_
        5	rebels	rebel	NOUN	NNS	_	4	obj	_	_
        6	in	in	ADP	IN	_	7	case	_	_
        7	Damascus	Damascus	PROPN	NNP	_	4	obl	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	4	punct	_	_
        """);
    put(
        """
        # text = Daesh troops attacked Syria.
        1	Daesh	Daesh	PROPN	NNP	_	2	compound	_	_
        2	troops	troops	NOUN	NNS	_	3	nsubj	_	_
        3	attacked	attack	VERB	VBD	_	0	root	_	_
        4	Syria	Syria	PROPN	NNP	_	3	obj	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	3	punct	_	_
        """);
    put(
        """
        # text = Putin expressed hope that the fight against terrorism in Syria would conclude soon.
        1	Putin	Putin	PROPN	NNP	_	2	nsubj	_	NER=PERSON
        2	expressed	express	VERB	VBD	_	0	root	_	_
        3	hope	hope	NOUN	NN	_	2	obj	_	_
        4	that	that	SCONJ	IN	_	12	mark	_	_
        5	the	the	DET	DT	_	6	det	_	_
        6	fight	fight	NOUN	NN	_	12	nsubj	_	_
        7	against	against	ADP	IN	_	8	case	_	_
        8	terrorism	terrorism	NOUN	NN	_	6	nmod	_	_
        9	in	in	ADP	IN	_	10	case	_	_
        10	Syria	Syria	PROPN	NNP	_	6	nmod	_	NER=LOCATION
        11	would	would	AUX	MD	_	12	aux	_	_
        12	conclude	conclude	VERB	VB	_	3	ccomp	_	_
        13	soon	soon	ADV	RB	_	12	advmod	_	SpaceAfter=No
        14	.	.	PUNCT	.	_	2	punct	_	_
        """);
    put(
        """
        # text = Russia attacked Ukraine on Monday.
        1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	attacked	attack	VERB	VBD	_	0	root	_	_
        3	Ukraine	Ukraine	PROPN	NNP	_	2	obj	_	NER=LOCATION
        4	on	on	ADP	IN	_	5	case	_	_
        5	Monday	Monday	PROPN	NNP	_	2	obl	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	2	punct	_	_
        """);
    put(
        """
        # text = Ukraine was attacked by Russia.
        1	Ukraine	Ukraine	PROPN	NNP	_	3	nsubj:pass	_	NER=LOCATION
        2	was	be	AUX	VBD	_	3	aux:pass	_	_
        3	attacked	attack	VERB	VBN	_	0	root	_	_
        4	by	by	ADP	IN	_	5	case	_	_
        5	Russia	Russia	PROPN	NNP	_	3	obl	_	NER=LOCATION|SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	_	_
        """);
    put(
        """
        # text = Brazil and the United States condemned Venezuela.
        1	Brazil	Brazil	PROPN	NNP	_	6	nsubj	_	NER=LOCATION
        2	and	and	CCONJ	CC	_	5	cc	_	_
        3	the	the	DET	DT	_	5	det	_	_
        4	United	United	PROPN	NNP	_	5	compound	_	NER=LOCATION
        5	States	States	PROPN	NNP	_	1	conj	_	NER=LOCATION
        6	condemned	condemn	VERB	VBD	_	0	root	_	_
        7	Venezuela	Venezuela	PROPN	NNP	_	6	obj	_	NER=LOCATION|SpaceAfter=No
        8	.	.	PUNCT	.	_	6	punct	_	_
        """);
    put(
        """
        # text = France praised Germany and Italy.
        1	France	France	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	praised	praise	VERB	VBD	_	0	root	_	_
        3	Germany	Germany	PROPN	NNP	_	2	obj	_	NER=LOCATION
        4	and	and	CCONJ	CC	_	5	cc	_	_
        5	Italy	Italy	PROPN	NNP	_	3	conj	_	NER=LOCATION|SpaceAfter=No
        6	.	.	PUNCT	.	_	2	punct	_	_
        """);
    put(
        """
        # text = Russia did not attack Ukraine.
        1	Russia	Russia	PROPN	NNP	_	4	nsubj	_	NER=LOCATION
        2	did	do	AUX	VBD	_	4	aux	_	_
        3	not	not	PART	RB	_	4	advmod	_	_
        4	attack	attack	VERB	VB	_	0	root	_	_
        5	Ukraine	Ukraine	PROPN	NNP	_	4	obj	_	NER=LOCATION|SpaceAfter=No
        6	.	.	PUNCT	.	_	4	punct	_	_
        """);
    put(
        """
        # text = Russia refused to withdraw its troops from Syria.
        1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	refused	refuse	VERB	VBD	_	0	root	_	_
        3	to	to	PART	TO	_	4	mark	_	_
        4	withdraw	withdraw	VERB	VB	_	2	xcomp	_	_
        5	its	its	PRON	PRP$	_	6	nmod:poss	_	_
        6	troops	troops	NOUN	NNS	_	4	obj	_	_
        7	from	from	ADP	IN	_	8	case	_	_
        8	Syria	Syria	PROPN	NNP	_	4	obl	_	NER=LOCATION|SpaceAfter=No
        9	.	.	PUNCT	.	_	2	punct	_	_
        """);
    put(
        """
        # text = Russia may reduce its military presence in Syria.
        1	Russia	Russia	PROPN	NNP	_	3	nsubj	_	NER=LOCATION
        2	may	may	AUX	MD	_	3	aux	_	_
        3	reduce	reduce	VERB	VB	_	0	root	_	_
        4	its	its	PRON	PRP$	_	6	nmod:poss	_	_
        5	military	military	ADJ	JJ	_	6	amod	_	_
        6	presence	presence	NOUN	NN	_	3	obj	_	_
        7	in	in	ADP	IN	_	8	case	_	_
        8	Syria	Syria	PROPN	NNP	_	6	nmod	_	NER=LOCATION|SpaceAfter=No
        9	.	.	PUNCT	.	_	3	punct	_	_
        """);
    put(
        """
        # text = Russia will attack Ukraine.
        1	Russia	Russia	PROPN	NNP	_	3	nsubj	_	NER=LOCATION
        2	will	will	AUX	MD	_	3	aux	_	_
        3	attack	attack	VERB	VB	_	0	root	_	_
        4	Ukraine	Ukraine	PROPN	NNP	_	3	obj	_	NER=LOCATION|SpaceAfter=No
        5	.	.	PUNCT	.	_	3	punct	_	_
        """);
    put(
        """
        # text = Moscow is preparing to withdraw its troops from Syria.
        1	Moscow	Moscow	PROPN	NNP	_	3	nsubj	_	NER=LOCATION
        2	is	be	AUX	VBZ	_	3	aux	_	_
        3	preparing	prepare	VERB	VBG	_	0	root	_	_
        4	to	to	PART	TO	_	5	mark	_	_
        5	withdraw	withdraw	VERB	VB	_	3	xcomp	_	_
        6	its	its	PRON	PRP$	_	7	nmod:poss	_	_
        7	troops	troops	NOUN	NNS	_	5	obj	_	_
        8	from	from	ADP	IN	_	9	case	_	_
        9	Syria	Syria	PROPN	NNP	_	5	obl	_	NER=LOCATION|SpaceAfter=No
        10	.	.	PUNCT	.	_	3	punct	_	_
        """);
    put(
        """
        # text = Ukraine says Russia attacked Poland.
        1	Ukraine	Ukraine	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	says	say	VERB	VBZ	_	0	root	_	_
        3	Russia	Russia	PROPN	NNP	_	4	nsubj	_	NER=LOCATION
        4	attacked	attack	VERB	VBD	_	2	ccomp	_	_
        5	Poland	Poland	PROPN	NNP	_	4	obj	_	NER=LOCATION|SpaceAfter=No
        6	.	.	PUNCT	.	_	2	punct	_	_
        """);
    put(
        """
        # text = Russian jets bombed Syrian rebels.
        1	Russian	Russian	ADJ	JJ	_	2	amod	_	_
        2	jets	jet	NOUN	NNS	_	3	nsubj	_	_
        3	bombed	bomb	VERB	VBN	_	0	root	_	_
        4	Syrian	Syrian	ADJ	JJ	_	5	amod	_	_
        5	rebels	rebel	NOUN	NNS	_	3	obj	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	_	_
        """);
    put(
        """
        # text = The United Nations Security Council condemned North Korea.
        1	The	the	DET	DT	_	5	det	_	_
        2	United	United	PROPN	NNP	_	3	compound	_	NER=ORGANIZATION
        3	Nations	Nations	PROPN	NNP	_	5	compound	_	NER=ORGANIZATION
        4	Security	Security	PROPN	NNP	_	5	compound	_	NER=ORGANIZATION
        5	Council	Council	PROPN	NNP	_	6	nsubj	_	NER=ORGANIZATION
        6	condemned	condemn	VERB	VBD	_	0	root	_	_
        7	North	North	PROPN	NNP	_	8	compound	_	NER=LOCATION
        8	Korea	Korea	PROPN	NNP	_	6	obj	_	NER=LOCATION|SpaceAfter=No
        9	.	.	PUNCT	.	_	6	punct	_	_
        """);
    put(
        """
        # text = Medvedev criticized Ukraine.
        1	Medvedev	Medvedev	PROPN	NNP	_	2	nsubj	_	NER=PERSON
        2	criticized	criticize	VERB	VBD	_	0	root	_	_
        3	Ukraine	Ukraine	PROPN	NNP	_	2	obj	_	NER=LOCATION|SpaceAfter=No
        4	.	.	PUNCT	.	_	2	punct	_	_
        """);
    put(
        """
        # text = Russia withdrew its troops from Syria.
        1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	withdrew	withdraw	VERB	VBD	_	0	root	_	_
        3	its	its	PRON	PRP$	_	4	nmod:poss	_	_
        4	troops	troops	NOUN	NNS	_	2	obj	_	_
        5	from	from	ADP	IN	_	6	case	_	_
        6	Syria	Syria	PROPN	NNP	_	2	obl	_	NER=LOCATION|SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_
        """);
    put(
        """
        # text = Russia withdrew its ambassador from Syria.
        1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	withdrew	withdraw	VERB	VBD	_	0	root	_	_
        3	its	its	PRON	PRP$	_	4	nmod:poss	_	_
        4	ambassador	ambassador	NOUN	NN	_	2	obj	_	_
        5	from	from	ADP	IN	_	6	case	_	_
        6	Syria	Syria	PROPN	NNP	_	2	obl	_	NER=LOCATION|SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_
        """);
    put(
        """
        # text = Russian jets conducted air strikes against Daesh.
        1	Russian	Russian	ADJ	JJ	_	2	amod	_	_
        2	jets	jet	NOUN	NNS	_	3	nsubj	_	_
        3	conducted	conduct	VERB	VBN	_	0	root	_	_
        4	air	air	NOUN	NN	_	5	compound	_	_
        5	strikes	strike	NOUN	NNS	_	3	obj	_	_
        6	against	against	ADP	IN	_	7	case	_	_
        7	Daesh	Daesh	PROPN	NNP	_	3	obl	_	NER=PERSON|SpaceAfter=No
        8	.	.	PUNCT	.	_	3	punct	_	_
        """);
    put(
        """
        # text = France urged Russia to withdraw its troops from Syria.
        1	France	France	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	urged	urge	VERB	VBD	_	0	root	_	_
        3	Russia	Russia	PROPN	NNP	_	2	obj	_	NER=LOCATION
        4	to	to	PART	TO	_	5	mark	_	_
        5	withdraw	withdraw	VERB	VB	_	2	xcomp	_	_
        6	its	its	PRON	PRP$	_	7	nmod:poss	_	_
        7	troops	troops	NOUN	NNS	_	5	obj	_	_
        8	from	from	ADP	IN	_	9	case	_	_
        9	Syria	Syria	PROPN	NNP	_	5	obl	_	NER=LOCATION|SpaceAfter=No
        10	.	.	PUNCT	.	_	2	punct	_	_
        """);
    put(
        """
        # text = The army of Syria attacked Turkey.
        1	The	the	DET	DT	_	2	det	_	_
        2	army	army	NOUN	NN	_	5	nsubj	_	_
        3	of	of	ADP	IN	_	4	case	_	_
        4	Syria	Syria	PROPN	NNP	_	2	nmod	_	NER=LOCATION
        5	attacked	attack	VERB	VBD	_	0	root	_	_
        6	Turkey	Turkey	PROPN	NNP	_	5	obj	_	NER=LOCATION|SpaceAfter=No
        7	.	.	PUNCT	.	_	5	punct	_	_
        """);
    put(
        """
        # text = Russia hailed the Syrian army's achievements.
        1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	hailed	hail	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	5	det	_	_
        4	Syrian	Syrian	ADJ	JJ	_	5	amod	_	_
        5	army	army	NOUN	NN	_	7	nmod:poss	_	SpaceAfter=No
        6	's	's	PART	POS	_	5	case	_	_
        7	achievements	achievement	NOUN	NNS	_	2	obj	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	2	punct	_	_
        """);
    put(
        """
        # text = France attacked Germany in the football final.
        1	France	France	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	attacked	attack	VERB	VBD	_	0	root	_	_
        3	Germany	Germany	PROPN	NNP	_	2	obj	_	NER=LOCATION
        4	in	in	ADP	IN	_	6	case	_	_
        5	the	the	DET	DT	_	6	det	_	_
        6	football	football	NOUN	NN	_	2	obl	_	_
        7	final	final	ADJ	JJ	_	6	amod	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	2	punct	_	_
        """);
    put(
        """
        # text = Russia attacked Ukraine with drones.
        1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	attacked	attack	VERB	VBD	_	0	root	_	_
        3	Ukraine	Ukraine	PROPN	NNP	_	2	obj	_	NER=LOCATION
        4	with	with	ADP	IN	_	5	case	_	_
        5	drones	drone	NOUN	NNS	_	2	obl	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	2	punct	_	_
        """);
    put(
        """
        # text = Russia attacked Ukraine.
        1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
        2	attacked	attack	VERB	VBD	_	0	root	_	_
        3	Ukraine	Ukraine	PROPN	NNP	_	2	obj	_	NER=LOCATION|SpaceAfter=No
        4	.	.	PUNCT	.	_	2	punct	_	_
        """);
  }
}
