package org.annalist.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.annalist.dictionary.DictionaryCoverage.CountryCoverage;
import org.annalist.dictionary.DictionaryCoverage.EventCodeCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryCoverageTest {

  /**
   * CAMEO event codes that no verb pattern or verb of the bundled dictionaries codes yet. Patterns
   * for them are being written; delete each code as it gets one, and the whole list once it is
   * empty. The test fails when a listed code is coded, so the list cannot go stale.
   */
  /**
   * Codes no pattern codes on purpose. 1883 repeats 183's name in the codebook's table (chapter 6
   * lists "1883: Conduct suicide, car, or other non-military bombing, not specified below" beside
   * 183 and its 1831-1834): such events are coded 183.
   */
  private static final Set<String> KNOWN_GAPS = Set.of("1883");

  /**
   * States whose adjective the dictionaries give to another state on purpose (see the header of
   * actors/countries.txt): "Congolese" is the Democratic Republic of the Congo's, "Dominican" the
   * Dominican Republic's.
   */
  private static final Set<String> ADJECTIVE_OF_ANOTHER_STATE = Set.of("COG", "DMA");

  private static final DictionaryCoverage BUNDLED =
      DictionaryCoverage.of(DictionaryFiles.bundled());

  @TempDir Path dir;

  @Test
  void everyCameoEventCodeIsCodedByAPatternOrVerbExceptTheKnownGaps() {
    List<String> uncoded =
        BUNDLED.uncodedEventCodes().stream().map(e -> e.code().code()).sorted().toList();

    assertEquals(KNOWN_GAPS.stream().sorted().toList(), uncoded);
  }

  @Test
  void everyStateHasItsNameAndAnAdjective() {
    List<String> missing =
        BUNDLED.countries().stream()
            .filter(c -> c.country().isState())
            .filter(
                c ->
                    c.name() == null
                        || (c.adjective() == null
                            && !ADJECTIVE_OF_ANOTHER_STATE.contains(c.country().code())))
            .map(c -> c.country().code() + " " + c.country().name())
            .toList();

    assertEquals(List.of(), missing);
  }

  @Test
  void everyStateOfTheTableIsCountedOnce() {
    long states = BUNDLED.countries().stream().filter(c -> c.country().isState()).count();

    assertEquals(197, states); // 193 UN members, 2 observer states, Kosovo and Taiwan
  }

  @Test
  void patternsAndVerbsAreCountedPerCodeAndCountriesMatchByName() throws IOException {
    Path verbs = dir.resolve("verbs");
    Path actors = dir.resolve("actors");
    Files.createDirectories(verbs);
    Files.createDirectories(actors);
    Files.writeString(
        verbs.resolve("v.txt"),
        "withdraw | pull out = 087\n    * {troop} = 0874\n    * {army} = 0874\nmeet = ---\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        actors.resolve("a.txt"),
        "Syria | Syrian Arab Republic = SYR\nSyrian = SYRGOV\nDamascus = SYRGOV\n",
        StandardCharsets.UTF_8);

    DictionaryCoverage c = DictionaryCoverage.of(DictionaryFiles.read(dir));

    EventCodeCoverage withdraw = code(c, "087");
    EventCodeCoverage troops = code(c, "0874");
    assertEquals(List.of(0, 2), List.of(withdraw.patterns(), withdraw.verbs()));
    assertEquals(List.of(2, 0), List.of(troops.patterns(), troops.verbs()));
    CountryCoverage syria =
        c.countries().stream().filter(x -> x.country().code().equals("SYR")).findFirst().get();
    // "Syrian" is there but not with the bare code, so it is not the adjective
    assertEquals(
        new CountryCoverage(syria.country(), "actors/a.txt:1", null, "actors/a.txt:3"), syria);
    assertEquals(List.of(3, 4, 0, 3, 2), counts(c));
  }

  private static List<Integer> counts(DictionaryCoverage c) {
    return List.of(c.actorEntries(), c.actorNames(), c.agentWords(), c.verbForms(), c.patterns());
  }

  private static EventCodeCoverage code(DictionaryCoverage c, String code) {
    return c.eventCodes().stream()
        .filter(e -> e.code().code().equals(code))
        .findFirst()
        .orElseThrow();
  }
}
