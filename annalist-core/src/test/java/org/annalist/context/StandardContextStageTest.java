package org.annalist.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.annalist.coding.CodedEvent;
import org.annalist.coding.CodingResult;
import org.annalist.coding.DependencyCoder;
import org.annalist.conllu.ConlluReader;
import org.annalist.context.place.EventPlace;
import org.annalist.context.time.DateBasis;
import org.annalist.dictionary.Dictionaries;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The bundled context stage on parses as Annalist's CoreNLP pipeline gives them: factuality,
 * attribution, and the places chosen for an attack and for a statement, with the bundled
 * dictionaries, gazetteer, tagger and lexicon.
 */
class StandardContextStageTest {

  private static final DependencyCoder CODER = new DependencyCoder(Dictionaries.defaults());
  private static final ContextStage STAGE =
      StandardContextStage.shared().withActors(CODER::actorAt);
  private static final LocalDate THURSDAY = LocalDate.of(2017, 11, 30);

  private static final String DENIED =
      """
      # text = Moscow denied that its jets bombed Turkish troops in Idlib.
      1	Moscow	Moscow	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
      2	denied	deny	VERB	VBD	_	0	root	_	_
      3	that	that	SCONJ	IN	_	6	mark	_	_
      4	its	its	PRON	PRP$	_	5	nmod:poss	_	_
      5	jets	jet	NOUN	NNS	_	6	nsubj	_	_
      6	bombed	bomb	VERB	VBN	_	2	ccomp	_	_
      7	Turkish	Turkish	ADJ	JJ	_	8	amod	_	_
      8	troops	troops	NOUN	NNS	_	6	obj	_	_
      9	in	in	ADP	IN	_	10	case	_	_
      10	Idlib	Idlib	PROPN	NNP	_	6	obl	_	NER=LOCATION|SpaceAfter=No
      11	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String STRIKE =
      """
            # text = Iran fired missiles at Iraqi military bases on Tuesday.
            1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
            2	fired	fire	VERB	VBD	_	0	root	_	_
            3	missiles	missile	NOUN	NNS	_	2	obj	_	_
            4	at	at	ADP	IN	_	7	case	_	_
            5	Iraqi	Iraqi	ADJ	JJ	_	7	amod	_	_
            6	military	military	ADJ	JJ	_	7	amod	_	_
            7	bases	basis	NOUN	NNS	_	2	obl	_	_
            8	on	on	ADP	IN	_	9	case	_	_
            9	Tuesday	Tuesday	PROPN	NNP	_	2	obl	_	SpaceAfter=No
            10	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String WARNING =
      """
            # text = Russia warned Britain against further provocations.
            1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
            2	warned	warn	VERB	VBD	_	0	root	_	_
            3	Britain	Britain	PROPN	NNP	_	2	obj	_	NER=LOCATION
            4	against	against	ADP	IN	_	6	case	_	_
            5	further	further	ADJ	JJ	_	6	amod	_	_
            6	provocations	provocation	NOUN	NNS	_	2	obl	_	SpaceAfter=No
            7	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String TITLED_SPEAKER =
      """
            # text = The head of Russia's Security Council says Moscow will withdraw its troops from Syria.
            1	The	the	DET	DT	_	2	det	_	_
            2	head	head	NOUN	NN	_	8	nsubj	_	_
            3	of	of	ADP	IN	_	7	case	_	_
            4	Russia	Russia	PROPN	NNP	_	7	nmod:poss	_	NER=LOCATION|SpaceAfter=No
            5	's	's	PART	POS	_	4	case	_	_
            6	Security	Security	PROPN	NNP	_	7	compound	_	NER=ORGANIZATION
            7	Council	Council	PROPN	NNP	_	2	nmod	_	NER=ORGANIZATION
            8	says	say	VERB	VBZ	_	0	root	_	_
            9	Moscow	Moscow	PROPN	NNP	_	11	nsubj	_	NER=LOCATION
            10	will	will	AUX	MD	_	11	aux	_	_
            11	withdraw	withdraw	VERB	VB	_	8	ccomp	_	_
            12	its	its	PRON	PRP$	_	13	nmod:poss	_	_
            13	troops	troops	NOUN	NNS	_	11	obj	_	_
            14	from	from	ADP	IN	_	15	case	_	_
            15	Syria	Syria	PROPN	NNP	_	11	obl	_	NER=LOCATION|SpaceAfter=No
            16	.	.	PUNCT	.	_	8	punct	_	_

