package org.annalist.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annalist.cameo.CameoCodes;
import org.annalist.cameo.PloverMapping;
import org.annalist.coding.ActorMention;
import org.annalist.coding.CodedEvent;
import org.annalist.coding.Modality;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class GoldScorerTest {

  private static final String SENTENCE = "Moscow is preparing to withdraw its troops from Syria.";

  private static CodedEvent event(
      String article, String sentence, String source, String cameo, String target) {
    ActorMention s = new ActorMention(source, "s", 0, 1, List.of());
    ActorMention t = new ActorMention(target, "t", 2, 3, List.of());
    return new CodedEvent(
        article + ":0:1",
        article,
        null,
        0,
        new Span(0, sentence.length(), sentence),
        s,
        t,
        CameoCodes.standard().get(cameo),
        PloverMapping.standard().of(cameo),
        new Span(4, 5, "v"),
        Modality.ASSERTED,
        null,
        "p:1",
        "p");
  }

  private static GoldEvent gold(
      String source,
      String cameo,
      String target,
      List<String> cameoAlt,
      List<String> sourceAlt,
      boolean negated) {
    return new GoldEvent(
        "G1",
        "A1",
        "Moscow is preparing to withdraw its troops from   Syria.",
        source,
        sourceAlt,
        target,
        List.of(),
        cameo,
        cameoAlt,
        negated);
  }

  @Test
  void strictNeedsThePrimaryRootAndActorPrefixes() {
    CodedEvent p = event("A1", SENTENCE, "RUSGOV", "0874", "SYR");
    GoldEvent g = gold("RUSGOV", "0356", "SYR", List.of("0874"), List.of(), false);
    assertFalse(GoldScorer.matches(p, g, GoldScorer.Mode.STRICT));
    assertTrue(GoldScorer.matches(p, g, GoldScorer.Mode.LENIENT));
    GoldEvent sameRoot = gold("RUSMIL", "087", "SYRGOV", List.of(), List.of(), false);
    assertTrue(
        GoldScorer.matches(p, sameRoot, GoldScorer.Mode.STRICT), "prefixes RUS and SYR, root 08");
  }

  @Test
  void otherArticleOrSentenceNeverMatches() {
    GoldEvent g = gold("RUSGOV", "087", "SYR", List.of(), List.of(), false);
    assertFalse(
        GoldScorer.matches(
            event("A2", SENTENCE, "RUSGOV", "0874", "SYR"), g, GoldScorer.Mode.LENIENT));
    assertFalse(
        GoldScorer.matches(
            event("A1", "Russia attacked Ukraine.", "RUSGOV", "0874", "SYR"),
            g,
            GoldScorer.Mode.LENIENT));
  }

  @Test
  void evaluationCountsBothWaysAndLeavesNegatedGoldOut() {
    List<CodedEvent> predicted =
        List.of(
            event("A1", SENTENCE, "RUSGOV", "0874", "SYR"),
            event("A1", SENTENCE, "USA", "190", "SYR"));
    List<GoldEvent> gold =
        List.of(
            gold("RUSGOV", "0356", "SYR", List.of("0874"), List.of(), false),
            gold("RUS", "190", "SYR", List.of(), List.of(), true));
    GoldScorer.Evaluation e = GoldScorer.evaluate(predicted, gold);
    assertEquals(new Score(2, 1, 0, 0), e.strict());
    assertEquals(new Score(2, 1, 1, 1), e.lenient());
    assertEquals(0.5, e.lenient().precision());
    assertEquals(1.0, e.lenient().recall());
    assertEquals(List.of(predicted.get(1)), e.falsePositives());
    assertEquals(List.of(), e.missed());
  }

  @Test
  void anArticlesRestatementsOfOneEventCountOnce() {
    String restated = "Russia has begun to pull its troops out of Syria.";
    List<CodedEvent> predicted =
        List.of(
            event("A1", SENTENCE, "RUSGOV", "0874", "SYR"),
            event("A1", restated, "RUSGOV", "0874", "SYR"),
            event("A1", restated, "RUSGOV", "190", "SYR"),
            event("A2", restated, "RUSGOV", "0874", "SYR"));
    List<GoldEvent> gold = List.of(gold("RUSGOV", "0874", "SYR", List.of(), List.of(), false));
    GoldScorer.Evaluation e = GoldScorer.evaluate(predicted, gold);
    assertEquals(new Score(3, 1, 1, 1), e.lenient(), "A1's two 0874 mentions are one event");
    assertEquals(List.of(predicted.get(2), predicted.get(3)), e.falsePositives());
  }
}
