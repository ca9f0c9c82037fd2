package org.annalist.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.cli.Annalist;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.petrarch.PetrarchDictionaryReader;
import org.annalist.model.Problem;
import org.annalist.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Phoenix dictionaries (PETRARCH-2's production set: CAMEO.2.0.txt and the Phoenix actor, agent
 * and discard files) load with every problem attributed to a file and line, and code the GigaWord
 * samples without a failed record. The load time is measured, not asserted: {@code annalist
 * dictionaries --petrarch-verbs ...} prints it.
 */
class PhoenixDictionariesTest {

  private static final String DICTIONARIES = "testdata/petrarch/dictionaries/";
  private static final String RECORDS = "testdata/petrarch/records/";
  private static final String VERBS = "CAMEO.2.0.txt";
  private static final List<String> ACTORS =
      List.of(
          "Phoenix.Countries.actors.txt",
          "Phoenix.International.actors.txt",
          "Phoenix.MilNonState.actors.txt");
  private static final String AGENTS = "Phoenix.agents.txt";
  private static final String DISCARDS = "Phoenix.discards.txt";

  private static final Pattern FILE_AND_LINE = Pattern.compile("^[^:]+\\.txt:\\d+$");

  @TempDir Path dir;

  @Test
  void everyProblemNamesAFileAndLineAndTheDictionariesAreFull() {
    Path folder = SharedData.require(DICTIONARIES);
    List<Problem> problems = new ArrayList<>();

    Dictionaries d =
        PetrarchDictionaryReader.read(
            folder.resolve(VERBS),
            ACTORS.stream().map(folder::resolve).toList(),
            folder.resolve(AGENTS),
            folder.resolve(DISCARDS),
            problems::add);

    Set<String> files =
        Set.of(VERBS, ACTORS.get(0), ACTORS.get(1), ACTORS.get(2), AGENTS, DISCARDS);
    for (Problem p : problems) {
      assertTrue(FILE_AND_LINE.matcher(p.where()).matches(), "not file:line: " + p);
      String file = p.where().substring(0, p.where().lastIndexOf(':'));
      assertTrue(files.contains(file), "not one of the files read: " + p);
    }
    // measured 2026-11-25: 7,146 verbs in 475 blocks, 27,211 actor entries, 34,356 names,
    // 5,183 role words, 505 discards; 1,471 problems
    assertTrue(d.verbs().verbCount() >= 5_000, "verbs: " + d.verbs().verbCount());
    assertTrue(d.verbs().entries().size() >= 400, "verb blocks: " + d.verbs().entries().size());
    assertTrue(d.actorEntryCount() >= 20_000, "actor entries: " + d.actorEntryCount());
    assertTrue(d.actors().size() >= 25_000, "actor names: " + d.actors().size());
    assertTrue(d.agents().size() >= 4_000, "agents: " + d.agents().size());
    assertTrue(d.discards().size() >= 400, "discards: " + d.discards().size());
  }

  @Test
  void gigaWordSampleWithUdParsesIsCodedWithoutAFailedRecord() throws IOException {
    assertCodedWithoutFailure("GigaWord.sample.PETR.ud.xml");
  }

  @Test
  void gigaWordSampleWithPennTreesIsCodedWithoutAFailedRecord() throws IOException {
    assertCodedWithoutFailure("GigaWord.sample.PETR.xml");
  }

  private void assertCodedWithoutFailure(String records) throws IOException {
    Path file = SharedData.require(RECORDS + records);
    Path folder = SharedData.require(DICTIONARIES);
    Path json = dir.resolve("gigaword.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit =
        Annalist.run(
            out,
            new ByteArrayInputStream(new byte[0]),
            err,
            "eval",
            file.toString(),
            "--dictionary-dir",
            folder.toString(),
            "--verbs",
            VERBS,
            "--actors",
            String.join(",", ACTORS),
            "--agents",
            AGENTS,
            "--discards",
            DISCARDS,
            "--json",
            json.toString());

    String report = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    JsonNode scores = new ObjectMapper().readTree(json.toFile());
    JsonNode overall = scores.get("overall");
    assertEquals(67, overall.get("active").asInt(), report);
    assertEquals(0, overall.get("failed").asInt(), report);
    for (JsonNode r : scores.get("records")) {
      assertEquals("coded", r.get("status").asText(), r.toString());
    }
    // measured 2026-11-25: 47 events from the 67 records, with either parse
    assertTrue(overall.get("events").asInt() >= 20, report);
  }
}
