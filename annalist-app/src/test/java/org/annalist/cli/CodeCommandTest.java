package org.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on real files: bad inputs are reported, one line each, and the rest is coded.
 */
class CodeCommandTest {

  static final String GOOD =
      "Russian jets bombed Syrian rebels near Aleppo on Tuesday. " + "Ukraine condemned Russia.\n";

  record Run(int exit, String out, String err) {
    List<JsonNode> events() throws IOException {
      List<JsonNode> out = new ArrayList<>();
      ObjectMapper json = new ObjectMapper();
      for (String line : out().split("\n")) {
        if (!line.isBlank()) {
          out.add(json.readTree(line));
        }
      }
      return out;
    }
  }

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Annalist.run(
            out, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), err, args);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void badInputsAreReportedOneLineEachAndTheOthersAreCoded(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), GOOD, StandardCharsets.UTF_8);
    Files.write(dir.resolve("b-empty.txt"), new byte[0]);
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    Files.write(dir.resolve("c-binary.txt"), binary);
    Files.write(
        dir.resolve("d-latin1.txt"),
        "Ukraine condemned Russia in S\u00e3o Paulo.".getBytes(StandardCharsets.ISO_8859_1));
    StringBuilder huge = new StringBuilder();
    while (huge.length() < 5 * 1024 * 1024) {
      huge.append("word and another word without any stop ");
    }
    Files.writeString(dir.resolve("e-huge.txt"), huge, StandardCharsets.UTF_8);
    Files.createSymbolicLink(dir.resolve("f-broken-link.txt"), dir.resolve("does-not-exist.txt"));
    Path locked = Files.writeString(dir.resolve("g-locked.txt"), GOOD, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    boolean lockedIsUnreadable = !Files.isReadable(locked); // root reads anything
    Files.writeString(dir.resolve("h-good.txt"), "France praised Germany.", StandardCharsets.UTF_8);

    Run r = run("", "code", "--date", "2020-01-01", dir.toString());

    assertEquals(1, r.exit(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertTrue(r.err().contains(dir.resolve("b-empty.txt") + ": empty file"), r.err());
    assertTrue(
        r.err().contains(dir.resolve("c-binary.txt") + ": binary file (NUL byte at offset 0)"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                dir.resolve("d-latin1.txt") + ": not valid UTF-8 (first bad byte at offset 29)"),
        r.err());
    assertTrue(r.err().contains(dir.resolve("e-huge.txt") + ": too large: 5,242,"), r.err());
    assertTrue(
        r.err().contains(dir.resolve("f-broken-link.txt") + ": no such file (or a broken link)"),
        r.err());
    if (lockedIsUnreadable) {
      assertTrue(
          r.err().contains(dir.resolve("g-locked.txt") + ": cannot read: permission denied"),
          r.err());
    }
    for (String line : r.err().split("\n")) {
      assertTrue(line.startsWith("annalist: "), "one line per problem: " + line);
    }

    List<String> articles =
        r.events().stream().map(e -> e.get("articleId").asText()).distinct().toList();
    assertTrue(articles.contains("a-good.txt"), r.out());
    assertTrue(articles.contains("h-good.txt"), r.out());
    JsonNode bombing =
        r.events().stream()
            .filter(e -> e.get("cameo").asText().equals("195"))
            .findFirst()
            .orElseThrow();
    assertEquals("RUSMIL", bombing.at("/source/code").asText());
    assertEquals("SYRREB", bombing.at("/target/code").asText());
    assertEquals("2020-01-01", bombing.get("articleDate").asText());
    assertEquals("ASSAULT", bombing.at("/plover/event").asText());
    assertEquals("aerial", bombing.at("/plover/mode").asText());
    assertEquals("military", bombing.at("/plover/context/0").asText());
  }

  @Test
  void eventsCarryTheirDatePlaceAndFactualityAndArticleFeaturesGoToTheirFile(@TempDir Path dir)
      throws IOException {
    Path features = dir.resolve("features.jsonl");
    Run r =
        run(
            "\"We will not stop,\" Ukraine's foreign minister told reporters. "
                + "Russian jets bombed Syrian rebels near Aleppo on Tuesday, killing at least 12 people.\n",
            "code",
            "--date",
            "2017-11-30",
            "--features",
            features.toString(),
            "-");
    assertEquals(0, r.exit(), r.err());
    JsonNode e = r.events().get(0);
    assertEquals("195", e.get("cameo").asText());
    assertEquals("2017-11-28", e.get("date").get("iso").asText(), "Tuesday before the 30th");
    assertEquals("TEXT", e.get("date").get("basis").asText());
    assertEquals("ASSERTED", e.get("factuality").asText());
    assertEquals("SYR", e.get("actionGeo").get("countryCode").asText());
    assertEquals("Aleppo", e.get("actionGeo").get("mention").get("text").asText());
    assertEquals("RUS", e.get("sourceGeo").get("countryCode").asText());
    List<String> lines = Files.readAllLines(features, StandardCharsets.UTF_8);
    assertEquals(1, lines.size(), "one line per article");
    JsonNode f = new ObjectMapper().readTree(lines.get(0));
    assertEquals("KILLED", f.get("counts").get(0).get("kind").asText());
    assertEquals(12, f.get("counts").get(0).get("number").asInt());
    assertEquals("AT_LEAST", f.get("counts").get(0).get("qualifier").asText());
    assertEquals("We will not stop", f.get("quotations").get(0).get("quote").get("text").asText());
    assertTrue(f.get("tone").get("tone").asDouble() < 0, f.get("tone").toString());
  }

  @Test
  void everythingFineExitsZero(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("good.txt"), GOOD, StandardCharsets.UTF_8);
    Run r = run("", "code", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(r.events().size() >= 2, r.out());
  }

  @Test
  void standardInputIsAnArticle() throws IOException {
    Run r = run(GOOD, "code", "-", "--format", "tsv");
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().split("\n");
    assertTrue(lines[0].startsWith("id\tarticleId\tarticleDate\t"), lines[0]);
    assertTrue(lines.length >= 3, r.out());
  }

  @Test
  void longTextWithoutPunctuationIsCutIntoChunksWithAWarning(@TempDir Path dir) throws IOException {
    StringBuilder b = new StringBuilder("Ukraine condemned Russia ");
    for (int i = 0; i < 400; i++) {
      b.append("and the talks went on for a long time ");
    }
    Path f = Files.writeString(dir.resolve("run-on.txt"), b, StandardCharsets.UTF_8);
    Run r = run("", "code", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("annalist: warning: run-on.txt sentence"), r.err());
    assertTrue(r.err().contains("split"), r.err());
  }

  @Test
  void badJsonLinesAreReportedWithTheirLineNumber(@TempDir Path dir) throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("news.jsonl"),
            "{\"id\":\"n1\",\"date\":\"2019-05-01\",\"text\":\"France praised Germany.\"}\n"
                + "this is not json\n"
                + "{\"id\":\"n3\",\"text\":\"\"}\n"
                + "{\"id\":\"n4\",\"date\":\"May 1\",\"text\":\"France praised Germany.\"}\n",
            StandardCharsets.UTF_8);
    Run r = run("", "code", f.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains(f + ":2: not a JSON object"), r.err());
    assertTrue(r.err().contains(f + ":3: empty \"text\""), r.err());
    assertTrue(r.err().contains(f + ":4: bad \"date\" 'May 1' (expected YYYY-MM-DD)"), r.err());
    JsonNode e = r.events().get(0);
    assertEquals("n1", e.get("articleId").asText());
    assertEquals("2019-05-01", e.get("articleDate").asText());
  }

  @Test
  void badDictionaryLineIsAConfigurationErrorNamingFileAndLine(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("actors"));
    Files.writeString(dir.resolve("actors/mine.txt"), "# mine\nRussia | Russian Federation RUS\n");
    Path article = Files.writeString(dir.resolve("a.txt"), GOOD);
    Run r = run("", "code", "--dictionaries", dir.toString(), article.toString());
    assertEquals(2, r.exit());
    assertEquals(
        "annalist: dictionary error: actors/mine.txt:2: expected 'names = codes': "
            + "Russia | Russian Federation RUS\n",
        r.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("", "code", "--no-such-option", "x.txt");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Unknown option: '--no-such-option'"), r.err());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("code", "parse", "dictionaries", "eval", "bench")) {
      Run r = run("", command, "--help");
      assertEquals(0, r.exit(), command);
      assertTrue(r.out().contains("Usage: annalist " + command), r.out());
    }
  }
}
