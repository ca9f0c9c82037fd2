package org.annalist.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.coding.ActorMention;
import org.annalist.eval.GoldEntity.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityScorerTest {

  private static final String TEXT =
      "Iranian media said President Rouhani met Putin. Rouhani thanked Iran's allies.";

  /** A lookup that reads the actors of a fixed table of words, and records what it was asked. */
  private static final class Lookup implements EntityScorer.ActorLookup {
    final Map<String, String> codes;
    final List<String> asked = new ArrayList<>();

    Lookup(Map<String, String> codes) {
      this.codes = codes;
    }

    @Override
    public Optional<ActorMention> actorAt(String articleId, int begin, int end) {
      String words = TEXT.substring(begin, end);
      asked.add(words + "@" + begin);
      String code = codes.get(words);
      return code == null
          ? Optional.empty()
          : Optional.of(new ActorMention(code, words, begin, end, List.of("actors:1")));
    }
  }

  private static GoldEntity entity(Kind kind, String text, String code, String... variants) {
    return new GoldEntity("A1", kind, text, code, List.of(variants));
  }

  @Test
  void occurrencesAreWholeWords() {
    assertEquals(List.of(64), EntityScorer.occurrences(TEXT, "Iran"));
    assertEquals(List.of(29, 48), EntityScorer.occurrences(TEXT, "Rouhani"));
    assertEquals(List.of(), EntityScorer.occurrences(TEXT, "Put"));
  }

  @Test
  void theTextIsTriedBeforeTheVariantsAndTheFirstActorWins() {
    Lookup lookup = new Lookup(Map.of("Rouhani", "IRNGOV"));
    EntityScorer.Recognition r =
        EntityScorer.recognise(
            entity(Kind.PERSON, "Hassan Rouhani", "IRNGOV", "President Rouhani", "Rouhani"),
            TEXT,
            lookup);
    // the text does not occur; the first variant gives no actor, the second does at once
    assertEquals(List.of("President Rouhani@19", "Rouhani@29"), lookup.asked);
    assertEquals(29, r.begin());
    assertEquals(3, r.occurrences());
    assertEquals("Rouhani", r.actor().text());
    assertTrue(r.exact());
  }

  @Test
  void aCodeIsRightExactlyOrOnItsThreeLetterPrefix() {
    Lookup lookup = new Lookup(Map.of("Putin", "RUSELI", "Iran", "IRN"));
    EntityScorer.Evaluation e =
        EntityScorer.evaluate(
            List.of(
                entity(Kind.PERSON, "Putin", "RUSGOV"),
                entity(Kind.COUNTRY, "Iran", "IRN"),
                entity(Kind.PERSON, "Rouhani", "IRNGOV"),
                entity(Kind.ORG, "Iranian media", "IRNMED"),
                entity(Kind.PERSON, "Skripal", null),
                entity(Kind.LOCATION, "Iran", null)),
            Map.of("A1", TEXT),
            lookup);
    assertEquals(1, e.unscored());
    assertEquals(new EntityScorer.Counts(4, 2, 1, 2), e.all());
    assertEquals(new EntityScorer.Counts(2, 1, 0, 1), e.byKind().get(Kind.PERSON));
    assertEquals(new EntityScorer.Counts(1, 0, 0, 0), e.byKind().get(Kind.ORG));
    assertEquals(new EntityScorer.Counts(1, 1, 1, 1), e.byKind().get(Kind.COUNTRY));
    assertEquals(List.of("Putin"), e.wrong().stream().map(r -> r.entity().text()).toList());
    assertEquals(
        List.of("Rouhani", "Iranian media"),
        e.unrecognised().stream().map(r -> r.entity().text()).toList());
    assertEquals(0.5, e.all().recognition());
    assertEquals(0.5, e.all().exactAccuracy());
    assertEquals(1.0, e.all().prefixAccuracy());
    assertEquals(
        "recognised 0.500 (2/4)  code exact 0.500 (1/2)  prefix 1.000 (2/2)", e.all().toString());
  }

  @Test
  void anEntityOfAnUnknownArticleIsAnError() {
    IllegalArgumentException ex =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EntityScorer.evaluate(
                    List.of(entity(Kind.COUNTRY, "Iran", "IRN")), Map.of(), new Lookup(Map.of())));
    assertEquals("gold entity 'Iran' names an unknown article A1", ex.getMessage());
  }

  @Test
  void goldEntitiesAreReadWithTheirKindAndAnUnknownKindNamesItsLine(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("articles.jsonl"),
        "{\"id\":\"A1\",\"date\":\"2020-01-01\",\"text\":\"Iran spoke.\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("events.jsonl"), "", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("entities.jsonl"),
        "{\"article_id\":\"A1\",\"kind\":\"country\",\"text\":\"Iran\",\"code\":\"IRN\","
            + "\"variants\":[\"Iranian\"]}\n",
        StandardCharsets.UTF_8);
    assertEquals(
        List.of(new GoldEntity("A1", Kind.COUNTRY, "Iran", "IRN", List.of("Iranian"))),
        GoldSet.read(dir).entities());

    Files.writeString(
        dir.resolve("entities.jsonl"),
        "{\"article_id\":\"A1\",\"kind\":\"city\",\"text\":\"Tehran\",\"code\":null}\n",
        StandardCharsets.UTF_8);
    IllegalArgumentException ex =
        assertThrows(IllegalArgumentException.class, () -> GoldSet.read(dir));
    assertEquals(dir.resolve("entities.jsonl") + ":1: unknown entity kind 'city'", ex.getMessage());
  }

  @Test
  void aGoldFolderWithoutEntitiesHasNone(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("articles.jsonl"),
        "{\"id\":\"A1\",\"date\":\"2020-01-01\",\"text\":\"Iran spoke.\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("events.jsonl"), "", StandardCharsets.UTF_8);
    assertEquals(List.of(), GoldSet.read(dir).entities());
  }
}
