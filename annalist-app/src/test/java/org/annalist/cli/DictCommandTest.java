package org.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist dict}, in-process, on small dictionary folders. */
class DictCommandTest {

  @TempDir Path dir;

  private Path good;

  private static CodeCommandTest.Run run(String... args) {
    return CodeCommandTest.run("", args);
  }

  private static void write(Path folder, String path, String text) throws IOException {
    Path p = folder.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  @BeforeEach
  void goodFolder() throws IOException {
    good = dir.resolve("good");
    write(
        good,
        "actors/a.txt",
        """
        Syria | Syrian = SYR
        Damascus = SYRGOV
        Bashar al-Assad | Assad = SYRGOV 2000-07-17..2024-12-08, SYRELI
        United Nations | UN = IGOUNO
        """);
    write(good, "agents/a.txt", "army | troops = MIL\npolice = COP\n");
    write(
        good,
        "verbs/v.txt",
        """
        &UNIT = troop | army
        withdraw | pull out = 087
            * {&UNIT} = 0874
        attack = 190
            * {city} = 195
        """);
    write(good, "discards/d.txt", "football\n");
  }

  @Test
  void checkListsEachFindingWithFileAndLineAndFailsOnErrors() throws IOException {
    Path bad = dir.resolve("bad");
    write(bad, "actors/a.txt", "Syria = SYR\nAssad = SYRGOV\nGondor = GON\n");
    write(bad, "actors/b.txt", "Assad = SYRMIL\n");
    write(bad, "agents/a.txt", "army = MIL\ntroops | army = MIL\n");

    CodeCommandTest.Run r = run("dict", "check", "--dictionaries", bad.toString());

    assertEquals(Annalist.EXIT_INPUT_FAILED, r.exit(), r.err());
    assertEquals(
        List.of(
            "actors/a.txt:3: error: actor code 'GON': 'GON' is not a CAMEO country,"
                + " international, region or religion code",
            "actors/b.txt:1: warning: name 'Assad' conflicts with actors/a.txt:2: SYRMIL here,"
                + " SYRGOV there (the loader rejects a name on two lines)",
            "agents/a.txt:2: error: role word 'army' is already at agents/a.txt:1 (MIL there, MIL"
                + " here)",
            bad + ": 2 errors, 1 warning"),
        r.out().lines().toList());
  }

  @Test
  void checkPassesWithWarningsAndStrictTurnsConflictsIntoErrors() throws IOException {
    write(good, "actors/b.txt", "Assad = SYRMIL\n");

    CodeCommandTest.Run lenient = run("dict", "check", "--dictionaries", good.toString());
    CodeCommandTest.Run strict =
        run("dict", "check", "--strict", "--dictionaries", good.toString());

    assertEquals(0, lenient.exit(), lenient.err());
    assertEquals(good + ": 0 errors, 1 warning", lenient.out().lines().toList().get(1));
    assertEquals(Annalist.EXIT_INPUT_FAILED, strict.exit());
    assertEquals(
        List.of(
            "actors/b.txt:1: error: name 'Assad' conflicts with actors/a.txt:3: SYRMIL here,"
                + " SYRGOV 2000-07-17..2024-12-08, SYRELI there (the loader rejects a name on"
                + " two lines)",
            good + ": 1 error, 0 warnings"),
        strict.out().lines().toList());
  }

  @Test
  void checkOfAMissingFolderIsAConfigurationError() {
    CodeCommandTest.Run r = run("dict", "check", "--dictionaries", dir.resolve("none").toString());

    assertEquals(Annalist.EXIT_USAGE, r.exit());
    assertEquals("annalist: not a dictionary folder: " + dir.resolve("none") + "\n", r.err());
  }

  @Test
  void lookupOfAnActorShowsItsCodesAndTheOneChosenForTheDate() {
    CodeCommandTest.Run r =
        run("dict", "lookup", "Assad", "--date", "2010-05-01", "--dictionaries", good.toString());

    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            "\"Assad\" is an actor: actors/a.txt:3",
            "  names: Bashar al-Assad | Assad",
            "  codes: SYRGOV 2000-07-17..2024-12-08, SYRELI",
            "  on 2010-05-01: SYRGOV (the first dated code whose range contains 2010-05-01:"
                + " SYRGOV 2000-07-17..2024-12-08)"),
        r.out().lines().toList());
  }

  @Test
  void lookupOfAnAgentPhraseNamesTheActorAndTheAgent() {
    CodeCommandTest.Run r =
        run("dict", "lookup", "Syrian", "army", "--dictionaries", good.toString());

    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            "\"Syrian army\" -> SYRMIL, from \"Syrian army\" read as a noun phrase",
            "  actor: actors/a.txt:1 Syria | Syrian = SYR (gives SYR)",
            "  agent: agents/a.txt:1 army | troops = MIL",
            "  SYR + MIL -> SYRMIL"),
        r.out().lines().toList());
  }

  @Test
  void lookupOfACountryOnACommonNounSaysItCodesATargetOnly() {
    CodeCommandTest.Run r =
        run("dict", "lookup", "Syrian prisoners", "--dictionaries", good.toString());

    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            "\"Syrian prisoners\" -> SYR, from \"Syrian\" read as a noun phrase (as a target only:"
                + " a country modifying a common noun stands for the phrase when it is the target)",
            "  actor: actors/a.txt:1 Syria | Syrian = SYR (gives SYR)"),
        r.out().lines().toList());
  }

  @Test
  void lookupOfABareRoleSaysTheRoleStandsAlone() {
    CodeCommandTest.Run r = run("dict", "lookup", "police", "--dictionaries", good.toString());

    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            "\"police\" -> COP, from \"police\" read as a noun phrase",
            "  agent: agents/a.txt:2 police = COP",
            "  no actor in the phrase: the role COP stands alone"),
        r.out().lines().toList());
  }

  @Test
  void lookupOfAnUnknownNameListsTheClosestNamesAndFails() {
    CodeCommandTest.Run r = run("dict", "lookup", "Asad", "--dictionaries", good.toString());

    assertEquals(Annalist.EXIT_INPUT_FAILED, r.exit());
    assertEquals(
        List.of(
            "\"Asad\": no actor or agent",
            "  closest names:",
            "    Assad  actors/a.txt:3  SYRGOV 2000-07-17..2024-12-08, SYRELI",
            "    army  agents/a.txt:1  MIL",
            "    UN  actors/a.txt:4  IGOUNO",
            "    Syria  actors/a.txt:1  SYR",
            "    Syrian  actors/a.txt:1  SYR"),
        r.out().lines().toList());
  }

  @Test
  void lookupRejectsABadDate() {
    CodeCommandTest.Run r = run("dict", "lookup", "Assad", "--date", "May 2010");

    assertEquals(Annalist.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("--date must be YYYY-MM-DD, not 'May 2010'"), r.err());
  }

  @Test
  void statsCountsByKindAndByCode() {
    CodeCommandTest.Run r = run("dict", "stats", "--dictionaries", good.toString());

    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        List.of(
            good.toString(),
            "  actors:    4 entries, 7 names and aliases, 1 dated codes",
            "  agents:    3 role words: COP 1, MIL 2",
            "  verbs:     2 blocks, 3 verb forms, 2 patterns, 1 synonym sets",
            "  discards:  1 phrases",
            "  actors by country:",
            "    SYR 3",
            "  actors by international code:",
            "    IGO 1",
            "  actors by role:",
            "    GOV 2, ELI 1",
            "  patterns by root:",
            "    08 1, 19 1",
            "  patterns by code:",
            "    0874 1, 195 1"),
        lines.subList(0, lines.size() - 1));
    assertTrue(lines.get(lines.size() - 1).matches("  loaded in \\d+ ms"), r.out());
  }

  @Test
  void coverageWritesAMarkdownReport() throws IOException {
    Path report = dir.resolve("coverage.md");

    CodeCommandTest.Run r =
        run("dict", "coverage", "--dictionaries", good.toString(), "--write", report.toString());

    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    assertEquals("# Dictionary coverage", lines.get(0));
    assertEquals(
        List.of(
            "| verb patterns | 2 |",
            "| 087 | De-escalate military engagement | 0 | 2 |",
            "| 0874 | Retreat or surrender militarily | 1 | 0 |",
            "- states: 197; name 1/197, adjective 1/197, capital 1/197",
            "| RUS | RUS | state | Russia | **no** | **no** (Russian) | no (Moscow) |",
            "| SYR | SYR | state | Syria | yes | yes (Syrian) | yes (Damascus) |"),
        lines.stream()
            .filter(
                l ->
                    l.startsWith("| verb patterns")
                        || l.startsWith("| 087 ")
                        || l.startsWith("| 0874 ")
                        || l.startsWith("| RUS ")
                        || l.startsWith("| SYR ")
                        || l.startsWith("- states:"))
            .toList());
  }
}
