package org.annalist.context.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annalist.conllu.ConlluReader;
import org.annalist.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Quotations and their speakers, and merged person and organisation names, on sentences parsed by
 * Annalist's CoreNLP pipeline ({@code ./annalist parse}); the last fixture was written by hand.
 */
class QuotationAndEntityTest {

  private static final FeatureExtractor EXTRACTOR = FeatureExtractor.bundled();

  private static ArticleFeatures features(String conllu) {
    AnnotatedArticle article = ConlluReader.read("test", conllu, null);
    return EXTRACTOR.extract(article);
  }

  /** Each quotation as {@code sentence "quote"@begin speaker "speakerName" verb RULE}. */
  private static List<String> quotations(String conllu) {
    return features(conllu).quotations().stream()
        .map(
            q ->
                q.sentenceIndex()
                    + " \""
                    + q.text()
                    + "\"@"
                    + q.quote().begin()
                    + " "
                    + (q.speaker() == null ? "-" : q.speaker().text() + "@" + q.speaker().begin())
                    + " \""
                    + q.speakerName()
                    + "\" "
                    + (q.verb() == null ? "-" : q.verb().text())
                    + " "
                    + q.rule())
        .toList();
  }

  private static List<String> names(List<NamedEntity> entities) {
    return entities.stream()
        .map(
            e ->
                e.name()
                    + " "
                    + e.mentions().stream().map(m -> m.text() + "@" + m.begin()).toList())
        .toList();
  }

  private static final String AFTER_QUOTE_NAME_SAID =
      """
        # text = "We will not allow this attack to go unpunished," Vladimir Putin said on Monday.
        1	"	"	PUNCT	``	_	15	punct	_	SpaceAfter=No
        2	We	we	PRON	PRP	_	5	nsubj	_	_
        3	will	will	AUX	MD	_	5	aux	_	_
        4	not	not	PART	RB	_	5	advmod	_	_
        5	allow	allow	VERB	VB	_	15	ccomp	_	_
        6	this	this	DET	DT	_	7	det	_	_
        7	attack	attack	NOUN	NN	_	5	obj	_	_
        8	to	to	PART	TO	_	9	mark	_	_
        9	go	go	VERB	VB	_	5	xcomp	_	_
        10	unpunished	unpunished	ADJ	JJ	_	9	xcomp	_	SpaceAfter=No
        11	,	,	PUNCT	,	_	15	punct	_	SpaceAfter=No
        12	"	"	PUNCT	''	_	15	punct	_	_
        13	Vladimir	Vladimir	PROPN	NNP	_	14	compound	_	NER=PERSON
        14	Putin	Putin	PROPN	NNP	_	15	nsubj	_	NER=PERSON
        15	said	say	VERB	VBD	_	0	root	_	_
        16	on	on	ADP	IN	_	17	case	_	_
        17	Monday	Monday	PROPN	NNP	_	15	obl	_	SpaceAfter=No
        18	.	.	PUNCT	.	_	15	punct	_	_
        """;

  private static final String BEFORE_QUOTE_TOLD_REPORTERS =
      """
        # text = The foreign minister told reporters: "The talks have failed and we are leaving Geneva."
        1	The	the	DET	DT	_	3	det	_	_
        2	foreign	foreign	ADJ	JJ	_	3	amod	_	_
        3	minister	minister	NOUN	NN	_	4	nsubj	_	_
        4	told	tell	VERB	VBD	_	0	root	_	_
        5	reporters	reporter	NOUN	NNS	_	4	obj	_	SpaceAfter=No
        6	:	:	PUNCT	:	_	4	punct	_	_
        7	"	"	PUNCT	``	_	4	punct	_	SpaceAfter=No
        8	The	the	DET	DT	_	9	det	_	_
        9	talks	talk	NOUN	NNS	_	11	nsubj	_	_
        10	have	have	AUX	VBP	_	11	aux	_	_
        11	failed	fail	VERB	VBN	_	4	ccomp	_	_
        12	and	and	CCONJ	CC	_	15	cc	_	_
        13	we	we	PRON	PRP	_	15	nsubj	_	_
        14	are	be	AUX	VBP	_	15	aux	_	_
        15	leaving	leave	VERB	VBG	_	11	conj	_	_
        16	Geneva	Geneva	PROPN	NNP	_	15	obj	_	SpaceAfter=No
        17	.	.	PUNCT	.	_	4	punct	_	SpaceAfter=No
        18	"	"	PUNCT	''	_	4	punct	_	_
        """;

