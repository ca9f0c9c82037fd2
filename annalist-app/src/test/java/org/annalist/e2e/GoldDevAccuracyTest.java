package org.annalist.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.coding.CodedEvent;
import org.annalist.coding.DependencyCoder;
import org.annalist.dictionary.Dictionaries;
import org.annalist.eval.EntityScorer;
import org.annalist.eval.GoldScorer;
import org.annalist.eval.GoldSet;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.nlp.corenlp.CoreNlpParser;
import org.annalist.pipeline.Pipeline;
import org.annalist.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floors on the gold development set (../shared/gold/dev), so that a regression fails the
 * build. Reproduce the figures with {@code ./annalist eval ../shared/gold/dev}. Raise the floors as
 * the coder improves; never lower them to make a change pass.
 */
class GoldDevAccuracyTest {

  private static GoldSet gold;
  private static DependencyCoder coder;
  private static final List<Pipeline.Result> RESULTS = new ArrayList<>();

  @BeforeAll
  static void codeTheGoldArticles() {
    gold = GoldSet.read(SharedData.require("gold/dev"));
    coder = new DependencyCoder(Dictionaries.defaults());
    Pipeline pipeline = new Pipeline(CoreNlpParser.shared(), coder);
    for (Article a : gold.articles()) {
      RESULTS.add(pipeline.process(a));
    }
  }

  @Test
  void precisionAndRecallStayAboveTheirFloors() {
    List<CodedEvent> events = new ArrayList<>();
    for (Pipeline.Result r : RESULTS) {
      events.addAll(r.coding().events());
    }
    GoldScorer.Evaluation e = GoldScorer.evaluate(events, gold.events());
    String scores = "strict " + e.strict() + "; lenient " + e.lenient();
    // measured 2026-11-25: strict P 0.630 R 0.160, lenient P 0.778 R 0.198
    assertTrue(e.strict().precision() >= 0.58, scores);
    assertTrue(e.lenient().precision() >= 0.75, scores);
    assertTrue(e.strict().recall() >= 0.15, scores);
    assertTrue(e.lenient().recall() >= 0.18, scores);
  }

  @Test
  void entityRecognitionAndActorCodeAccuracyStayAboveTheirFloors() {
    Map<String, AnnotatedArticle> parsed = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    for (Pipeline.Result r : RESULTS) {
      parsed.put(r.annotated().article().id(), r.annotated());
      texts.put(r.annotated().article().id(), r.annotated().text());
    }
    EntityScorer.Evaluation e =
        EntityScorer.evaluate(
            gold.entities(), texts, (id, b, end) -> coder.actorAt(parsed.get(id), b, end));
    EntityScorer.Counts all = e.all();
    String scores = "entities " + all + "; by kind " + e.byKind();
    assertTrue(all.total() >= 180, scores); // the gold set's persons, organisations and countries
    // measured 2026-11-25: recognised 0.774 (144/186), code exact 0.951 (137/144), prefix 1.000
    // (144/144); the issue asks for code accuracy >= 0.85 on the recognised entities
    assertTrue(all.recognition() >= 0.74, scores);
    assertTrue(all.exactAccuracy() >= 0.92, scores);
    assertTrue(all.prefixAccuracy() >= 0.97, scores);
  }
}
