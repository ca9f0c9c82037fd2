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
   * CAMEO event codes that no verb pattern or verb of the bundled dictionaries codes: none. (1883,
   * the codebook's residual of 183, is coded for bombs sent by post: {@code &MAILED_BOMB}.)
   */
  private static final Set<String> KNOWN_GAPS = Set.of();

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
  void everyCameoEventCodeIsCodedByAPatternOrVerb() {
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
