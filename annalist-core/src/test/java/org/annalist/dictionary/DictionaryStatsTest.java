package org.annalist.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryStatsTest {

  @TempDir Path dir;

  private void write(String path, String text) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  @Test
  void countsByKindAndByCode() throws IOException {
    write(
        "actors/a.txt",
        """
        Syria | Syrian = SYR
        Assad = SYRGOV 2000-07-17.., SYRELI
        United Nations | UN = IGOUNO
        IMF = IGOBUSIMF
        """);
    write("agents/a.txt", "army | troops = MIL\nminister = GOV\n");
    write(
        "verbs/v.txt",
        """
        &UNIT = troop | army
        withdraw | pull out = 087
            * {&UNIT} = 0874
            * {talk} = ---
        attack = 190
            * {city} = 195
        """);
    write("discards/d.txt", "football\nWorld Cup\n");

    DictionaryStats s = DictionaryStats.measure(dir);

    assertEquals(
        List.of(4, 6, 1, 2, 3, 3, 1, 2),
        List.of(
            s.actorEntries(),
            s.actorNames(),
            s.datedCodes(),
            s.verbBlocks(),
            s.verbForms(),
            s.patterns(),
            s.synonymSets(),
            s.discards()));
    assertEquals(Map.of("GOV", 1, "MIL", 2), s.agentWordsByRole());
    assertEquals(Map.of("IGO", 2, "SYR", 2), s.actorsByLeadingCode());
    assertEquals(Map.of("BUS", 1, "ELI", 1, "GOV", 1), s.actorsByRole());
    assertEquals(Map.of("---", 1, "08", 1, "19", 1), s.patternsByRoot());
    assertEquals(Map.of("---", 1, "0874", 1, "195", 1), s.patternsByCode());
    assertEquals(List.of("SYR"), s.leadingCodes(org.annalist.cameo.ActorCodes.Kind.COUNTRY));
    assertNotNull(s.loadTime());
  }

  @Test
  void aFolderThatDoesNotParseIsCountedButNotTimed() throws IOException {
    write("actors/a.txt", "Syria = SYR\nbroken line\n");

    DictionaryStats s = DictionaryStats.measure(dir);

    assertEquals(1, s.actorEntries());
    assertEquals(1, s.parseErrors());
    assertNull(s.loadTime());
  }
}
