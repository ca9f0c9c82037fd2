package org.annalist.context.time;

import static org.annalist.context.time.Fixtures.THURSDAY_2017_11_30;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.junit.jupiter.api.Test;

class EventDaterTest {

  private static final EventDater DATER = new EventDater();

  /** "iso basis 'evidence'" of the event with that verb. */
  private static String date(AnnotatedArticle a, int sentence, int verb, boolean hypothetical) {
    EventDate d = DATER.forArticle(a).date(sentence, verb, hypothetical);
    return d.iso() + " " + d.basis() + " '" + d.evidenceText() + "'";
  }

  private static final String TWO_DATES =
      """
      # text = Russia said on Monday that its troops attacked Ukraine on Friday.
      1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	_
      2	said	say	VERB	VBD	_	0	root	_	_
      3	on	on	ADP	IN	_	4	case	_	_
      4	Monday	Monday	PROPN	NNP	_	2	obl	_	_
      5	that	that	SCONJ	IN	_	8	mark	_	_
      6	its	its	PRON	PRP$	_	7	nmod:poss	_	_
      7	troops	troops	NOUN	NNS	_	8	nsubj	_	_
      8	attacked	attack	VERB	VBD	_	2	ccomp	_	_
      9	Ukraine	Ukraine	PROPN	NNP	_	8	obj	_	_
      10	on	on	ADP	IN	_	11	case	_	_
      11	Friday	Friday	PROPN	NNP	_	8	obl	_	SpaceAfter=No
      12	.	.	PUNCT	.	_	2	punct	_	_
      """;

  @Test
  void theExpressionAttachedToTheVerbWinsOverAnotherInTheSentence() {
    AnnotatedArticle a = Fixtures.conllu(TWO_DATES, THURSDAY_2017_11_30);
    assertEquals("2017-11-27 TEXT 'Monday'", date(a, 0, 2, false));
    assertEquals("2017-11-24 TEXT 'Friday'", date(a, 0, 8, false));
  }

  private static final String ONE_WEEK_AFTER =
      """
      # text = The talks came one week after Iran announced that it may reduce its forces.
      1	The	the	DET	DT	_	2	det	_	_
      2	talks	talk	NOUN	NNS	_	3	nsubj	_	_
      3	came	come	VERB	VBD	_	0	root	_	_
      4	one	one	NUM	CD	_	5	nummod	_	_
      5	week	week	NOUN	NN	_	8	obl:npmod	_	_
      6	after	after	SCONJ	IN	_	8	mark	_	_
      7	Iran	Iran	PROPN	NNP	_	8	nsubj	_	_
      8	announced	announce	VERB	VBD	_	3	advcl	_	_
      9	that	that	SCONJ	IN	_	12	mark	_	_
      10	it	it	PRON	PRP	_	12	nsubj	_	_
      11	may	may	AUX	MD	_	12	aux	_	_
      12	reduce	reduce	VERB	VB	_	8	ccomp	_	_
      13	its	its	PRON	PRP$	_	14	nmod:poss	_	_
      14	forces	force	NOUN	NNS	_	12	obj	_	SpaceAfter=No
      15	.	.	PUNCT	.	_	3	punct	_	_
      """;

  @Test
  void aClauseIntroducedByOneWeekAfterIsDatedAWeekBeforeItsGovernor() {
    AnnotatedArticle a = Fixtures.conllu(ONE_WEEK_AFTER, THURSDAY_2017_11_30);
    assertEquals("2017-11-23 RELATIVE 'one week after'", date(a, 0, 8, false));
    assertEquals("2017-11-30 PUBLICATION 'null'", date(a, 0, 3, false));
  }

  @Test
  void aHypotheticalActIsDatedByTheStatementThatExpressesIt() {
    AnnotatedArticle a = Fixtures.conllu(ONE_WEEK_AFTER, THURSDAY_2017_11_30);
    assertEquals("2017-11-23 RELATIVE 'one week after'", date(a, 0, 12, true));
  }

  private static final String DEADLINE =
      """
      # text = Russia will withdraw its troops before the end of the year.
      1	Russia	Russia	PROPN	NNP	_	3	nsubj	_	_
      2	will	will	AUX	MD	_	3	aux	_	_
      3	withdraw	withdraw	VERB	VB	_	0	root	_	_
      4	its	its	PRON	PRP$	_	5	nmod:poss	_	_
      5	troops	troops	NOUN	NNS	_	3	obj	_	_
      6	before	before	ADP	IN	_	8	case	_	_
      7	the	the	DET	DT	_	8	det	_	_
      8	end	end	NOUN	NN	_	3	obl	_	_
      9	of	of	ADP	IN	_	11	case	_	_
      10	the	the	DET	DT	_	11	det	_	_
      11	year	year	NOUN	NN	_	8	nmod	_	SpaceAfter=No
      12	.	.	PUNCT	.	_	3	punct	_	_
      """;