  private static final String ACCORDING_TO =
      """
        # text = According to the United Nations, "the situation in the camps is getting worse every day."
        1	According	accord	VERB	VBG	_	5	case	_	_
        2	to	to	ADP	IN	_	1	fixed	_	_
        3	the	the	DET	DT	_	5	det	_	_
        4	United	United	PROPN	NNP	_	5	compound	_	NER=ORGANIZATION
        5	Nations	Nations	PROPN	NNP	_	14	obl	_	NER=ORGANIZATION|SpaceAfter=No
        6	,	,	PUNCT	,	_	14	punct	_	_
        7	"	"	PUNCT	``	_	14	punct	_	SpaceAfter=No
        8	the	the	DET	DT	_	9	det	_	_
        9	situation	situation	NOUN	NN	_	14	nsubj	_	_
        10	in	in	ADP	IN	_	12	case	_	_
        11	the	the	DET	DT	_	12	det	_	_
        12	camps	camp	NOUN	NNS	_	9	nmod	_	_
        13	is	be	AUX	VBZ	_	14	aux	_	_
        14	getting	get	VERB	VBG	_	0	root	_	_
        15	worse	bad	ADJ	JJR	_	14	xcomp	_	_
        16	every	every	DET	DT	_	17	det	_	_
        17	day	day	NOUN	NN	_	14	obl:tmod	_	SpaceAfter=No
        18	.	.	PUNCT	.	_	14	punct	_	SpaceAfter=No
        19	"	"	PUNCT	''	_	14	punct	_	_
        """;

  private static final String AFTER_QUOTE_SAID_NAME =
      """
        # text = "Our soldiers will defend every village," said General Ahmed Saleh.
        1	"	"	PUNCT	``	_	5	punct	_	SpaceAfter=No
        2	Our	we	PRON	PRP$	_	3	nmod:poss	_	_
        3	soldiers	soldier	NOUN	NNS	_	5	nsubj	_	_
        4	will	will	AUX	MD	_	5	aux	_	_
        5	defend	defend	VERB	VB	_	10	dep	_	_
        6	every	every	DET	DT	_	7	det	_	_
        7	village	village	NOUN	NN	_	5	obj	_	SpaceAfter=No
        8	,	,	PUNCT	,	_	5	punct	_	SpaceAfter=No
        9	"	"	PUNCT	''	_	5	punct	_	_
        10	said	say	VERB	VBD	_	0	root	_	_
        11	General	General	PROPN	NNP	_	13	compound	_	_
        12	Ahmed	Ahmed	PROPN	NNP	_	13	compound	_	NER=PERSON
        13	Saleh	Saleh	PROPN	NNP	_	10	nsubj	_	NER=PERSON|SpaceAfter=No
        14	.	.	PUNCT	.	_	10	punct	_	_
        """;

