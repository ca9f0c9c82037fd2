package org.annalist.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.dictionary.DictionaryCheck.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryCheckTest {

  @TempDir Path dir;

  private void write(String path, String text) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private List<String> check(boolean strict) {
    return DictionaryCheck.of(DictionaryFiles.read(dir)).findings().stream()
        .map(f -> f.format(strict))
        .toList();
  }

  @Test
  void everyBadLineIsReportedNotOnlyTheFirst() throws IOException {
    write(
        "actors/a.txt",
        """
        Syria SYR
        Damascus = SYRGOV
        Inverted = SYRGOV 2010-01-01..2000-01-01
        """);
    write("discards/d.txt", "football = 1\n");

    assertEquals(
        List.of(
            "actors/a.txt:1: error: expected 'names = codes': Syria SYR",
            "actors/a.txt:3: error: date range ends before it starts in"
                + " 'SYRGOV 2010-01-01..2000-01-01': Inverted = SYRGOV 2010-01-01..2000-01-01",
            "discards/d.txt:1: error: a discard line is a phrase, without '=': football = 1"),
        check(false));
  }

  @Test
  void namesWrittenTwiceAreDuplicatesWithTheSameCodesAndConflictsWithOthers() throws IOException {
    write("actors/a.txt", "Syria | Syrian | syrian = SYR\nDamascus = SYRGOV\nAssad = SYRGOV\n");
    write("actors/b.txt", "Damascus = SYRGOV\nAssad = SYRMIL 2011-01-01.., SYRGOV\n");

    assertEquals(
        List.of(
            "actors/a.txt:1: warning: name 'syrian' is written twice on this line",
            "actors/b.txt:1: error: name 'Damascus' is already at actors/a.txt:2 with the same"
                + " codes (SYRGOV); delete one",
            "actors/b.txt:2: warning: name 'Assad' conflicts with actors/a.txt:3:"
                + " SYRMIL 2011-01-01.., SYRGOV here, SYRGOV there (the loader rejects a name on"
                + " two lines)"),
        check(false));
  }

  @Test
  void aSharedNameMustBeAnotherActorsNameAndSharedOnce() throws IOException {
    write(
        "actors/a.txt",
        """
        Democratic Republic of the Congo | Congolese = COD
        Republic of the Congo | ~Congolese | ~Brazzavillian = COG
        Congo Republic | ~Congolese = COG
        """);

    assertEquals(
        List.of(
            "actors/a.txt:2: error: shared name '~Brazzavillian' is no other actor's name",
            "actors/a.txt:3: error: name '~Congolese' is already shared by actors/a.txt:2"),
        check(false));
  }

  @Test
  void strictCountsConflictsAsErrors() throws IOException {
    write("actors/a.txt", "Assad = SYRGOV\n");
    write("actors/b.txt", "Assad = SYRMIL\n");
    DictionaryCheck check = DictionaryCheck.of(DictionaryFiles.read(dir));

    assertEquals(0, check.errors(false));
    assertEquals(1, check.warnings(false));
    assertEquals(1, check.errors(true));
    assertEquals(0, check.warnings(true));
    assertEquals(
        List.of(
            "actors/b.txt:1: error: name 'Assad' conflicts with actors/a.txt:1: SYRMIL here,"
                + " SYRGOV there (the loader rejects a name on two lines)"),
        check(true));
  }

  @Test
  void actorCodesMustStartWithACameoCountryAndHaveARole() throws IOException {
    write(
        "actors/a.txt",
        """
        Gondor = GONGOV
        Syrian spokesman = SYRXYZ
        Syrian Greeks = SYRGRK
        UN = IGOUNO
        Government = GOV
        Short = SYRGO
        """);

    assertEquals(
        List.of(
            "actors/a.txt:1: error: actor code 'GONGOV': 'GON' is not a CAMEO country,"
                + " international, region or religion code",
            "actors/a.txt:2: warning: actor code 'SYRXYZ': 'XYZ' is not a CAMEO role code (nor a"
                + " country, region, religion or sub-state unit)",
            "actors/a.txt:5: error: actor code 'GOV': 'GOV' is not a CAMEO country,"
                + " international, region or religion code",
            "actors/a.txt:6: error: actor code 'SYRGO' is not made of three-letter groups"),
        check(false));
  }

  @Test
  void aRangeInsideAnEarlierListedOneIsAnErrorAndAPartialOverlapAWarning() throws IOException {
    write(
        "actors/a.txt",
        """
        Dead = SYRGOV 2000-01-01..2010-12-31, SYRMIL 2005-01-01..2006-01-01
        Partial = SYRGOV 2000-01-01..2010-12-31, SYRMIL 2005-01-01..
        Carved = SYRREB 2005-01-01..2005-02-01, SYRMIL 2000-01-01..2010-12-31, SYRELI
        """);

    assertEquals(
        List.of(
            "actors/a.txt:1: error: date ranges overlap: SYRGOV 2000-01-01..2010-12-31 and SYRMIL"
                + " 2005-01-01..2006-01-01; the second lies within the first, which is listed"
                + " first and wins, so it never applies",
            "actors/a.txt:2: warning: date ranges overlap: SYRGOV 2000-01-01..2010-12-31 and"
                + " SYRMIL 2005-01-01.. (from 2005-01-01 to 2010-12-31); the first listed wins"),
        check(false));
  }

  @Test
  void roleWordsOnTwoLinesAndUnknownRolesAreErrors() throws IOException {
    write("agents/a.txt", "army | troops = MIL\nsoldier | Army = MIL\nminister = XYZ\n");

    assertEquals(
        List.of(
            "agents/a.txt:2: error: role word 'Army' is already at agents/a.txt:1 (MIL there, MIL"
                + " here)",
            "agents/a.txt:3: error: agent code 'XYZ' is not a CAMEO role or international code"),
        check(false));
  }

  @Test
  void verbFindingsNameTheBlockAndTheOtherLine() throws IOException {
    write("verbs/00-sets.txt", "&UNIT = troop | army\n&UNUSED = foo | bar\n");
    write(
        "verbs/a.txt",
        """
        withdraw = 087
            * {&UNIT} (from +) = 0874
            * (from +) {&UNIT} = 0874
            * {&UNIT} = 0874
            * {&UNIT} = 087
        attack = 190
            * {city} = 999
        pull out | withdraw = 087
        """);

    assertEquals(
        List.of(
            "verbs/00-sets.txt:2: warning: synonym set &UNUSED is not used by any pattern",
            "verbs/a.txt:3: warning: pattern '* (from +) {&UNIT} = 0874' repeats verbs/a.txt:2 in"
                + " the block at verbs/a.txt:1",
            "verbs/a.txt:5: error: pattern '* {&UNIT} = 087' has the elements of verbs/a.txt:4"
                + " ('* {&UNIT} = 0874') in the block at verbs/a.txt:1; the first written wins, so"
                + " this one never codes",
            "verbs/a.txt:7: error: '999' is not a CAMEO event code: * {city} = 999",
            "verbs/a.txt:8: error: verb 'withdraw' already has a block at verbs/a.txt:1"),
        check(false));
  }

  @Test
  void aFolderWithoutDictionaryFilesIsAnError() {
    assertEquals(
        List.of(
            dir
                + ": error: no dictionary files found (expected actors/, agents/, verbs/ with"
                + " *.txt files)"),
        check(false));
  }

  @Test
  void bundledDictionariesHaveNoErrors() {
    DictionaryCheck check = DictionaryCheck.of(DictionaryFiles.bundled());

    List<Finding> errors =
        check.findings().stream()
            .filter(f -> f.severity(true) == DictionaryCheck.Severity.ERROR)
            .toList();
    assertEquals(List.of(), errors, "run 'annalist dict check --strict' for the list");
  }
}
