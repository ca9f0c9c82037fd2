package org.annalist.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.coding.CodedEvent;
import org.annalist.coding.CodingResult;
import org.annalist.coding.DependencyCoder;
import org.annalist.context.ContextStage;
import org.annalist.context.EventContext;
import org.annalist.context.StandardContextStage;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.petrarch.PetrarchDictionaryReader;
import org.annalist.eval.ContextScorer;
import org.annalist.eval.EntityScorer;
import org.annalist.eval.GoldScorer;
import org.annalist.eval.GoldSet;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.nlp.corenlp.CoreNlpParser;
import org.annalist.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floors on the gold development set (../shared/gold/dev), so that a regression fails the
 * build. Reproduce the figures with {@code ./annalist eval ../shared/gold/dev}. Raise the floors as
 * the coder improves; never lower them to make a change pass. The articles are parsed once and
 * coded with each dictionary set, as {@code annalist eval} does.
 */
class GoldDevAccuracyTest {

  private static GoldSet gold;
  private static final Map<String, AnnotatedArticle> PARSED = new HashMap<>();
  private static final Map<String, String> TEXTS = new HashMap<>();

  @BeforeAll
  static void parseGoldArticles() {
    gold = GoldSet.read(SharedData.require("gold/dev"));
    for (Article a : gold.articles()) {
      AnnotatedArticle parsed = CoreNlpParser.shared().parse(a);
      PARSED.put(a.id(), parsed);
      TEXTS.put(a.id(), parsed.text());
    }
  }

  private static GoldScorer.Evaluation evaluate(Dictionaries dictionaries) {
    DependencyCoder coder = new DependencyCoder(dictionaries);
    List<CodedEvent> events = new ArrayList<>();
    for (Article a : gold.articles()) {
      events.addAll(coder.code(PARSED.get(a.id())).events());
    }
    return GoldScorer.evaluate(events, gold.events());
  }

  @Test
  void precisionAndRecallStayAboveTheirFloors() {
    GoldScorer.Evaluation e = evaluate(Dictionaries.defaults());
    String scores = "strict " + e.strict() + "; lenient " + e.lenient();
    // measured 2026-11-25: strict P 0.771 R 0.500, lenient P 0.900 (63/70) R 0.575 (61/106); the
    // issue asks for lenient P >= 0.70 and R >= 0.55
    assertTrue(e.strict().precision() >= 0.74, scores);
    assertTrue(e.lenient().precision() >= 0.87, scores);
    assertTrue(e.strict().recall() >= 0.48, scores);
    assertTrue(e.lenient().recall() >= 0.55, scores);
  }

  /**
   * Issue 6's context on the matched events: the date (exact, or at the gold's precision) and the
   * country of the event's place, with the bundled context stage.
   */
  @Test
  void datesAndPlacesOfMatchedEventsStayAboveTheirFloors() {
    DependencyCoder coder = new DependencyCoder(Dictionaries.defaults());
    ContextStage stage = StandardContextStage.shared().withActors(coder::actorAt);
    List<CodedEvent> events = new ArrayList<>();
    Map<String, EventContext> contexts = new HashMap<>();
    for (Article a : gold.articles()) {
      AnnotatedArticle parsed = PARSED.get(a.id());
      CodingResult coding = coder.code(parsed);
      events.addAll(coding.events());
      contexts.putAll(stage.annotate(parsed, coding).byId());
    }
    ContextScorer.Evaluation c = ContextScorer.evaluate(events, contexts, gold.events());
    String scores = "dates " + c.dates() + "; countries " + c.countries() + "; " + c.misses();
    // measured 2026-11-25: dates 0.982 (55/56), place countries 0.969 (31/32); the issue asks for
    // 0.85 and 0.90
    assertTrue(c.dates().accuracy() >= 0.92, scores);
    assertTrue(c.countries().accuracy() >= 0.90, scores);
    assertTrue(c.dates().scored() >= 48, "dates scored on enough matched events: " + scores);
  }

  /**
   * The README's comparison: the same engine on the same articles with the Phoenix dictionaries
   * (CAMEO.2.0 verbs, the three Phoenix actor files, agents and discards). The built-in
   * dictionaries must stay ahead on both precision and F1 (lenient), and the Phoenix run must code
   * events at all, so that the comparison means something.
   */
  @Test
  void builtInDictionariesBeatThePhoenixDictionaries() {
    Path dir = SharedData.require("testdata/petrarch/dictionaries");
    Dictionaries phoenix =
        PetrarchDictionaryReader.read(
            dir.resolve("CAMEO.2.0.txt"),
            List.of(
                dir.resolve("Phoenix.Countries.actors.txt"),
                dir.resolve("Phoenix.International.actors.txt"),
                dir.resolve("Phoenix.MilNonState.actors.txt")),
            dir.resolve("Phoenix.agents.txt"),
            dir.resolve("Phoenix.discards.txt"),
            problem -> {});
    GoldScorer.Evaluation builtIn = evaluate(Dictionaries.defaults());
    GoldScorer.Evaluation petrarch = evaluate(phoenix);
    String scores = "built-in " + builtIn.lenient() + "; Phoenix " + petrarch.lenient();
    // measured 2026-11-25: built-in lenient P 0.900 R 0.575; Phoenix lenient P 0.301 R 0.264
    assertTrue(petrarch.lenient().predicted() >= 20, scores);
    assertTrue(builtIn.lenient().precision() > petrarch.lenient().precision(), scores);
    assertTrue(builtIn.lenient().f1() > petrarch.lenient().f1(), scores);
  }

  @Test
  void entityRecognitionAndActorCodeAccuracyStayAboveTheirFloors() {
    DependencyCoder coder = new DependencyCoder(Dictionaries.defaults());
    EntityScorer.Evaluation e =
        EntityScorer.evaluate(
            gold.entities(), TEXTS, (id, b, end) -> coder.actorAt(PARSED.get(id), b, end));
    EntityScorer.Counts all = e.all();
    String scores = "entities " + all + "; by kind " + e.byKind();
    assertTrue(all.total() >= 180, scores); // the gold set's persons, organisations and countries
    // measured 2026-11-25: recognised 0.925 (172/186), code exact 0.936 (161/172), prefix 1.000
    // (172/172); the issue asks for code accuracy >= 0.85 on the recognised entities
    assertTrue(all.recognition() >= 0.89, scores);
    assertTrue(all.exactAccuracy() >= 0.91, scores);
    assertTrue(all.prefixAccuracy() >= 0.97, scores);
  }
}