  private static final String SAYING_VERB_IN_SENTENCE =
      """
        # text = Putin warned that the sanctions were "a grave mistake that will hurt Europe" in a speech.
        1	Putin	Putin	PROPN	NNP	_	2	nsubj	_	NER=PERSON
        2	warned	warn	VERB	VBD	_	0	root	_	_
        3	that	that	SCONJ	IN	_	10	mark	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	sanctions	sanction	NOUN	NNS	_	10	nsubj	_	_
        6	were	be	AUX	VBD	_	10	cop	_	_
        7	"	"	PUNCT	``	_	10	punct	_	SpaceAfter=No
        8	a	a	DET	DT	_	10	det	_	_
        9	grave	grave	ADJ	JJ	_	10	amod	_	_
        10	mistake	mistake	NOUN	NN	_	2	ccomp	_	_
        11	that	that	PRON	WDT	_	13	nsubj	_	_
        12	will	will	AUX	MD	_	13	aux	_	_
        13	hurt	hurt	VERB	VB	_	10	ccomp	_	_
        14	Europe	Europe	PROPN	NNP	_	13	obj	_	NER=LOCATION|SpaceAfter=No
        15	"	"	PUNCT	''	_	13	punct	_	_
        16	in	in	ADP	IN	_	18	case	_	_
        17	a	a	DET	DT	_	18	det	_	_
        18	speech	speech	NOUN	NN	_	13	obl	_	SpaceAfter=No
        19	.	.	PUNCT	.	_	2	punct	_	_
        """;

  private static final String CONTINUING_QUOTE =
      """
        # text = Angela Merkel said the agreement was fragile.
        1	Angela	Angela	PROPN	NNP	_	2	compound	_	NER=PERSON
        2	Merkel	Merkel	PROPN	NNP	_	3	nsubj	_	NER=PERSON
        3	said	say	VERB	VBD	_	0	root	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	agreement	agreement	NOUN	NN	_	7	nsubj	_	_
        6	was	be	AUX	VBD	_	7	cop	_	_
        7	fragile	fragile	ADJ	JJ	_	3	ccomp	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	3	punct	_	_

        # text = "Nobody should expect a quick solution to this crisis."
        1	"	"	PUNCT	``	_	4	punct	_	SpaceAfter=No
        2	Nobody	nobody	NOUN	NN	_	4	nsubj	_	_
        3	should	should	AUX	MD	_	4	aux	_	_
        4	expect	expect	VERB	VB	_	0	root	_	_
        5	a	a	DET	DT	_	7	det	_	_
        6	quick	quick	ADJ	JJ	_	7	amod	_	_
        7	solution	solution	NOUN	NN	_	4	obj	_	_
        8	to	to	ADP	IN	_	10	case	_	_
        9	this	this	DET	DT	_	10	det	_	_
        10	crisis	crisis	NOUN	NN	_	7	nmod	_	SpaceAfter=No
        11	.	.	PUNCT	.	_	4	punct	_	SpaceAfter=No
        12	"	"	PUNCT	''	_	4	punct	_	_
        """;

  private static final String PUTIN_THEN_SHORT_PUTIN =
      """
        # text = Vladimir Putin met Angela Merkel in Berlin.
        1	Vladimir	Vladimir	PROPN	NNP	_	2	compound	_	NER=PERSON
        2	Putin	Putin	PROPN	NNP	_	3	nsubj	_	NER=PERSON
        3	met	meet	VERB	VBD	_	0	root	_	_
        4	Angela	Angela	PROPN	NNP	_	5	compound	_	NER=PERSON
        5	Merkel	Merkel	PROPN	NNP	_	3	obj	_	NER=PERSON
        6	in	in	ADP	IN	_	7	case	_	_
        7	Berlin	Berlin	PROPN	NNP	_	3	obl	_	NER=LOCATION|SpaceAfter=No
        8	.	.	PUNCT	.	_	3	punct	_	_

        # text = Putin later told reporters that he was satisfied with the talks.
        1	Putin	Putin	PROPN	NNP	_	3	nsubj	_	NER=PERSON
        2	later	later	ADV	RB	_	3	advmod	_	_
        3	told	tell	VERB	VBD	_	0	root	_	_
        4	reporters	reporter	NOUN	NNS	_	3	obj	_	_
        5	that	that	SCONJ	IN	_	8	mark	_	_
        6	he	he	PRON	PRP	_	8	nsubj	_	_
        7	was	be	AUX	VBD	_	8	cop	_	_
        8	satisfied	satisfied	ADJ	JJ	_	3	ccomp	_	_
        9	with	with	ADP	IN	_	11	case	_	_
        10	the	the	DET	DT	_	11	det	_	_
        11	talks	talk	NOUN	NNS	_	8	obl	_	SpaceAfter=No
        12	.	.	PUNCT	.	_	3	punct	_	_
        """;

