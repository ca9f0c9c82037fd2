package org.annalist.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.annalist.coding.ActorMention;
import org.annalist.coding.CodedEvent;
import org.annalist.coding.DependencyCoder;
import org.annalist.context.EventContext;
import org.annalist.context.Factuality;
import org.annalist.context.StandardContextStage;
import org.annalist.context.place.Place;
import org.annalist.context.time.DateBasis;
import org.annalist.dictionary.Dictionaries;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.nlp.corenlp.CoreNlpParser;
import org.annalist.pipeline.Pipeline;
import org.annalist.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on the seed report (CoreNLP, bundled dictionaries, coder): the events of its README
 * table.
 */
class SeedReportTest {

  private static List<CodedEvent> events;
  private static Map<String, EventContext> contexts;
  private static DependencyCoder coder;
  private static AnnotatedArticle parsed;
  private static String text;

  @BeforeAll
  static void codeSeedReport() throws IOException {
    text =
        Files.readString(
            SharedData.require("seed/000_53ac7046fd4254d4.txt"), StandardCharsets.UTF_8);
    coder = new DependencyCoder(Dictionaries.defaults());
    Pipeline pipeline =
        new Pipeline(
            CoreNlpParser.shared(),
            coder,
            StandardContextStage.shared().withActors(coder::actorAt));
    Article article = new Article("seed", text, LocalDate.of(2017, 11, 30), "Press TV", null, null);
    Pipeline.Result r = pipeline.process(article);
    events = r.coding().events();
    parsed = r.annotated();
    contexts = r.context().byId();
  }

  private static List<CodedEvent> inSentenceStarting(String start) {
    return events.stream()
        .filter(e -> e.sentence().text().startsWith(start))
        .collect(Collectors.toList());
  }

  private static String describe(List<CodedEvent> es) {
    return es.stream()
        .map(
            e ->
                e.source().code()
                    + " "
                    + e.event().code()
                    + " "
                    + e.target().code()
                    + " ("
                    + e.source().text()
                    + " / "
                    + e.verb().text()
                    + " / "
                    + e.target().text()
                    + ")")
        .collect(Collectors.joining("; "));
  }

