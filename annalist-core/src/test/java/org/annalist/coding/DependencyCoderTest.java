package org.annalist.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.annalist.dictionary.Dictionaries;
import org.annalist.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

class DependencyCoderTest {

  static final Dictionaries DICTIONARIES = testDictionaries();
  static final DependencyCoder CODER = new DependencyCoder(DICTIONARIES);

  static Dictionaries testDictionaries() {
    try {
      return Dictionaries.load(
          Path.of(DependencyCoderTest.class.getResource("dictionaries").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Events as "SOURCE CAMEO TARGET" strings. */
  private static List<String> dyads(String sentence) {
    return dyads(CODER.code(ParsedSentences.article(sentence)).events());
  }

  private static List<String> dyads(List<CodedEvent> events) {
    return events.stream()
        .map(e -> e.source().code() + " " + e.event().code() + " " + e.target().code())
        .collect(Collectors.toList());
  }

  private static CodedEvent only(String sentence) {
    return only(ParsedSentences.article(sentence));
  }

  private static CodedEvent only(AnnotatedArticle article) {
    List<CodedEvent> events = CODER.code(article).events();
    assertEquals(1, events.size(), () -> "expected one event, got " + dyads(events));
    return events.get(0);
  }

  @Test
  void activeVoiceCodesSubjectAsSourceAndObjectAsTarget() {
    CodedEvent e = only("Russia attacked Ukraine on Monday.");
    assertEquals("RUS", e.source().code());
    assertEquals("UKR", e.target().code());
    assertEquals("190", e.event().code());
    assertEquals("19", e.event().root());
    assertEquals(4, e.event().quadClass());
    assertEquals(-10.0, e.event().goldstein());
    assertEquals("Russia", e.source().text());
    assertEquals(0, e.source().begin());
    assertEquals(6, e.source().end());
    assertEquals("attacked", e.verb().text());
    assertEquals(7, e.verb().begin());
    assertEquals("Ukraine", e.target().text());
    assertEquals(16, e.target().begin());
    assertEquals(List.of("actors/test.txt:2"), e.source().entries());
    assertEquals("verbs/test.txt:4", e.patternId());
    assertEquals("attack = 190", e.pattern());
    assertTrue(e.modality().isRealized());
    assertNull(e.reportedBy());
    assertEquals("test:0:2", e.id());
    assertEquals(0, e.sentenceIndex());
    assertEquals("Russia attacked Ukraine on Monday.", e.sentence().text());
  }

  @Test
  void passiveVoiceTakesSourceFromByPhraseAndTargetFromSubject() {
    CodedEvent e = only("Ukraine was attacked by Russia.");
    assertEquals(
        "RUS 190 UKR", e.source().code() + " " + e.event().code() + " " + e.target().code());
    assertEquals("Russia", e.source().text());
    assertEquals("Ukraine", e.target().text());
  }

  @Test
  void conjoinedSourcesGiveOneEventPerDyad() {
    assertEquals(
        List.of("BRA 111 VEN", "USA 111 VEN"),
        dyads("Brazil and the United States condemned Venezuela."));
  }

  @Test
  void conjoinedTargetsGiveOneEventPerDyad() {
    assertEquals(List.of("FRA 051 DEU", "FRA 051 ITA"), dyads("France praised Germany and Italy."));
  }

  @Test
  void negatedEventIsNotEmitted() {
    assertEquals(List.of(), dyads("Russia did not attack Ukraine."));
  }

  @Test
  void negatedEventIsFlaggedWhenAskedFor() {
    List<CodedEvent> events =
        CODER
            .includingNegated()
            .code(ParsedSentences.article("Russia did not attack Ukraine."))
            .events();
    assertEquals(List.of("RUS 190 UKR"), dyads(events));
    assertTrue(events.get(0).modality().negated());
  }

  @Test
  void refusingToActIsNotTheAction() {
    assertEquals(List.of(), dyads("Russia refused to withdraw its troops from Syria."));
  }

  @Test
  void mayMarksEventConditional() {
    CodedEvent e = only("Russia may reduce its military presence in Syria.");
    assertEquals(
        "RUS 0874 SYR", e.source().code() + " " + e.event().code() + " " + e.target().code());
    assertEquals(new Modality(false, false, true, false), e.modality());
  }

  @Test
  void willMarksEventFuture() {
    CodedEvent e = only("Russia will attack Ukraine.");
    assertEquals(new Modality(false, true, false, false), e.modality());
  }

  @Test
  void preparingToActIsAnIntentionWithTheGovernorsSubject() {
    CodedEvent e = only("Moscow is preparing to withdraw its troops from Syria.");
    assertEquals(
        "RUSGOV 0874 SYR", e.source().code() + " " + e.event().code() + " " + e.target().code());
    assertEquals(new Modality(false, false, false, true), e.modality());
    assertEquals("withdraw", e.verb().text());
    assertEquals("Moscow", e.source().text());
  }

  @Test
  void reportedSpeechCodesTheReportedActionAndKeepsTheSpeaker() {
    CodedEvent e = only("Ukraine says Russia attacked Poland.");
    assertEquals(
        "RUS 190 POL", e.source().code() + " " + e.event().code() + " " + e.target().code());
    assertEquals("UKR", e.reportedBy().code());
    assertEquals("Ukraine", e.reportedBy().text());
  }

  @Test
  void countryAdjectiveComposesWithAgent() {
    CodedEvent e = only("Russian jets bombed Syrian rebels.");
    assertEquals(
        "RUSMIL 195 SYRREB", e.source().code() + " " + e.event().code() + " " + e.target().code());
    assertEquals("Russian jets", e.source().text());
    assertEquals(List.of("actors/test.txt:2", "agents/test.txt:1"), e.source().entries());
    assertEquals("Syrian rebels", e.target().text());
  }

  @Test
  void ofPhraseGivesTheAgentItsCountry() {
    assertEquals(List.of("SYRMIL 190 TUR"), dyads("The army of Syria attacked Turkey."));
  }

  @Test
  void possessorResolvesANonActorObject() {
    CodedEvent e = only("Russia hailed the Syrian army's achievements.");
    assertEquals(
        "RUS 051 SYRMIL", e.source().code() + " " + e.event().code() + " " + e.target().code());
    assertEquals("Syrian army", e.target().text());
  }

  @Test
  void longestMultiWordActorWins() {
    CodedEvent e = only("The United Nations Security Council condemned North Korea.");
    assertEquals(
        "IGOUNOSCR 111 PRK", e.source().code() + " " + e.event().code() + " " + e.target().code());
    assertEquals("United Nations Security Council", e.source().text());
    assertEquals("North Korea", e.target().text());
  }

  @Test
  void dateLimitedActorCodeFollowsTheArticleDate() {
    String s = "Medvedev criticized Ukraine.";
    assertEquals(
        "RUSGOV", only(ParsedSentences.article(s, LocalDate.of(2010, 6, 1))).source().code());
    assertEquals(
        "RUSELI", only(ParsedSentences.article(s, LocalDate.of(2023, 6, 1))).source().code());
  }

  @Test
  void moreSpecificPatternBeatsLessSpecificOne() {
    CodedEvent troops = only("Russia withdrew its troops from Syria.");
    assertEquals("0874", troops.event().code());
    assertEquals("verbs/test.txt:10", troops.patternId());
    assertEquals("withdraw * {&MILITARY_UNIT} (from +) = 0874", troops.pattern());
    CodedEvent ambassador = only("Russia withdrew its ambassador from Syria.");
    assertEquals("087", ambassador.event().code());
    assertEquals("verbs/test.txt:11", ambassador.patternId());
    assertEquals("SYR", ambassador.target().code());
  }

  @Test
  void matchingPatternBeatsTheVerbDefault() {
    CodedEvent drones = only("Russia attacked Ukraine with drones.");
    assertEquals("195", drones.event().code());
    assertEquals("verbs/test.txt:5", drones.patternId());
    assertEquals("attack * (with {drone}) = 195", drones.pattern());
    CodedEvent plain = only("Russia attacked Ukraine.");
    assertEquals("190", plain.event().code());
    assertEquals("verbs/test.txt:4", plain.patternId());
    assertEquals("attack = 190", plain.pattern());
  }

  @Test
  void prepositionalTargetFromPattern() {
    CodedEvent e = only("Russian jets conducted air strikes against Daesh.");
    assertEquals(
        "RUSMIL 195 IMGMUSISI",
        e.source().code() + " " + e.event().code() + " " + e.target().code());
    assertEquals("Daesh", e.target().text());
  }

  @Test
  void complementOfAnAppealIsNotAnEventOfItsOwn() {
    assertEquals(
        List.of("FRA 020 RUS"), dyads("France urged Russia to withdraw its troops from Syria."));
  }

  @Test
  void discardPhraseBlocksTheSentenceWithANote() {
    CodingResult r =
        CODER.code(ParsedSentences.article("France attacked Germany in the football final."));
    assertEquals(List.of(), r.events());
    assertEquals(1, r.notes().size());
    assertEquals("test sentence 0", r.notes().get(0).where());
    assertEquals(
        "not coded: discard phrase 'football' (discards/test.txt:1)", r.notes().get(0).reason());
  }

  @Test
  void codingIsDeterministic() {
    AnnotatedArticle a =
        ParsedSentences.article("Brazil and the United States condemned Venezuela.");
    assertEquals(CODER.code(a), CODER.code(a));
    assertFalse(CODER.code(a).events().isEmpty());
  }

  @Test
  void aThatClauseOfTheObjectNounGivesTheTarget() {
    assertEquals(
        List.of("RUSGOV 013 SYR"),
        dyads(
            "Putin expressed hope that the fight against terrorism in Syria would conclude soon."));
  }

  @Test
  void anArmedGroupsFightersAreTheGroup() {
    assertEquals(List.of("IMGMUSISI 190 SYR"), dyads("Daesh troops attacked Syria."));
  }

  @Test
  void thePlaceOfTheActIsNotTheTargetOfARoleWithoutACountry() {
    // Russia and Damascus are named once each: the article has no country of its own
    assertEquals(List.of(), dyads("Russia attacked rebels in Damascus."));
  }

  @Test
  void aRoleWithoutACountryTakesTheArticlesCountry() {
    // Syrian and Damascus: the article is about Syria
    CodedEvent e = only(ParsedSentences.article("The Syrian army attacked rebels in Damascus."));
    assertEquals(
        "SYRMIL 190 SYRREB", e.source().code() + " " + e.event().code() + " " + e.target().code());
    assertEquals("article-country:SYR", e.target().entries().get(e.target().entries().size() - 1));
  }

  @Test
  void aRoleInAPhraseOfADomesticActTakesTheArticlesCountry() {
    assertEquals(
        List.of("SYRMIL 195 SYRREB"),
        dyads("The Syrian army bombed villages of rebels in Damascus."));
  }
}