  private static final String UN_AND_ACRONYM =
      """
        # text = The United Nations said on Monday that the UN would send aid.
        1	The	the	DET	DT	_	3	det	_	_
        2	United	United	PROPN	NNP	_	3	compound	_	NER=ORGANIZATION
        3	Nations	Nations	PROPN	NNP	_	4	nsubj	_	NER=ORGANIZATION
        4	said	say	VERB	VBD	_	0	root	_	_
        5	on	on	ADP	IN	_	6	case	_	_
        6	Monday	Monday	PROPN	NNP	_	4	obl	_	_
        7	that	that	SCONJ	IN	_	11	mark	_	_
        8	the	the	DET	DT	_	9	det	_	_
        9	UN	UN	PROPN	NNP	_	11	nsubj	_	NER=ORGANIZATION
        10	would	would	AUX	MD	_	11	aux	_	_
        11	send	send	VERB	VB	_	4	ccomp	_	_
        12	aid	aid	NOUN	NN	_	11	obj	_	SpaceAfter=No
        13	.	.	PUNCT	.	_	4	punct	_	_

        # text = The UN Security Council met later.
        1	The	the	DET	DT	_	4	det	_	_
        2	UN	UN	PROPN	NNP	_	4	compound	_	NER=ORGANIZATION
        3	Security	Security	PROPN	NNP	_	4	compound	_	NER=ORGANIZATION
        4	Council	Council	PROPN	NNP	_	5	nsubj	_	NER=ORGANIZATION
        5	met	meet	VERB	VBD	_	0	root	_	_
        6	later	later	ADV	RB	_	5	advmod	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	5	punct	_	_
        """;

  private static final String TWO_SMITHS =
      """
        # text = John Smith met Jane Smith in London.
        1	John	John	PROPN	NNP	_	2	compound	_	NER=PERSON
        2	Smith	Smith	PROPN	NNP	_	3	nsubj	_	NER=PERSON
        3	met	meet	VERB	VBD	_	0	root	_	_
        4	Jane	Jane	PROPN	NNP	_	5	compound	_	NER=PERSON
        5	Smith	Smith	PROPN	NNP	_	3	obj	_	NER=PERSON
        6	in	in	ADP	IN	_	7	case	_	_
        7	London	London	PROPN	NNP	_	5	nmod	_	NER=LOCATION|SpaceAfter=No
        8	.	.	PUNCT	.	_	3	punct	_	_

        # text = Smith said the meeting went well, and Jane Smith agreed.
        1	Smith	Smith	PROPN	NNP	_	2	nsubj	_	NER=PERSON
        2	said	say	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	meeting	meeting	NOUN	NN	_	5	nsubj	_	_
        5	went	go	VERB	VBD	_	2	ccomp	_	_
        6	well	well	ADV	RB	_	5	advmod	_	SpaceAfter=No
        7	,	,	PUNCT	,	_	2	punct	_	_
        8	and	and	CCONJ	CC	_	11	cc	_	_
        9	Jane	Jane	PROPN	NNP	_	10	compound	_	NER=PERSON
        10	Smith	Smith	PROPN	NNP	_	11	nsubj	_	NER=PERSON
        11	agreed	agree	VERB	VBD	_	2	conj	_	SpaceAfter=No
        12	.	.	PUNCT	.	_	2	punct	_	_
        """;