  private static CodedEvent find(String sentenceStart, Predicate<CodedEvent> wanted) {
    List<CodedEvent> candidates = inSentenceStarting(sentenceStart);
    return candidates.stream()
        .filter(wanted)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no matching event in the sentence '"
                        + sentenceStart
                        + "...'; found: "
                        + describe(candidates)
                        + "; all events: "
                        + describe(events)));
  }

  @Test
  void event1MoscowPreparingToWithdrawFromSyriaIsFlaggedNotYetDone() {
    CodedEvent e =
        find(
            "The head of Russia",
            x ->
                x.source().code().equals("RUSGOV")
                    && x.target().code().equals("SYR")
                    && (x.event().code().equals("0356") || x.event().code().startsWith("087")));
    assertFalse(e.modality().isRealized(), "preparing to withdraw is not a withdrawal yet");
    assertTrue(e.modality().intention() || e.modality().future());
    assertFalse(e.modality().negated());
  }

  @Test
  void event1IsDatedByTheArticleFlaggedIntendedAndReportedByPatrushev() {
    EventContext c =
        contexts.get(find("The head of Russia", x -> x.source().code().equals("RUSGOV")).id());
    assertEquals("2017-11-30", c.date().iso());
    assertEquals(Factuality.INTENDED, c.factuality());
    assertEquals("Nikolai Patrushev", c.attribution().name(), c.attribution().reason());
  }

  @Test
  void event2IsDatedOneWeekBeforePatrushevsRemarks() {
    EventContext c =
        contexts.get(find("Patrushev’s remarks", x -> x.target().code().equals("SYR")).id());
    assertEquals("2017-11-23", c.date().iso());
    assertEquals(DateBasis.RELATIVE, c.date().basis());
    assertEquals(Factuality.HYPOTHETICAL, c.factuality(), "his country *may* reduce");
  }

  @Test
  void event2GerasimovsCountryMayReduceItsPresenceInSyria() {
    CodedEvent e =
        find(
            "Patrushev’s remarks",
            x ->
                Set.of("RUS", "RUSMIL").contains(x.source().code())
                    && x.target().code().equals("SYR")
                    && (x.event().code().equals("0356") || x.event().code().startsWith("087")));
    assertFalse(e.modality().isRealized(), "may reduce");
  }

  @Test
  void event3RussiaWillReduceTheNumberOfItsSourcesInSyria() {
    CodedEvent e =
        find(
            "Valery Gerasimov says",
            x ->
                x.source().code().equals("RUS")
                    && x.target().code().equals("SYR")
                    && (x.event().code().equals("0356") || x.event().code().startsWith("087")));
    assertTrue(e.modality().future(), "will reduce");
    assertFalse(e.modality().isRealized());
    assertEquals("2017", contexts.get(e.id()).date().iso().substring(0, 4));
  }

  @Test
  void event6PutinHopesTheFightAgainstTerrorismInSyriaWillConclude() {
    find(
        "During a meeting",
        x ->
            x.source().code().equals("RUSGOV")
                && x.target().code().equals("SYR")
                && x.event().code().equals("013"));
  }

  @Test
  void event7TheRussianPresidentHailsTheSyrianArmy() {
    find(
        "In a meeting with his Syrian counterpart",
        x ->
            x.source().code().equals("RUSGOV")
                && x.target().code().equals("SYRMIL")
                && x.event().code().equals("051"));
  }

  @Test
  void event4IsDatedNovember20AndLocatedInSochi() {
    EventContext c = contexts.get(find("On November 20", x -> x.event().code().equals("051")).id());
    assertEquals("2017-11-20", c.date().iso());
    Place sochi = c.place().place();
    assertEquals("Sochi, Krasnodar Krai, Russia", sochi.fullName());
    assertTrue(sochi.distanceKm(43.6, 39.7) < 10, sochi.toString());
  }

  @Test
  void aRoleNounNamesItsActorHisSyrianCounterpartIsSyrgov() {
    int begin = text.indexOf("his Syrian counterpart");
    ActorMention m =
        coder.actorAt(parsed, begin, begin + "his Syrian counterpart".length()).orElseThrow();
    assertEquals("SYRGOV", m.code(), m.toString());
  }

  @Test
  void event4PutinCongratulatedAssad() {
    CodedEvent e =
        find(
            "On November 20",
            x ->
                x.source().code().equals("RUSGOV")
                    && x.target().code().equals("SYRGOV")
                    && x.event().code().equals("051"));
    assertTrue(e.modality().isRealized());
  }

  @Test
  void event5AssadHailedRussiasCampaign() {
    find(
        "During a meeting",
        x ->
            x.source().code().equals("SYRGOV")
                && Set.of("RUS", "RUSMIL").contains(x.target().code())
                && x.event().code().equals("051"));
  }

  @Test
  void event8RussianJetsConductAirRaidsAgainstDaesh() {
    find(
        "Russian jets",
        x ->
            x.source().code().equals("RUSMIL")
                && x.target().code().equals("IMGMUSISI")
                && x.event().root().equals("19"));
  }

  @Test
  void everyActorOfAnEventStandsInItsSentence() {
    assertFalse(events.isEmpty());
    for (CodedEvent e : events) {
      for (ActorMention a : List.of(e.source(), e.target())) {
        assertTrue(
            a.begin() >= e.sentence().begin() && a.end() <= e.sentence().end(),
            () -> "actor outside its sentence: " + describe(List.of(e)));
        assertEquals(a.text(), text.substring(a.begin(), a.end()));
      }
      assertEquals(e.verb().text(), text.substring(e.verb().begin(), e.verb().end()));
    }
  }

  @Test
  void noEventNamesTakfiriOrArabAsACountryActorOrTheEndOfTheYearAsAnything() {
    for (CodedEvent e : events) {
      for (ActorMention a : List.of(e.source(), e.target())) {
        String t = a.text().toLowerCase(java.util.Locale.ROOT);
        assertFalse(
            t.contains("takfiri")
                || t.contains("arab ")
                || t.endsWith("arab")
                || t.contains("end of the year"),
            () -> "wrong actor: " + describe(List.of(e)));
      }
    }
  }
}
