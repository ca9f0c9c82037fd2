package org.annalist.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.DictionaryFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameLookupTest {

  @TempDir Path dir;

  private NameLookup lookup;

  @BeforeEach
  void writeDictionaries() throws IOException {
    Files.createDirectories(dir.resolve("actors"));
    Files.createDirectories(dir.resolve("agents"));
    Files.writeString(
        dir.resolve("actors/a.txt"),
        """
        Syria | Syrian = SYR
        Damascus = SYRGOV
        Bashar al-Assad | Assad = SYRGOV 2000-07-17..2024-12-08, SYRELI
        Hafez al-Assad = SYRGOV 1971-03-12..2000-06-10
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("agents/a.txt"), "army | troops = MIL\npolice = COP\n", StandardCharsets.UTF_8);
    lookup = new NameLookup(Dictionaries.load(dir), DictionaryFiles.read(dir));
  }

  private NameLookup.ActorFound actor(String name, LocalDate date) {
    return (NameLookup.ActorFound) lookup.lookup(name, date);
  }

  @Test
  void anActorNameGivesTheCodeForTheDateAndWhy() {
    NameLookup.ActorFound in2010 = actor("assad", LocalDate.of(2010, 1, 1));
    NameLookup.ActorFound in2025 = actor("Assad", LocalDate.of(2025, 1, 1));
    NameLookup.ActorFound undated = actor("Assad", null);

    assertEquals("actors/a.txt:3", in2010.entry().id());
    assertEquals(
        List.of(
            "SYRGOV",
            "the first dated code whose range contains 2010-01-01:"
                + " SYRGOV 2000-07-17..2024-12-08"),
        List.of(in2010.code(), in2010.reason()));
    assertEquals(
        List.of("SYRELI", "no dated code covers 2025-01-01: the first code without a range"),
        List.of(in2025.code(), in2025.reason()));
    assertEquals(
        List.of("SYRELI", "no date given: the first code without a range"),
        List.of(undated.code(), undated.reason()));
  }

  @Test
  void anActorWithOnlyDatedCodesHasNoCodeOutsideThem() {
    NameLookup.ActorFound later = actor("Hafez al-Assad", LocalDate.of(2010, 1, 1));

    assertEquals(null, later.code());
    assertEquals(
        "no code covers 2010-01-01 and every code is dated: not coded on that date",
        later.reason());
  }

  @Test
  void aCountryAdjectiveAndAnAgentComposeNamingBothEntries() {
    NameLookup.Composed c = (NameLookup.Composed) lookup.lookup("Syrian army", null);

    assertEquals("SYRMIL", c.code());
    assertEquals(List.of("actors/a.txt:1"), c.actors().keySet().stream().map(e -> e.id()).toList());
    assertEquals(List.of("SYR"), List.copyOf(c.actors().values()));
    assertEquals("agents/a.txt:1", c.agent().id());
    assertEquals(false, c.targetOnly());
  }

  @Test
  void possessorsOfPhrasesAndCapitalsComposeToo() {
    List<String> codes =
        List.of("Syria's troops", "the army of Syria", "Damascus police").stream()
            .map(n -> ((NameLookup.Composed) lookup.lookup(n, null)).code())
            .toList();

    assertEquals(List.of("SYRMIL", "SYRMIL", "SYRCOP"), codes);
  }

  @Test
  void aCountryAdjectiveOnACommonNounCodesATargetOnly() {
    NameLookup.Composed c = (NameLookup.Composed) lookup.lookup("Syrian prisoners", null);

    assertEquals(List.of("SYR", "Syrian", true), List.of(c.code(), c.text(), c.targetOnly()));
  }

  @Test
  void anAgentAloneIsABareRole() {
    NameLookup.Composed c = (NameLookup.Composed) lookup.lookup("police", null);

    assertEquals(List.of("COP", "agents/a.txt:2"), List.of(c.code(), c.agent().id()));
    assertEquals(Map.of(), c.actors());
  }

  @Test
  void nothingFoundListsTheClosestNames() {
    NameLookup.NotFound n = (NameLookup.NotFound) lookup.lookup("Syriac", null);

    assertEquals(
        List.of(
            new NameLookup.Suggestion("Syria", "actors/a.txt:1", "SYR", 1),
            new NameLookup.Suggestion("Syrian", "actors/a.txt:1", "SYR", 1),
            new NameLookup.Suggestion("army", "agents/a.txt:1", "MIL", 5),
            new NameLookup.Suggestion(
                "Assad", "actors/a.txt:3", "SYRGOV 2000-07-17..2024-12-08, SYRELI", 5),
            new NameLookup.Suggestion("police", "agents/a.txt:2", "COP", 5)),
        n.closest());
  }
}