  private static final String SCARE_QUOTE =
      """
        # text = Residents described a "reign of terror" in the town.
        1	Residents	resident	NOUN	NNS	_	2	nsubj	_	_
        2	described	describe	VERB	VBD	_	0	root	_	_
        3	a	a	DET	DT	_	5	det	_	_
        4	"	"	PUNCT	``	_	5	punct	_	SpaceAfter=No
        5	reign	reign	NOUN	NN	_	2	obj	_	_
        6	of	of	ADP	IN	_	7	case	_	_
        7	terror	terror	NOUN	NN	_	5	nmod	_	SpaceAfter=No
        8	"	"	PUNCT	''	_	5	punct	_	_
        9	in	in	ADP	IN	_	11	case	_	_
        10	the	the	DET	DT	_	11	det	_	_
        11	town	town	NOUN	NN	_	5	nmod	_	SpaceAfter=No
        12	.	.	PUNCT	.	_	2	punct	_	_
        """;

  private static final String PRONOUN_SPEAKER =
      """
        # text = Angela Merkel met Vladimir Putin in Berlin.
        1	Angela	Angela	PROPN	NNP	_	2	compound	_	NER=PERSON
        2	Merkel	Merkel	PROPN	NNP	_	3	nsubj	_	NER=PERSON
        3	met	meet	VERB	VBD	_	0	root	_	_
        4	Vladimir	Vladimir	PROPN	NNP	_	5	compound	_	NER=PERSON
        5	Putin	Putin	PROPN	NNP	_	3	obj	_	NER=PERSON
        6	in	in	ADP	IN	_	7	case	_	_
        7	Berlin	Berlin	PROPN	NNP	_	3	obl	_	NER=LOCATION|SpaceAfter=No
        8	.	.	PUNCT	.	_	3	punct	_	_

        # text = "The talks were useful for both sides," he said.
        1	"	"	PUNCT	``	_	12	punct	_	SpaceAfter=No
        2	The	the	DET	DT	_	3	det	_	_
        3	talks	talk	NOUN	NNS	_	5	nsubj	_	_
        4	were	be	AUX	VBD	_	5	cop	_	_
        5	useful	useful	ADJ	JJ	_	12	ccomp	_	_
        6	for	for	ADP	IN	_	8	case	_	_
        7	both	both	DET	DT	_	8	det	_	_
        8	sides	side	NOUN	NNS	_	5	obl	_	SpaceAfter=No
        9	,	,	PUNCT	,	_	12	punct	_	SpaceAfter=No
        10	"	"	PUNCT	''	_	12	punct	_	_
        11	he	he	PRON	PRP	_	12	nsubj	_	_
        12	said	say	VERB	VBD	_	0	root	_	SpaceAfter=No
        13	.	.	PUNCT	.	_	12	punct	_	_
        """;

  @Test
  void quoteThenNameSaid() {
    assertEquals(
        List.of(
            "0 \"We will not allow this attack to go unpunished\"@1 Vladimir Putin@50"
                + " \"Vladimir Putin\" said AFTER_QUOTE"),
        quotations(AFTER_QUOTE_NAME_SAID));
  }

  @Test
  void nameToldReportersThenQuote() {
    assertEquals(
        List.of(
            "0 \"The talks have failed and we are leaving Geneva.\"@38 The foreign minister@0"
                + " \"The foreign minister\" told BEFORE_QUOTE"),
        quotations(BEFORE_QUOTE_TOLD_REPORTERS));
  }

  @Test
  void accordingToGivesTheSpeakerWithoutAVerb() {
    assertEquals(
        List.of(
            "0 \"the situation in the camps is getting worse every day.\"@34 the United"
                + " Nations@13 \"United Nations\" - ACCORDING_TO"),
        quotations(ACCORDING_TO));
  }

  @Test
  void quoteThenSaidNameKeepsTheTitle() {
    assertEquals(
        List.of(
            "0 \"Our soldiers will defend every village\"@1 General Ahmed Saleh@47"
                + " \"Ahmed Saleh\" said AFTER_QUOTE"),
        quotations(AFTER_QUOTE_SAID_NAME));
  }