  @Test
  void aDeadlineNeverDatesTheEvent() {
    AnnotatedArticle a = Fixtures.conllu(DEADLINE, THURSDAY_2017_11_30);
    assertEquals(TimeExpression.Kind.BEFORE, DATER.forArticle(a).expressions(0).get(0).kind());
    assertEquals("2017-11-30 PUBLICATION 'null'", date(a, 0, 3, true));
  }

  private static final String PLANNED =
      """
      # text = Russia will withdraw its troops next week.
      1	Russia	Russia	PROPN	NNP	_	3	nsubj	_	_
      2	will	will	AUX	MD	_	3	aux	_	_
      3	withdraw	withdraw	VERB	VB	_	0	root	_	_
      4	its	its	PRON	PRP$	_	5	nmod:poss	_	_
      5	troops	troops	NOUN	NNS	_	3	obj	_	_
      6	next	next	ADJ	JJ	_	7	amod	_	_
      7	week	week	NOUN	NN	_	3	obl:tmod	_	SpaceAfter=No
      8	.	.	PUNCT	.	_	3	punct	_	_
      """;

  @Test
  void aHypotheticalEventSkipsItsPlannedDateButARealisReadingKeepsIt() {
    AnnotatedArticle a = Fixtures.conllu(PLANNED, THURSDAY_2017_11_30);
    assertEquals("2017-11-30 PUBLICATION 'null'", date(a, 0, 3, true));
    assertEquals("2017-12-04/2017-12-10 TEXT 'next week'", date(a, 0, 3, false));
  }

  private static final String SINCE =
      """
      # text = Russian jets have been bombing rebels since September 2015.
      1	Russian	Russian	ADJ	JJ	_	2	amod	_	_
      2	jets	jet	NOUN	NNS	_	5	nsubj	_	_
      3	have	have	AUX	VBP	_	5	aux	_	_
      4	been	be	AUX	VBN	_	5	aux	_	_
      5	bombing	bomb	VERB	VBG	_	0	root	_	_
      6	rebels	rebel	NOUN	NNS	_	5	obj	_	_
      7	since	since	ADP	IN	_	8	case	_	_
      8	September	September	PROPN	NNP	_	5	obl	_	_
      9	2015	2015	NUM	CD	_	8	nummod	_	SpaceAfter=No
      10	.	.	PUNCT	.	_	5	punct	_	_
      """;

  @Test
  void anOngoingActSinceADateIsDatedAtTheStartOfThePeriod() {
    AnnotatedArticle a = Fixtures.conllu(SINCE, THURSDAY_2017_11_30);
    assertEquals("2015-09 TEXT 'since September 2015'", date(a, 0, 5, false));
  }

