package org.annalist.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annalist.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** {@link DependencyCoder#actorAt}: the coder's actor resolution on a span of the article. */
class DependencyCoderActorAtTest {

  private static final DependencyCoder CODER = DependencyCoderTest.CODER;

  private static Optional<ActorMention> at(AnnotatedArticle a, String words) {
    int begin = a.text().indexOf(words);
    return CODER.actorAt(a, begin, begin + words.length());
  }

  @Test
  void aNamedPhraseIsReadAsTheCoderReadsAnEventsActor() {
    AnnotatedArticle a = ParsedSentences.article("Russian jets bombed Syrian rebels.");
    assertEquals(
        Optional.of(
            new ActorMention(
                "SYRREB",
                "Syrian rebels",
                20,
                33,
                List.of("actors/test.txt:5", "agents/test.txt:2"))),
        at(a, "Syrian rebels"));
    assertEquals("RUSMIL", at(a, "Russian jets").orElseThrow().code());
  }

  @Test
  void aWordInsideALargerPhraseIsReadOnItsOwn() {
    AnnotatedArticle a = ParsedSentences.article("Russian jets bombed Syrian rebels.");
    ActorMention syria = at(a, "Syrian").orElseThrow();
    assertEquals("SYR", syria.code());
    assertEquals("Syrian", syria.text());
  }

  @Test
  void theHeadOfASpanTakesItsCountryFromAnOfPhrase() {
    AnnotatedArticle a = ParsedSentences.article("The army of Syria attacked Turkey.");
    assertEquals("SYRMIL", at(a, "army of Syria").orElseThrow().code());
  }

  @Test
  void theArticleDateDecidesADatedCode() {
    String sentence = "Medvedev criticized Ukraine.";
    assertEquals("RUSGOV", at(ParsedSentences.article(sentence), "Medvedev").orElseThrow().code());
    assertEquals(
        "RUSELI",
        at(ParsedSentences.article(sentence, LocalDate.of(2021, 1, 1)), "Medvedev")
            .orElseThrow()
            .code());
  }

  @Test
  void wordsThatNameNoActorGiveNone() {
    AnnotatedArticle a = ParsedSentences.article("Russian jets bombed Syrian rebels.");
    assertEquals(Optional.empty(), at(a, "bombed"));
  }

  @Test
  void anEmptySpanIsAProgrammingError() {
    AnnotatedArticle a = ParsedSentences.article("Russian jets bombed Syrian rebels.");
    assertThrows(IllegalArgumentException.class, () -> CODER.actorAt(a, 3, 3));
  }
}
