package org.annalist.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryLoaderTest {

  @TempDir Path dir;

  private Dictionaries load(String kind, String text) throws IOException {
    Files.createDirectories(dir.resolve(kind));
    Files.writeString(dir.resolve(kind).resolve("x.txt"), text, StandardCharsets.UTF_8);
    return Dictionaries.load(dir);
  }

  private DictionaryException bad(String kind, String text) {
    return assertThrows(DictionaryException.class, () -> load(kind, text));
  }

  @Test
  void patternsPrintBackInDictionarySyntax() throws IOException {
    String verbs =
        """
        &UNIT = troop | force | military presence
        withdraw | pull out = 087
            * {&UNIT} (from +) = 0874
            *   {air raid|airstrike}   (against +) = 195
            * (with $) = 087
            * >attack | invade = 138
            * $ = 087
            * (on {victory | win}) = ---
        """;
    VerbEntry e = load("verbs", verbs).verbs().find("withdraw");
    assertEquals("withdraw | pull out = 087", e.toString());
    List<String> printed = e.patterns().stream().map(VerbPattern::toString).toList();
    assertEquals(
        List.of(
            "* {&UNIT} (from +) = 0874",
            "* {air raid | airstrike} (against +) = 195",
            "* (with $) = 087",
            "* >attack | invade = 138",
            "* (on {victory | win}) = ---",
            "* $ = 087"),
        printed);
    assertEquals(e, load("verbs", verbs).verbs().find("pull out"));
  }

  @Test
  void printedPatternsParseToTheSamePattern() throws IOException {
    String verbs = "hail = 051\n    * {achievement | victory} (on +) = 051\n    * >meet = 036\n";
    VerbEntry first = load("verbs", verbs).verbs().find("hail");
    StringBuilder again = new StringBuilder(first.toString()).append('\n');
    for (VerbPattern p : first.patterns()) {
      again.append("    ").append(p).append('\n');
    }
    VerbEntry second = load("verbs", again.toString()).verbs().find("hail");
    assertEquals(
        first.patterns().stream().map(VerbPattern::elements).toList(),
        second.patterns().stream().map(VerbPattern::elements).toList());
  }

  @Test
  void synonymSetsExpandToTheirPhrases() throws IOException {
    VerbDictionary v =
        load(
                "verbs",
                "&UNIT = troop | military presence\nreduce = ---\n  * {&UNIT | army} = 0874\n")
            .verbs();
    PatternElement.ObjectPhrase op =
        (PatternElement.ObjectPhrase) v.find("reduce").patterns().get(0).elements().get(0);
    assertEquals(
        List.of(List.of("troop"), List.of("military", "presence"), List.of("army")),
        op.phrases().phrases());
  }

  @Test
  void sharedNamesAreKeptApartFromTheActorsOwnNames() throws IOException {
    Dictionaries d =
        load(
            "actors",
            """
            Democratic Republic of the Congo | Congo | Congolese = COD
            Republic of the Congo | ~Congolese = COG
            """);
    ActorEntry cog = d.sharedActors().lookup(List.of("congolese"));
    assertEquals(List.of("Republic of the Congo"), cog.names());
    assertEquals(List.of("Congolese"), cog.sharedNames());
    assertEquals("actors/x.txt:1", d.actors().lookup(List.of("congolese")).id());
    assertNull(d.sharedActors().lookup(List.of("congo")));
  }

  @Test
  void aSharedNameNeedsAnOwner() {
    assertEquals(
        "actors/x.txt:1: shared name '~Congolese' is no other actor's name:"
            + " Republic of the Congo | ~Congolese = COG",
        bad("actors", "Republic of the Congo | ~Congolese = COG\n").getMessage());
    assertEquals(
        "actors/x.txt:1: an actor needs a name of its own besides its shared (~) names: ~X = COG",
        bad("actors", "~X = COG\n").getMessage());
  }

  @Test
  void badActorLineNamesFileLineAndText() {
    DictionaryException e = bad("actors", "# countries\n\nRussia | Russian Federation RUS\n");
    assertEquals(
        "actors/x.txt:3: expected 'names = codes': Russia | Russian Federation RUS",
        e.getMessage());
    assertEquals("actors/x.txt", e.file());
    assertEquals(3, e.line());
  }

  @Test
  void badDateRangeIsRejected() {
    assertEquals(
        "actors/x.txt:1: bad date range in 'RUSGOV 2008-13-01..': Putin = RUSGOV 2008-13-01..",
        bad("actors", "Putin = RUSGOV 2008-13-01..\n").getMessage());
    assertEquals(
        "actors/x.txt:1: date range ends before it starts in 'RUSGOV 2010-01-01..2008-01-01': X = RUSGOV 2010-01-01..2008-01-01",
        bad("actors", "X = RUSGOV 2010-01-01..2008-01-01\n").getMessage());
  }

  @Test
  void nameOfTwoActorsIsRejected() {
    assertEquals(
        "actors/x.txt:2: name 'georgia' is already an actor at actors/x.txt:1: Georgia = USA",
        bad("actors", "Georgia = GEO\nGeorgia = USA\n")
            .getMessage()
            .replace("'Georgia'", "'georgia'"));
  }

  @Test
  void unknownEventCodeIsRejected() {
    assertEquals(
        "verbs/x.txt:1: '099' is not a CAMEO event code: attack = 099",
        bad("verbs", "attack = 099\n").getMessage());
  }

  @Test
  void patternErrorsSayWhatIsWrong() {
    assertEquals(
        "verbs/x.txt:2: unknown synonym set &NOPE: * {&NOPE} = 190",
        bad("verbs", "attack = 190\n  * {&NOPE} = 190\n").getMessage());
    assertEquals(
        "verbs/x.txt:2: '{' without '}': * {troop = 190",
        bad("verbs", "attack = 190\n  * {troop = 190\n").getMessage());
    assertEquals(
        "verbs/x.txt:2: '(against)' must end with +, $ or {noun phrases}: * (against) = 190",
        bad("verbs", "attack = 190\n  * (against) = 190\n").getMessage());
    assertEquals(
        "verbs/x.txt:1: pattern before any verb block: * {troop} = 190",
        bad("verbs", "  * {troop} = 190\n").getMessage());
    assertEquals(
        "verbs/x.txt:3: verb 'attack' already has a block at verbs/x.txt:1: attack = 193",
        bad("verbs", "attack = 190\nhit = 190\nattack = 193\n").getMessage());
  }

  @Test
  void agentRoleMustBeThreeLetters() {
    assertEquals(
        "agents/x.txt:1: agent role must be three capital letters, not 'MILITARY': army = MILITARY",
        bad("agents", "army = MILITARY\n").getMessage());
  }

  @Test
  void dateLimitedCodesFollowTheDate() {
    ActorEntry putin =
        new ActorEntry(
            "a:1",
            List.of("Putin"),
            List.of(
                new DatedCode("RUSGOV", LocalDate.of(2000, 5, 7), LocalDate.of(2008, 5, 7)),
                new DatedCode("RUSGOV", LocalDate.of(2012, 5, 7), null),
                DatedCode.always("RUSELI")));
    assertEquals(Optional.of("RUSGOV"), putin.codeOn(LocalDate.of(2001, 1, 1)));
    assertEquals(Optional.of("RUSELI"), putin.codeOn(LocalDate.of(2010, 1, 1)));
    assertEquals(Optional.of("RUSGOV"), putin.codeOn(LocalDate.of(2017, 11, 30)));
    assertEquals(Optional.of("RUSELI"), putin.codeOn(null));
    ActorEntry onlyDated =
        new ActorEntry(
            "a:2",
            List.of("X"),
            List.of(new DatedCode("ABCGOV", LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1))));
    assertEquals(Optional.empty(), onlyDated.codeOn(LocalDate.of(2005, 1, 1)));
    assertEquals(Optional.of("ABCGOV"), onlyDated.codeOn(null));
  }

  @Test
  void bundledDictionariesLoadAndCoverTheBasics() {
    Dictionaries d = Dictionaries.defaults();
    assertNotNull(d.verbs().find("attack"));
    assertNotNull(d.verbs().find("withdraw"));
    assertNull(d.verbs().find("say"), "verbs of saying are reporting verbs, not events");
    assertEquals(List.of("russia"), TextNormalizer.words("Russia"));
    assertEquals(
        List.of("people", "'s", "republic"), TextNormalizer.words("People\u2019s Republic"));
  }
}