  private static final String NARRATIVE =
      """
      # text = On Sunday, the leaders agreed to impose sanctions.
      1	On	on	ADP	IN	_	2	case	_	_
      2	Sunday	Sunday	PROPN	NNP	_	6	obl	_	SpaceAfter=No
      3	,	,	PUNCT	,	_	6	punct	_	_
      4	the	the	DET	DT	_	5	det	_	_
      5	leaders	leader	NOUN	NNS	_	6	nsubj	_	_
      6	agreed	agree	VERB	VBD	_	0	root	_	_
      7	to	to	PART	TO	_	8	mark	_	_
      8	impose	impose	VERB	VB	_	6	xcomp	_	_
      9	sanctions	sanction	NOUN	NNS	_	8	obj	_	SpaceAfter=No
      10	.	.	PUNCT	.	_	6	punct	_	_

      # text = They also froze assets.
      1	They	they	PRON	PRP	_	3	nsubj	_	_
      2	also	also	ADV	RB	_	3	advmod	_	_
      3	froze	freeze	VERB	VBD	_	0	root	_	_
      4	assets	asset	NOUN	NNS	_	3	obj	_	SpaceAfter=No
      5	.	.	PUNCT	.	_	3	punct	_	_

      # text = The bloc says it will act.
      1	The	the	DET	DT	_	2	det	_	_
      2	bloc	bloc	NOUN	NN	_	3	nsubj	_	_
      3	says	say	VERB	VBZ	_	0	root	_	_
      4	it	it	PRON	PRP	_	6	nsubj	_	_
      5	will	will	AUX	MD	_	6	aux	_	_
      6	act	act	VERB	VB	_	3	ccomp	_	SpaceAfter=No
      7	.	.	PUNCT	.	_	3	punct	_	_

      # text = They met two days later.
      1	They	they	PRON	PRP	_	2	nsubj	_	_
      2	met	meet	VERB	VBD	_	0	root	_	_
      3	two	two	NUM	CD	_	4	nummod	_	_
      4	days	day	NOUN	NNS	_	5	obl:npmod	_	_
      5	later	later	ADV	RBR	_	2	advmod	_	SpaceAfter=No
      6	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final LocalDate MONDAY_2023_07_31 = LocalDate.of(2023, 7, 31);

  @Test
  void aVerbWithoutADateTakesItsGoverningClausesDate() {
    AnnotatedArticle a = Fixtures.conllu(NARRATIVE, MONDAY_2023_07_31);
    assertEquals("2023-07-30 TEXT 'Sunday'", date(a, 0, 8, false));
  }

  @Test
  void anUndatedPastSentenceContinuesTheNarrativeDate() {
    AnnotatedArticle a = Fixtures.conllu(NARRATIVE, MONDAY_2023_07_31);
    assertEquals("2023-07-30 NARRATIVE 'Sunday'", date(a, 1, 3, false));
  }

  @Test
  void aPresentTenseMainClauseSpeaksOfThePublicationDay() {
    AnnotatedArticle a = Fixtures.conllu(NARRATIVE, MONDAY_2023_07_31);
    assertEquals("2023-07-31 PUBLICATION 'null'", date(a, 2, 6, true));
  }

  @Test
  void daysLaterCountFromTheNarrativeDate() {
    AnnotatedArticle a = Fixtures.conllu(NARRATIVE, MONDAY_2023_07_31);
    assertEquals("2023-08-01 RELATIVE 'two days later'", date(a, 3, 2, false));
  }

  @Test
  void withoutAPublicationDateTheDatelineIsTheReference() {
    AnnotatedArticle parsed =
        Fixtures.conllu(
            """
            # text = MOSCOW 2017-11-30 Russia attacked Ukraine on Monday.
            1	MOSCOW	Moscow	PROPN	NNP	_	4	nsubj	_	_
            2	2017-11-30	2017-11-30	NUM	CD	_	1	nummod	_	_
            3	Russia	Russia	PROPN	NNP	_	4	nsubj	_	_
            4	attacked	attack	VERB	VBD	_	0	root	_	_
            5	Ukraine	Ukraine	PROPN	NNP	_	4	obj	_	_
            6	on	on	ADP	IN	_	7	case	_	_
            7	Monday	Monday	PROPN	NNP	_	4	obl	_	SpaceAfter=No
            8	.	.	PUNCT	.	_	4	punct	_	_
            """,
            null);
    assertEquals(LocalDate.of(2017, 11, 30), DATER.forArticle(parsed).reference());
    assertEquals("2017-11-27 TEXT 'Monday'", date(parsed, 0, 4, false));
  }

  @Test
  void withoutAnyReferenceOnlyExpressionsThatNameTheirYearCount() {
    AnnotatedArticle a =
        Fixtures.conllu(
            """
            # text = Russia attacked Ukraine on Monday in 2014.
            1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	_
            2	attacked	attack	VERB	VBD	_	0	root	_	_
            3	Ukraine	Ukraine	PROPN	NNP	_	2	obj	_	_
            4	on	on	ADP	IN	_	5	case	_	_
            5	Monday	Monday	PROPN	NNP	_	2	obl	_	_
            6	in	in	ADP	IN	_	7	case	_	_
            7	2014	2014	NUM	CD	_	2	obl	_	SpaceAfter=No
            8	.	.	PUNCT	.	_	2	punct	_	_
            """,
            null);
    assertNull(DATER.forArticle(a).reference());
    assertEquals("2014 TEXT '2014'", date(a, 0, 2, false));
  }

  @Test
  void withNoDateAtAllAnUndatedEventHasNone() {
    AnnotatedArticle a = Fixtures.conllu(DEADLINE, null);
    assertNull(DATER.forArticle(a).date(0, 3, false));
  }

  @Test
  void aMissingSentenceOrTokenIsRejected() {
    AnnotatedArticle a = Fixtures.conllu(DEADLINE, THURSDAY_2017_11_30);
    ArticleDates dates = DATER.forArticle(a);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> dates.date(5, 1, false));
    assertEquals("article test has no sentence 5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> dates.date(0, 13, false));
    assertEquals("sentence 0 has no token 13", e.getMessage());
  }

  @Test
  void anArticleWithoutSentencesStillGivesItsReference() {
    AnnotatedArticle empty =
        new AnnotatedArticle(
            new Article("e", "", THURSDAY_2017_11_30, null, null, null), java.util.List.of());
    assertEquals(THURSDAY_2017_11_30, DATER.forArticle(empty).reference());
  }

  @Test
  void aDateThatQualifiesANounDoesNotDateTheEvent() {
    AnnotatedArticle a =
        Fixtures.conllu(
            """
            # text = Jonathan conceded defeat in the weekend's elections.
            1	Jonathan	Jonathan	PROPN	NNP	_	2	nsubj	_	NER=PERSON
            2	conceded	concede	VERB	VBD	_	0	root	_	_
            3	defeat	defeat	NOUN	NN	_	2	obj	_	_
            4	in	in	ADP	IN	_	8	case	_	_
            5	the	the	DET	DT	_	6	det	_	_
            6	weekend	weekend	NOUN	NN	_	8	nmod:poss	_	SpaceAfter=No
            7	's	's	PART	POS	_	6	case	_	_
            8	elections	election	NOUN	NNS	_	2	obl	_	SpaceAfter=No
            9	.	.	PUNCT	.	_	2	punct	_	_
            """,
            THURSDAY_2017_11_30);
    assertEquals("2017-11-30 PUBLICATION 'null'", date(a, 0, 2, false));
  }
}