  @Test
  void quoteInsideReportedSpeechTakesTheSubjectOfTheSayingVerb() {
    assertEquals(
        List.of(
            "0 \"a grave mistake that will hurt Europe\"@38 Putin@0 \"Putin\" warned"
                + " SAYING_VERB"),
        quotations(SAYING_VERB_IN_SENTENCE));
  }

  @Test
  void quoteOpeningASentenceTakesThePreviousSentencesSpeaker() {
    assertEquals(
        List.of(
            "1 \"Nobody should expect a quick solution to this crisis.\"@47 Angela Merkel@0"
                + " \"Angela Merkel\" said PREVIOUS_SENTENCE"),
        quotations(CONTINUING_QUOTE));
  }

  @Test
  void pronounSpeakerIsNamedByThePersonMentionedLast() {
    assertEquals(
        List.of(
            "1 \"The talks were useful for both sides\"@45 he@84 \"Vladimir Putin\" said"
                + " AFTER_QUOTE"),
        quotations(PRONOUN_SPEAKER));
  }

  @Test
  void scareQuoteIsNotAStatement() {
    assertEquals(List.of(), quotations(SCARE_QUOTE));
  }

  @Test
  void surnameIsMergedIntoTheFullName() {
    ArticleFeatures f = features(PUTIN_THEN_SHORT_PUTIN);
    assertEquals(
        List.of("Vladimir Putin [Vladimir Putin@0, Putin@44]", "Angela Merkel [Angela Merkel@19]"),
        names(f.persons()));
  }

  @Test
  void sharedSurnameGoesToThePersonMentionedLast() {
    ArticleFeatures f = features(TWO_SMITHS);
    assertEquals(
        List.of("John Smith [John Smith@0]", "Jane Smith [Jane Smith@15, Smith@37, Jane Smith@75]"),
        names(f.persons()));
  }

  @Test
  void acronymIsMergedIntoTheOrganisation() {
    ArticleFeatures f = features(UN_AND_ACRONYM);
    assertEquals(
        List.of(
            "United Nations [United Nations@4, UN@43]",
            "UN Security Council [UN Security Council@66]"),
        names(f.organizations()));
  }

  /**
   * A regression fixture (a Wikinews article once crashed the extractor): an acronym of a name that
   * is itself part of a longer name goes, through it, to the longer name's entity.
   */
  @Test
  void anAcronymOfAPartOfALongerNameJoinsTheLongerName() {
    ArticleFeatures f =
        features(
            """
            # text = The United Nations Security Council met.
            1	The	the	DET	DT	_	5	det	_	_
            2	United	United	PROPN	NNP	_	5	compound	_	NER=ORGANIZATION
            3	Nations	Nations	PROPN	NNP	_	5	compound	_	NER=ORGANIZATION
            4	Security	Security	PROPN	NNP	_	5	compound	_	NER=ORGANIZATION
            5	Council	Council	PROPN	NNP	_	6	nsubj	_	NER=ORGANIZATION
            6	met	meet	VERB	VBD	_	0	root	_	SpaceAfter=No
            7	.	.	PUNCT	.	_	6	punct	_	_

            # text = The United Nations said the UN would act.
            1	The	the	DET	DT	_	3	det	_	_
            2	United	United	PROPN	NNP	_	3	compound	_	NER=ORGANIZATION
            3	Nations	Nations	PROPN	NNP	_	4	nsubj	_	NER=ORGANIZATION
            4	said	say	VERB	VBD	_	0	root	_	_
            5	the	the	DET	DT	_	6	det	_	_
            6	UN	UN	PROPN	NNP	_	8	nsubj	_	NER=ORGANIZATION
            7	would	would	AUX	MD	_	8	aux	_	_
            8	act	act	VERB	VB	_	4	ccomp	_	SpaceAfter=No
            9	.	.	PUNCT	.	_	4	punct	_	_
            """);
    assertEquals(
        List.of(
            "United Nations Security Council [United Nations Security Council@4, United Nations@45,"
                + " UN@69]"),
        names(f.organizations()));
  }
}
