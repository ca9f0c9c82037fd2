package org.annalist.context.time;

import static org.annalist.context.time.Fixtures.THURSDAY_2017_11_30;
import static org.annalist.context.time.Fixtures.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.annalist.context.time.TimeExpression.Anchor;
import org.annalist.context.time.TimeExpression.Kind;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {

  private static final TemporalTagger TAGGER = TemporalTagger.shared();

  /** "text=kind:iso:rule" for each expression of a plain sentence, dated against 2017-11-30. */
  private static String tag(String sentence) {
    Sentence s = plain(sentence);
    return describe(TAGGER.find(s, sentence, THURSDAY_2017_11_30));
  }

  private static String describe(List<TimeExpression> found) {
    return found.stream()
        .map(
            e ->
                e.text()
                    + "="
                    + e.kind()
                    + ":"
                    + (e.value() == null ? "-" : e.value().iso())
                    + ":"
                    + e.rule())
        .collect(Collectors.joining(" | "));
  }

  @Test
  void weekdaysAreTheMostRecentOnOrBeforeTheReference() {
    assertEquals("Thursday=POINT:2017-11-30:weekday", tag("Patrushev spoke on Thursday ."));
    assertEquals("Monday=POINT:2017-11-27:weekday", tag("He left on Monday ."));
    assertEquals("Thursday night=POINT:2017-11-30:weekday", tag("Thursday night raids ."));
    assertEquals("last Thursday=POINT:2017-11-23:last-weekday", tag("He spoke last Thursday ."));
    assertEquals("late Tuesday=POINT:2017-11-28:late-weekday", tag("Missiles hit late Tuesday ."));
  }

  @Test
  void monthAndDayInEitherOrderWithOrWithoutAYear() {
    assertEquals(
        "November 20=POINT:2017-11-20:month-day", tag("On November 20 , Putin met Assad ."));
    assertEquals(
        "20 November 2017=POINT:2017-11-20:day-month-year", tag("On 20 November 2017 he met ."));
    assertEquals("Nov. 20 , 2017=POINT:2017-11-20:month-day-year", tag("Nov. 20 , 2017 ."));
    assertEquals(
        "MARCH 31 , 2015=POINT:2015-03-31:month-day-year", tag("ABUJA ( MARCH 31 , 2015 )"));
    assertEquals("Sept 2015=POINT:2015-09:month-year", tag("raids from Sept 2015 ."));
  }

  @Test
  void aMonthDayAfterTheReferenceIsLastYears() {
    assertEquals("December 28=POINT:2016-12-28:month-day", tag("On December 28 they met ."));
  }

  @Test
  void aBareMonthOrYearCountsAfterATimePreposition() {
    assertEquals("October=POINT:2017-10:month", tag("In October Ashton wrote ."));
    assertEquals("December=POINT:2016-12:month", tag("talks in December ."));
    assertEquals("late June=POINT:2017-06:month", tag("protests began in late June ."));
    assertEquals("2013=POINT:2013:year", tag("The Philippines asked in 2013 ."));
    assertEquals("", tag("2013 was a bad year for October ."));
  }

  @Test
  void deicticWordsCountFromTheReference() {
    assertEquals("today=POINT:2017-11-30:today", tag("May said today ."));
    assertEquals("yesterday=POINT:2017-11-29:yesterday", tag("He left yesterday ."));
    assertEquals("this morning=POINT:2017-11-30:this-morning", tag("He left this morning ."));
    assertEquals("last night=POINT:2017-11-29:last-night", tag("He left last night ."));
    assertEquals("late-night=POINT:2017-11-29/2017-11-30:late-night", tag("a late-night appeal ."));
    assertEquals(
        "late - night=POINT:2017-11-29/2017-11-30:late-night", tag("a late - night appeal ."));
  }

  @Test
  void relativeWeeksMonthsAndYears() {
    assertEquals(
        "last week=POINT:2017-11-20/2017-11-26:last-week", tag("Gerasimov said last week ."));
    assertEquals(
        "earlier this week=POINT:2017-11-27/2017-11-30:earlier-this-week",
        tag("It said earlier this week ."));
    assertEquals("last month=POINT:2017-10:last-month", tag("It said last month ."));
    assertEquals(
        "earlier this month=POINT:2017-11-01/2017-11-30:earlier-this-month",
        tag("It said earlier this month ."));
    assertEquals("last year=POINT:2016:last-year", tag("It said last year ."));
    assertEquals("next year=POINT:2018:next-year", tag("It will go next year ."));
    assertEquals(
        "the weekend=POINT:2017-11-25/2017-11-26:weekend", tag("They voted over the weekend ."));
    assertEquals(
        "the past two days=POINT:2017-11-28/2017-11-30:past-n-days",
        tag("It killed 100 over the past two days ."));
  }

  @Test
  void offsetsCarryTheirPeriodAndAnchor() {
    TimeExpression ago =
        TAGGER.find(plain("three days ago ."), "three days ago .", THURSDAY_2017_11_30).get(0);
    assertEquals(Kind.DURATION_OFFSET, ago.kind());
    assertEquals(Anchor.REFERENCE, ago.anchor());
    assertEquals(Period.ofDays(-3), ago.offset());
    assertEquals("2017-11-27", ago.value().iso());
    String text = "It came one week after Iran spoke .";
    TimeExpression after = TAGGER.find(plain(text), text, THURSDAY_2017_11_30).get(0);
    assertEquals("one week after", after.text());
    assertEquals(Anchor.FOLLOWING, after.anchor());
    assertEquals(Period.ofWeeks(1), after.offset());
    assertNull(after.value());
    assertEquals(
        "two days later=DURATION_OFFSET:-:later | the next day=DURATION_OFFSET:-:next-day",
        tag("two days later and the next day ."));
  }

  @Test
  void sinceAndDeadlinesAreTheirOwnKinds() {
    assertEquals(
        "since September 2015=SINCE:2015-09:since-month-year", tag("raids since September 2015 ."));
    assertEquals("since 2011=SINCE:2011:since-year", tag("havoc since 2011 ."));
    assertEquals(
        "before the end of the year=BEFORE:2017-12:before-end-of-year",
        tag("could start before the end of the year ."));
    assertEquals("until Friday=BEFORE:2017-11-24:before-weekday", tag("closed until Friday ."));
  }

  @Test
  void isoDatesInDatelines() {
    assertEquals("2017-11-30=POINT:2017-11-30:iso-date", tag("MOSCOW 2017-11-30 ( Reuters )"));
  }

  @Test
  void wordsThatOnlyLookLikeDatesAreLeftAlone() {
    assertEquals("", tag("May the talks succeed ."));
    assertEquals("Tuesday=POINT:2017-11-28:weekday", tag("The Sunday Times said on Tuesday ."));
    assertEquals("", tag("1,000 troops arrived in the 1990s ."));
    assertEquals("", tag("the march of 2000 people ."));
    assertEquals("", tag("a week in politics ."));
  }

  @Test
  void theModalMayAndThePersonMayAreNoMonthInAParse() {
    AnnotatedArticle a =
        Fixtures.conllu(
            """
            # text = Theresa May said Russia may act in May.
            1	Theresa	Theresa	PROPN	NNP	_	2	compound	_	_
            2	May	May	PROPN	NNP	_	3	nsubj	_	_
            3	said	say	VERB	VBD	_	0	root	_	_
            4	Russia	Russia	PROPN	NNP	_	6	nsubj	_	_
            5	may	may	AUX	MD	_	6	aux	_	_
            6	act	act	VERB	VB	_	3	ccomp	_	_
            7	in	in	ADP	IN	_	8	case	_	_
            8	May	May	PROPN	NNP	_	6	obl	_	SpaceAfter=No
            9	.	.	PUNCT	.	_	3	punct	_	_
            """,
            THURSDAY_2017_11_30);
    List<TimeExpression> found = TAGGER.find(a.sentences().get(0), a.text(), THURSDAY_2017_11_30);
    assertEquals("May=POINT:2017-05:month", describe(found));
    assertEquals(8, found.get(0).firstToken());
  }

  @Test
  void aWeekdayOrMonthInAFutureClauseIsTheNextOne() {
    AnnotatedArticle a =
        Fixtures.conllu(
            """
            # text = Russia will attack on Friday and in December.
            1	Russia	Russia	PROPN	NNP	_	3	nsubj	_	_
            2	will	will	AUX	MD	_	3	aux	_	_
            3	attack	attack	VERB	VB	_	0	root	_	_
            4	on	on	ADP	IN	_	5	case	_	_
            5	Friday	Friday	PROPN	NNP	_	3	obl	_	_
            6	and	and	CCONJ	CC	_	8	cc	_	_
            7	in	in	ADP	IN	_	8	case	_	_
            8	December	December	PROPN	NNP	_	5	conj	_	SpaceAfter=No
            9	.	.	PUNCT	.	_	3	punct	_	_
            """,
            THURSDAY_2017_11_30);
    assertEquals(
        "Friday=POINT:2017-12-01:weekday | December=POINT:2017-12:month",
        describe(TAGGER.find(a.sentences().get(0), a.text(), THURSDAY_2017_11_30)));
  }

  @Test
  void aSentenceWithoutATriggerWordIsSkippedByThePreCheck() {
    assertFalse(TAGGER.mayContainTime(plain("Russia attacked Ukraine with drones .")));
    assertTrue(TAGGER.mayContainTime(plain("Russia attacked Ukraine in 2014 .")));
  }

  @Test
  void spansPointIntoTheArticleText() {
    String prefix = "Headline. ";
    String sentence = "He spoke on Thursday .";
    Sentence plain = plain(sentence);
    Sentence shifted =
        new Sentence(
            3,
            prefix.length(),
            prefix.length() + sentence.length(),
            plain.tokens().stream()
                .map(
                    t ->
                        new org.annalist.model.Token(
                            t.index(),
                            t.text(),
                            null,
                            null,
                            null,
                            null,
                            t.begin() + prefix.length(),
                            t.end() + prefix.length(),
                            0,
                            null))
                .toList());
    TimeExpression e = TAGGER.find(shifted, prefix + sentence, THURSDAY_2017_11_30).get(0);
    assertEquals(3, e.sentenceIndex());
    assertEquals(prefix.length() + 12, e.span().begin());
    assertEquals("Thursday", e.span().text());
    assertEquals(e.span(), e.value().evidence());
    assertEquals(DateBasis.TEXT, e.value().basis());
  }

  /** Random token soup of trigger and ordinary words never crashes and keeps spans in the text. */
  @Test
  void randomTokenSequencesNeverCrash() {
    String[] vocabulary = {
      "on",
      "Thursday",
      "May",
      "may",
      "March",
      "20",
      "2015",
      "1,000",
      "in",
      "since",
      "before",
      "the",
      "end",
      "of",
      "year",
      "last",
      "week",
      "ago",
      "two",
      "days",
      "after",
      "later",
      "a",
      "weekend",
      "late",
      "-",
      "night",
      "31",
      "Nov.",
      ",",
      ".",
      "this",
      "month",
      "past",
      "next",
      "until",
      "by",
      "2017-11-30",
      "earlier",
      "today",
      "Sunday",
      "Times",
      "day",
      "following",
      "99th"
    };
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          b.append(' ');
        }
        b.append(vocabulary[random.nextInt(vocabulary.length)]);
      }
      String text = b.toString();
      LocalDate reference =
          LocalDate.of(2000 + random.nextInt(30), 1, 1).plusDays(random.nextInt(366));
      for (TimeExpression e : TAGGER.find(plain(text), text, reference)) {
        assertEquals(text.substring(e.span().begin(), e.span().end()), e.text(), text);
        assertTrue(e.lastToken() <= n, text);
      }
    }
  }
}
