package org.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist eval GOLD} on a small gold folder: event scores and entity scores. */
class EvalCommandTest {

  @Test
  void aGoldFolderWithEntitiesGetsEntityScoresFailuresAndJson(@TempDir Path dir)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    Files.writeString(
        dir.resolve("articles.jsonl"),
        json.writeValueAsString(
                json.createObjectNode()
                    .put("id", "A1")
                    .put("date", "2020-01-01")
                    .put("text", CodeCommandTest.GOOD))
            + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("events.jsonl"),
        "{\"event_id\":\"E1\",\"article_id\":\"A1\",\"sentence\":\"Ukraine condemned Russia.\","
            + "\"source_code\":\"UKR\",\"target_code\":\"RUS\",\"cameo\":\"111\","
            + "\"date\":\"2020-01-01\",\"country\":\"SYR\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("entities.jsonl"),
        String.join(
            "\n",
            "{\"article_id\":\"A1\",\"kind\":\"country\",\"text\":\"Ukraine\",\"code\":\"UKR\"}",
            "{\"article_id\":\"A1\",\"kind\":\"org\",\"text\":\"Syrian rebels\",\"code\":\"SYRREB\"}",
            "{\"article_id\":\"A1\",\"kind\":\"org\",\"text\":\"Russian jets\",\"code\":\"RUSGOV\"}",
            "{\"article_id\":\"A1\",\"kind\":\"person\",\"text\":\"Vladimir Putin\","
                + "\"code\":\"RUSGOV\",\"variants\":[\"the Russian president\"]}",
            "{\"article_id\":\"A1\",\"kind\":\"person\",\"text\":\"Skripal\",\"code\":null}",
            "{\"article_id\":\"A1\",\"kind\":\"location\",\"text\":\"Aleppo\",\"code\":null}",
            ""),
        StandardCharsets.UTF_8);
    Path scores = dir.resolve("scores.json");

    CodeCommandTest.Run r =
        CodeCommandTest.run(
            "",
            "eval",
            dir.toString(),
            "--failures",
            "--json",
            scores.toString(),
            "--threads",
            "1");

    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(
        lines.containsAll(
            List.of(
                "entities: 4 persons, organisations and countries with a code (1 without, not "
                    + "scored)",
                "  person:  recognised 0.000 (0/1)  code exact 0.000 (0/0)  prefix 0.000 (0/0)",
                "  org:     recognised 1.000 (2/2)  code exact 0.500 (1/2)  prefix 1.000 (2/2)",
                "  country: recognised 1.000 (1/1)  code exact 1.000 (1/1)  prefix 1.000 (1/1)",
                "  all:     recognised 0.750 (3/4)  code exact 0.667 (2/3)  prefix 1.000 (3/3)",
                "unrecognised entity A1 person: Vladimir Putin (RUSGOV), not in the article "
                    + "verbatim",
                "context of matched events: date 0.000 (0/1), place country 1.000 (1/1)",
                "wrong date E1: gold 2020-01-01, coded 2019-12-31 (NARRATIVE, \"Tuesday\") in:"
                    + " Ukraine condemned Russia.")),
        r.out());
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.startsWith(
                        "wrong entity A1 org: Russian jets is RUSGOV, read RUSMIL (prefix right) "
                            + "from \"Russian jets\" [actors/")),
        r.out());
    JsonNode written = json.readTree(scores.toFile());
    assertEquals(1, written.at("/entities/unscored").asInt());
    assertEquals(4, written.at("/entities/all/total").asInt());
    assertEquals(3, written.at("/entities/all/recognised").asInt());
    assertEquals(2, written.at("/entities/all/exact").asInt());
    assertEquals(0.5, written.at("/entities/org/exactAccuracy").asDouble());
    assertEquals(0, written.at("/context/dates/correct").asInt());
    assertEquals(1, written.at("/context/countries/correct").asInt());
    assertEquals(1, written.at("/context/countries/scored").asInt());
  }
}