            # text = "Preparations are underway," Nikolai Patrushev told Russian media on Thursday.
            1	"	"	PUNCT	``	_	9	punct	_	SpaceAfter=No
            2	Preparations	preparation	NOUN	NNS	_	4	nsubj	_	_
            3	are	be	AUX	VBP	_	4	cop	_	_
            4	underway	underway	ADJ	JJ	_	9	ccomp	_	SpaceAfter=No
            5	,	,	PUNCT	,	_	9	punct	_	SpaceAfter=No
            6	"	"	PUNCT	''	_	9	punct	_	_
            7	Nikolai	Nikolai	PROPN	NNP	_	8	compound	_	NER=PERSON
            8	Patrushev	Patrushev	PROPN	NNP	_	9	nsubj	_	NER=PERSON
            9	told	tell	VERB	VBD	_	0	root	_	_
            10	Russian	Russian	ADJ	JJ	_	11	amod	_	_
            11	media	media	NOUN	NNS	_	9	obj	_	_
            12	on	on	ADP	IN	_	13	case	_	_
            13	Thursday	Thursday	PROPN	NNP	_	9	obl	_	SpaceAfter=No
            14	.	.	PUNCT	.	_	9	punct	_	_
      """;

  /** The article's events with their contexts, coded from {@code conllu}. */
  private static List<Object[]> contexts(String conllu, String outlet) {
    return contexts(conllu, outlet, CODER);
  }

  private static List<Object[]> contexts(String conllu, String outlet, DependencyCoder coder) {
    AnnotatedArticle parsed = ConlluReader.read("a", conllu, THURSDAY);
    AnnotatedArticle a =
        new AnnotatedArticle(
            new Article("a", parsed.text(), THURSDAY, outlet, null, null), parsed.sentences());
    CodingResult coding = coder.code(a);
    ArticleContext context = STAGE.annotate(a, coding);
    assertEquals(coding.events().size(), context.events().size());
    return coding.events().stream()
        .map(e -> new Object[] {e, context.of(e.id()).orElseThrow()})
        .toList();
  }

  private static EventContext only(String conllu, String outlet, String code) {
    return only(contexts(conllu, outlet), code);
  }

  private static EventContext only(List<Object[]> all, String code) {
    return all.stream()
        .filter(x -> ((CodedEvent) x[0]).event().code().startsWith(code))
        .map(x -> (EventContext) x[1])
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event " + code + " in " + all.size()));
  }

  @Test
  void anActADenialEmbedsIsDenied() {
    assertEquals(
        List.of(),
        contexts(DENIED, null).stream()
            .filter(x -> ((CodedEvent) x[0]).event().root().equals("19"))
            .toList(),
        "a denied act is left out by default");
    EventContext c = only(contexts(DENIED, null, CODER.includingNegated()), "19");
    assertEquals(Factuality.DENIED, c.factuality());
    assertEquals(EventPlace.Basis.ATTACHED, c.place().basis());
    assertEquals("Idlib", c.place().place().name());
  }

  @Test
  void anAttackWithNoPlaceInItsClauseHappenedInTheTargetsCountry() {
    EventContext c = only(STRIKE, "Reuters", "19");
    assertEquals(EventPlace.Basis.TARGET, c.place().basis());
    assertEquals("IRQ", c.place().place().countryCode());
    assertEquals("IRN", c.sourcePlace().countryCode());
    assertEquals("2017-11-28", c.date().iso(), "on Tuesday, before Thursday's article");
    assertEquals(DateBasis.TEXT, c.date().basis());
    assertEquals(Factuality.ASSERTED, c.factuality());
    assertEquals(
        new Attribution(Attribution.Kind.OUTLET, null, "Reuters", "the article's outlet"),
        c.attribution());
  }

  @Test
  void aStatementWithNoPlaceIsMadeInTheSourcesCountry() {
    EventContext c = only(WARNING, null, "130");
    assertEquals(EventPlace.Basis.SOURCE, c.place().basis());
    assertEquals("RUS", c.place().place().countryCode());
    assertEquals(Factuality.THREATENED, c.factuality());
    assertEquals(Attribution.NONE, c.attribution());
    assertEquals(DateBasis.PUBLICATION, c.date().basis());
    assertNull(c.date().evidence());
  }

  @Test
  void aSpeakerNamedByTitleIsThePersonOfTheSameCodeQuotedNextToIt() {
    EventContext c = only(TITLED_SPEAKER, null, "0874");
    assertEquals(Attribution.Kind.SPEAKER, c.attribution().kind());
    assertEquals("Nikolai Patrushev", c.attribution().name());
    assertEquals(Factuality.FUTURE, c.factuality());
    assertEquals(EventPlace.Basis.ATTACHED, c.place().basis());
    assertEquals("SYR", c.place().place().countryCode());
  }
}
