package org.annalist.context.place;

import static org.annalist.context.place.GeoFixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annalist.conllu.ConlluReader;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class GeoparserTest {

  private static final Geoparser GEOPARSER = GazetteerGeoparser.standard();

  private static PlaceMention only(GeoparsedArticle g, String text) {
    List<PlaceMention> found = g.mentions().stream().filter(m -> m.text().equals(text)).toList();
    assertTrue(!found.isEmpty(), "no mention '" + text + "' in " + g.mentions());
    return found.get(0);
  }

  private static String resolved(String text, String... sentences) {
    return only(GEOPARSER.geoparse(article(sentences)), text).place().fullName();
  }

  // ---- Washington: the capital unless the state is evidenced --------------------------------

  @Test
  void washingtonInDiplomaticStoryIsTheCapital() {
    assertEquals(
        "Washington, District of Columbia, United States",
        resolved(
            "Washington",
            "Iraq/LOCATION 's foreign minister held talks in Washington/LOCATION on Tuesday ."));
  }

  @Test
  void washingtonWithSeattleAndSpokaneIsTheState() {
    assertEquals(
        "Washington, United States",
        resolved(
            "Washington",
            "Wildfires forced evacuations near Spokane/LOCATION on Monday .",
            "Officials in Seattle/LOCATION said smoke covered much of Washington/LOCATION ."));
  }

  @Test
  void washingtonStateCueMakesTheState() {
    GeoparsedArticle g =
        GEOPARSER.geoparse(article("Voters in Washington/LOCATION state approved the measure ."));
    PlaceMention m = only(g, "Washington");
    assertEquals("US.WA", m.place().featureId());
    assertEquals(
        "ADM1; named as a state or province; over Washington, District of Columbia, United States",
        m.reason());
  }

  // ---- Georgia: the country unless a US state is evidenced ------------------------------------

  @Test
  void georgiaWithTbilisiAndRussianTroopsIsTheCountry() {
    PlaceMention m =
        only(
            GEOPARSER.geoparse(
                article(
                    "Russian troops moved deeper into Georgia/LOCATION on Friday .",
                    "Officials in Tbilisi/LOCATION called for a ceasefire .")),
            "Georgia");
    assertEquals("GE", m.place().featureId());
    assertEquals("country; country context GEO x1; over Georgia, United States", m.reason());
  }

  @Test
  void georgiaWithAtlantaIsTheUsState() {
    assertEquals(
        "Georgia, United States",
        resolved(
            "Georgia",
            "Election officials in Atlanta/LOCATION began a recount .",
            "The result in Georgia/LOCATION could decide control of the U.S./LOCATION Senate ."));
  }

  @Test
  void georgiaInAmericanStoryWithoutStateEvidenceStaysTheCountry() {
    assertEquals(
        "Georgia",
        resolved(
            "Georgia",
            "The U.S./LOCATION envoy met leaders of Georgia/LOCATION and Armenia/LOCATION ."));
  }

  // ---- Paris: France unless Texas is evidenced
  // ---------------------------------------------------

  @Test
  void parisWithFrenchPoliceIsTheFrenchCapital() {
    assertEquals(
        "Paris, Île-de-France, France",
        resolved("Paris", "Thousands marched in Paris/LOCATION , French police said ."));
  }

  @Test
  void parisFollowedByTexasIsTheTexanTown() {
    GeoparsedArticle g =
        GEOPARSER.geoparse(
            article("A tornado struck Paris/LOCATION , Texas/LOCATION , on Sunday ."));
    assertEquals("Paris, Texas, United States", only(g, "Paris").place().fullName());
    assertEquals("US.TX", only(g, "Texas").place().featureId());
  }

  @Test
  void parisInStoryAboutNorthTexasIsTheTexanTown() {
    assertEquals(
        "Paris, Texas, United States",
        resolved(
            "Paris",
            "Storms swept across north Texas/LOCATION and Dallas/LOCATION overnight .",
            "In Paris/LOCATION , the hospital treated 12 people ."));
  }

  @Test
  void parisInAmericanPoliticalStoryStaysInFrance() {
    assertEquals(
        "Paris, Île-de-France, France",
        resolved(
            "Paris",
            "The U.S./LOCATION president said the United/LOCATION States/LOCATION would leave the"
                + " accord signed in Paris/LOCATION ."));
  }

  // ---- Tripoli: Libya unless Lebanon is evidenced
  // ------------------------------------------------

  @Test
  void tripoliWithLibyanGovernmentIsTheLibyanCapital() {
    assertEquals(
        "Tripoli, Libya",
        resolved("Tripoli", "Militias clashed in Tripoli/LOCATION , the Libyan government said ."));
  }

  @Test
  void tripoliWithLebaneseArmyAndBeirutIsInLebanon() {
    PlaceMention m =
        only(
            GEOPARSER.geoparse(
                article(
                    "Clashes in the northern city of Tripoli/LOCATION killed two , the Lebanese army"
                        + " said .",
                    "Politicians in Beirut/LOCATION called for calm .")),
            "Tripoli");
    assertEquals("266826", m.place().featureId());
    assertEquals("Tripoli, North Lebanon, Lebanon", m.place().fullName());
  }

  // ---- mentions
  // ----------------------------------------------------------------------------------

  @Test
  void adjectivesAreCountryContextNotPlaces() {
    GeoparsedArticle g = GEOPARSER.geoparse(article("Syrian and Russian officials met ."));
    assertEquals(List.of(), g.mentions());
    assertEquals("Syria", g.focusCountry().name());
    assertEquals("country of the adjectives", g.focusReason());
  }

  @Test
  void personNamedAfterAPlaceIsNoPlace() {
    GeoparsedArticle g =
        GEOPARSER.geoparse(
            article("George/PERSON Washington/PERSON crossed the river with Paris/PERSON ."));
    assertEquals(List.of(), g.mentions());
    assertNull(g.focusPlace());
  }

  @Test
  void untaggedCityNameInRunningTextIsNoPlaceButCountryIs() {
    GeoparsedArticle g =
        GEOPARSER.geoparse(article("Reading the report , Mobile officials praised Jordan ."));
    assertEquals(List.of("Jordan"), g.mentions().stream().map(PlaceMention::text).toList());
  }

  @Test
  void multiWordNameIsMatchedLongestFirstWithOffsets() {
    GeoparsedArticle g =
        GEOPARSER.geoparse(article("Talks resumed in New/LOCATION York/LOCATION on Monday ."));
    PlaceMention m = only(g, "New York");
    assertEquals(4, m.firstToken());
    assertEquals(5, m.lastToken());
    assertEquals(17, m.span().begin());
    assertEquals(25, m.span().end());
    assertEquals("5128581", m.place().featureId());
  }

  // ---- dateline and focus ----------------------------------------------------------------------

  @Test
  void datelineInCapitalsIsAPlaceAndTheFocus() {
    GeoparsedArticle g =
        GEOPARSER.geoparse(
            article(
                "ABUJA ( Reuters ) - Nigeria/LOCATION 's president met governors on Monday .",
                "He later flew to Lagos/LOCATION ."));
    PlaceMention abuja = g.mentions().get(0);
    assertEquals("ABUJA", abuja.text());
    assertEquals("2352778", abuja.place().featureId());
    assertTrue(abuja.reason().startsWith("dateline; "), abuja.reason());
    assertEquals(abuja.place(), g.focusPlace());
    assertEquals("dateline", g.focusReason());
    assertEquals("NGA", g.focusCountry().countryCode());
  }

  @Test
  void withoutDatelineTheMostMentionedPlaceIsTheFocus() {
    GeoparsedArticle g =
        GEOPARSER.geoparse(
            article(
                "Officials in Kyiv/LOCATION said Russia/LOCATION had fired missiles .",
                "Kyiv/LOCATION asked for more air defence ."));
    assertEquals("Kyiv", g.focusPlace().name());
    assertEquals("most mentioned (2)", g.focusReason());
    assertEquals("UKR", g.focusCountry().countryCode());
  }

  // ---- event places
  // ------------------------------------------------------------------------------

  private static final String SOCHI =
      """
      # text = Putin met Erdogan in Sochi on Wednesday.
      1	Putin	Putin	PROPN	NNP	_	2	nsubj	_	NER=PERSON
      2	met	meet	VERB	VBD	_	0	root	_	_
      3	Erdogan	Erdogan	PROPN	NNP	_	2	obj	_	NER=PERSON
      4	in	in	ADP	IN	_	5	case	_	_
      5	Sochi	Sochi	PROPN	NNP	_	2	obl	_	NER=LOCATION
      6	on	on	ADP	IN	_	7	case	_	_
      7	Wednesday	Wednesday	PROPN	NNP	_	2	obl	_	SpaceAfter=No
      8	.	.	PUNCT	.	_	2	punct	_	_

      # text = Turkey wants a deal on Syria.
      1	Turkey	Turkey	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
      2	wants	want	VERB	VBZ	_	0	root	_	_
      3	a	a	DET	DT	_	4	det	_	_
      4	deal	deal	NOUN	NN	_	2	obj	_	_
      5	on	on	ADP	IN	_	6	case	_	_
      6	Syria	Syria	PROPN	NNP	_	4	nmod	_	NER=LOCATION|SpaceAfter=No
      7	.	.	PUNCT	.	_	2	punct	_	_

      # text = The two leaders spoke for hours.
      1	The	the	DET	DT	_	3	det	_	_
      2	two	two	NUM	CD	_	3	nummod	_	_
      3	leaders	leader	NOUN	NNS	_	4	nsubj	_	_
      4	spoke	speak	VERB	VBD	_	0	root	_	_
      5	for	for	ADP	IN	_	6	case	_	_
      6	hours	hour	NOUN	NNS	_	4	obl	_	SpaceAfter=No
      7	.	.	PUNCT	.	_	4	punct	_	_
      """;

  private static GeoparsedArticle sochi() {
    AnnotatedArticle a = ConlluReader.read("sochi", SOCHI, LocalDate.of(2017, 11, 22));
    return GEOPARSER.geoparse(a);
  }

  @Test
  void placeInTheVerbsObliqueIsAttached() {
    EventPlace p = sochi().locate(0, 2);
    assertEquals(EventPlace.Basis.ATTACHED, p.basis());
    assertEquals("Sochi, Krasnodar Krai, Russia", p.place().fullName());
    assertEquals("Sochi", p.mention().text());
    assertEquals(43.6, p.place().latitude(), 0.05);
    assertEquals(39.7, p.place().longitude(), 0.05);
  }

  @Test
  void placesNamedAsActorsOrTopicsAreNotWhereTheEventHappened() {
    // "Turkey wants a deal on Syria": Turkey acts, Syria is the topic; the scene is next door
    EventPlace p = sochi().locate(1, 2);
    assertEquals(EventPlace.Basis.NEARBY, p.basis());
    assertEquals("Sochi", p.place().name());
  }

  @Test
  void aPlacePhraseElsewhereInTheSentenceIsTheFallback() {
    AnnotatedArticle a =
        ConlluReader.read(
            "ankara",
            """
            # text = Turkey wants a deal, an official said in Ankara.
            1	Turkey	Turkey	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
            2	wants	want	VERB	VBZ	_	8	ccomp	_	_
            3	a	a	DET	DT	_	4	det	_	_
            4	deal	deal	NOUN	NN	_	2	obj	_	SpaceAfter=No
            5	,	,	PUNCT	,	_	8	punct	_	_
            6	an	a	DET	DT	_	7	det	_	_
            7	official	official	NOUN	NN	_	8	nsubj	_	_
            8	said	say	VERB	VBD	_	0	root	_	_
            9	in	in	ADP	IN	_	10	case	_	_
            10	Ankara	Ankara	PROPN	NNP	_	8	obl	_	NER=LOCATION|SpaceAfter=No
            11	.	.	PUNCT	.	_	8	punct	_	_
            """,
            LocalDate.of(2017, 11, 22));
    EventPlace p = GEOPARSER.geoparse(a).locate(0, 2);
    assertEquals(EventPlace.Basis.SENTENCE, p.basis());
    assertEquals("Ankara", p.place().name());
    EventPlace withActors = GEOPARSER.geoparse(a).locate(0, 2, List.of(new Span(41, 47, "Ankara")));
    assertEquals(EventPlace.Basis.ARTICLE, withActors.basis(), "an actor's words are no place");
  }

  @Test
  void sentenceWithoutPlaceFallsBackToTheArticleFocus() {
    GeoparsedArticle g = sochi();
    EventPlace p = g.locate(2, 4);
    assertEquals(EventPlace.Basis.ARTICLE, p.basis());
    assertNull(p.mention());
    assertEquals("Sochi", p.place().name());
    assertEquals("most mentioned (1)", g.focusReason());
  }

  @Test
  void sentenceWithoutPlaceTakesTheCityOfTheNextSentence() {
    GeoparsedArticle g =
        GEOPARSER.geoparse(
            article(
                "Putin/PERSON congratulated Assad/PERSON on the victories in Syria/LOCATION .",
                "Assad/PERSON thanked Putin/PERSON for the help .",
                "During a meeting in Sochi/LOCATION , Putin/PERSON also praised the army ."));
    EventPlace p = g.locate(1, 2);
    assertEquals(EventPlace.Basis.NEARBY, p.basis());
    assertEquals("Sochi", p.mention().text());
  }

  @Test
  void articleWithoutPlacesGivesNoEventPlace() {
    GeoparsedArticle g = GEOPARSER.geoparse(article("The leaders spoke for hours ."));
    assertEquals(EventPlace.NONE, g.locate(0, 3));
  }

  // ---- actors
  // --------------------------------------------------------------------------------------

  @Test
  void actorCodeGivesItsCountry() {
    assertEquals("Russia", GEOPARSER.actorPlace("RUSGOV").orElseThrow().name());
    assertEquals("Kosovo", GEOPARSER.actorPlace("KSV").orElseThrow().name());
    assertEquals("Romania", GEOPARSER.actorPlace("ROMMIL").orElseThrow().name());
    assertTrue(GEOPARSER.actorPlace("IGOUNO").isEmpty());
    assertTrue(GEOPARSER.actorPlace("MEA").isEmpty());
  }

  @Test
  void theVenueThatHostedTheGatheringIsTheFocusOfAnArticleAboutAnotherCountry() {
    GeoparsedArticle g =
        GEOPARSER.geoparse(
            ConlluReader.read(
                "venue",
                """
            # text = Nigeria's capital, Abuja, hosted a summit on the crisis in Niger on Sunday.
            1	Nigeria	Nigeria	PROPN	NNP	_	3	nmod:poss	_	NER=LOCATION|SpaceAfter=No
            2	's	's	PART	POS	_	1	case	_	_
            3	capital	capital	NOUN	NN	_	7	nsubj	_	SpaceAfter=No
            4	,	,	PUNCT	,	_	3	punct	_	_
            5	Abuja	Abuja	PROPN	NNP	_	3	appos	_	NER=LOCATION|SpaceAfter=No
            6	,	,	PUNCT	,	_	3	punct	_	_
            7	hosted	host	VERB	VBD	_	0	root	_	_
            8	a	a	DET	DT	_	9	det	_	_
            9	summit	summit	NOUN	NN	_	7	obj	_	_
            10	on	on	ADP	IN	_	12	case	_	_
            11	the	the	DET	DT	_	12	det	_	_
            12	crisis	crisis	NOUN	NN	_	9	nmod	_	_
            13	in	in	ADP	IN	_	14	case	_	_
            14	Niger	Niger	PROPN	NNP	_	9	nmod	_	NER=LOCATION
            15	on	on	ADP	IN	_	16	case	_	_
            16	Sunday	Sunday	PROPN	NNP	_	7	obl	_	SpaceAfter=No
            17	.	.	PUNCT	.	_	7	punct	_	_

            # text = The leaders said Niger's junta must cede power and warned Niger of sanctions.
            1	The	the	DET	DT	_	2	det	_	_
            2	leaders	leader	NOUN	NNS	_	3	nsubj	_	_
            3	said	say	VERB	VBD	_	0	root	_	_
            4	Niger	Niger	PROPN	NNP	_	6	nmod:poss	_	NER=LOCATION|SpaceAfter=No
            5	's	's	PART	POS	_	4	case	_	_
            6	junta	junta	NOUN	NN	_	8	nsubj	_	_
            7	must	must	AUX	MD	_	8	aux	_	_
            8	cede	cede	VERB	VB	_	3	ccomp	_	_
            9	power	power	NOUN	NN	_	8	obj	_	_
            10	and	and	CCONJ	CC	_	11	cc	_	_
            11	warned	warn	VERB	VBD	_	8	conj	_	_
            12	Niger	Niger	PROPN	NNP	_	11	obj	_	NER=LOCATION
            13	of	of	ADP	IN	_	14	case	_	_
            14	sanctions	sanction	NOUN	NNS	_	12	nmod	_	SpaceAfter=No
            15	.	.	PUNCT	.	_	3	punct	_	_
                """,
                LocalDate.of(2023, 7, 30)));
    assertEquals("NER", g.focusCountry().countryCode(), "Niger is named most");
    assertEquals("Abuja", g.focusPlace().name());
    assertEquals("venue: Abuja", g.focusReason());
    EventPlace warned = g.locate(1, 11, List.of());
    assertEquals(EventPlace.Basis.ARTICLE, warned.basis());
    assertEquals("NGA", warned.place().countryCode());
  }
}
