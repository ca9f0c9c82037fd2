package org.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist dictionaries}, in-process, on PETRARCH-format files. */
class DictionariesCommandTest {

  @TempDir Path dir;

  private static CodeCommandTest.Run run(String... args) {
    return CodeCommandTest.run("", args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** Arguments naming small PETRARCH files with one problem in the actors and one in discards. */
  private String[] petrarchFiles(String... more) throws IOException {
    Path verbs = write("verbs.txt", "--- MEET  [040] ---\nMEET\n");
    Path countries = write("countries.txt", "GONDOR [GON]\n+MINAS_TIRITH\nSHIRE\n");
    Path groups = write("groups.txt", "RANGERS_OF_THE_NORTH [ARNREB]\n");
    Path agents = write("agents.txt", "STEWARD [~GOV]\n");
    Path discards = write("discards.txt", "MONTHS LATER\n+TYPHOON\n");
    List<String> args =
        new ArrayList<>(
            List.of(
                "dictionaries",
                "--petrarch-verbs",
                verbs.toString(),
                "--petrarch-actors",
                countries + "," + groups,
                "--petrarch-agents",
                agents.toString(),
                "--petrarch-discards",
                discards.toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void petrarchFilesAreCountedWithTheirProblems() throws IOException {
    CodeCommandTest.Run r = run(petrarchFiles());

    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        List.of(
            "PETRARCH dictionaries: [countries.txt, groups.txt]",
            "  actors:   2 entries, 3 names",
            "  agents:   2 role words",
            "  verbs:    4 verbs in 1 blocks, 0 patterns, 0 synonym sets",
            "  discards: 2 phrases",
            "  problems: 2 (list them with --problems)"),
        lines.subList(0, 6),
        r.out());
    assertTrue(lines.get(6).matches("  loaded in \\d+ ms"), lines.get(6));
    assertEquals(7, lines.size(), r.out());
    assertEquals("", r.err());
  }

  @Test
  void problemsListsEveryProblemWithFileAndLine() throws IOException {
    CodeCommandTest.Run r = run(petrarchFiles("--problems"));

    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("  problems: 2", lines.get(5));
    assertEquals(
        List.of(
            "countries.txt:3: actor without a code: SHIRE",
            "discards.txt:2: story-level discard '+TYPHOON' is applied to sentences only"),
        lines.subList(7, lines.size()),
        r.out());
  }

  @Test
  void missingPetrarchFileIsAConfigurationError() {
    CodeCommandTest.Run r =
        run("dictionaries", "--petrarch-actors", dir.resolve("none.txt").toString());

    assertEquals(Annalist.EXIT_USAGE, r.exit());
    assertEquals("annalist: actor file not found: " + dir.resolve("none.txt") + "\n", r.err());
  }

  @Test
  void folderAndPetrarchFilesTogetherAreRejected() throws IOException {
    CodeCommandTest.Run r = run(petrarchFiles(dir.toString()));

    assertEquals(Annalist.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("give either a dictionary folder or --petrarch-* files"), r.err());
  }

  @Test
  void problemsWithoutPetrarchFilesIsRejected() {
    CodeCommandTest.Run r = run("dictionaries", "--problems");

    assertEquals(Annalist.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("--problems applies to --petrarch-* files"), r.err());
  }
}
