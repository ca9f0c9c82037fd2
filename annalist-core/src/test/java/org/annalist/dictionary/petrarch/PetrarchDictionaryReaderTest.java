package org.annalist.dictionary.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.dictionary.ActorEntry;
import org.annalist.dictionary.AgentEntry;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.TextNormalizer;
import org.annalist.model.Problem;
import org.annalist.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchDictionaryReaderTest {

  @TempDir Path dir;
  private final List<Problem> problems = new ArrayList<>();

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static ActorEntry actor(Dictionaries d, String name) {
    return d.actors().lookup(TextNormalizer.words(name));
  }

  @Test
  void actorsWithSynonymsDatesAndComments() throws IOException {
    Path actors =
        file(
            "a.actors.txt",
            String.join(
                "\n",
                "<!-- a comment",
                "     over two lines -->",
                "# a comment line",
                "VLADIMIR_PUTIN_  # trailing comment",
                "+PRESIDENT_PUTIN_",
                "\t[RUSGOV 000507-080507]",
                "\t[RUSGOV >20120507]",
                "\t[RUSELI]",
                "GONDOR [GON]",
                "+MINAS_TIRITH",
                "OLD_KINGDOM",
                "\t[ARN <19500101]",
                "PALESTINIAN [pse]",
                ""));
    Dictionaries d = PetrarchDictionaryReader.read(List.of(actors), null, null, problems::add);
    ActorEntry putin = actor(d, "President Putin");
    assertEquals("a.actors.txt:4", putin.id());
    assertEquals(List.of("VLADIMIR PUTIN", "PRESIDENT PUTIN"), putin.names());
    assertEquals(Optional.of("RUSGOV"), putin.codeOn(LocalDate.of(2001, 1, 1)));
    assertEquals(Optional.of("RUSELI"), putin.codeOn(LocalDate.of(2010, 1, 1)));
    assertEquals(Optional.of("RUSGOV"), putin.codeOn(LocalDate.of(2017, 11, 30)));
    assertEquals(Optional.of("GON"), actor(d, "Minas Tirith").codeOn(null));
    assertEquals(Optional.of("ARN"), actor(d, "old kingdom").codeOn(LocalDate.of(1949, 12, 31)));
    assertEquals(Optional.empty(), actor(d, "old kingdom").codeOn(LocalDate.of(1950, 1, 1)));
    assertEquals(Optional.of("PSE"), actor(d, "Palestinian").codeOn(null));
    assertEquals(
        List.of(new Problem("a.actors.txt:13", "lower-case code 'pse' read as upper case")),
        problems);
  }

  @Test
  void sixDigitYearsUpToThirtyAreThisCentury() {
    assertEquals(LocalDate.of(2030, 1, 2), PetrarchDictionaryReader.date("300102"));
    assertEquals(LocalDate.of(1931, 1, 2), PetrarchDictionaryReader.date("310102"));
    assertEquals(LocalDate.of(1899, 12, 31), PetrarchDictionaryReader.date("18991231"));
  }

  @Test
  void everyLineThatCannotBeReadIsReportedWithFileAndLine() throws IOException {
    Path actors =
        file(
            "b.actors.txt",
            String.join(
                "\n",
                "\t[XXX 990101-000101]",
                "ISILDUR [+++]",
                "LORIEN [ELR/GAL]",
                "SHIRE",
                "+HOBBITON",
                "BREE [BRE 20121204]",
                "IVO_JOSIPOVIC_",
                "JOSIPOVIC_",
                "\t[HRVGOV >20120219]",
                ""));
    Dictionaries d = PetrarchDictionaryReader.read(List.of(actors), null, null, problems::add);
    assertEquals(
        List.of(
            new Problem(
                "b.actors.txt:1", "date-limited code before any actor: [XXX 990101-000101]"),
            new Problem("b.actors.txt:2", "unreadable code: [+++]"),
            new Problem("b.actors.txt:2", "actor without a code: ISILDUR"),
            new Problem("b.actors.txt:4", "actor without a code: SHIRE"),
            new Problem("b.actors.txt:6", "unreadable date restriction: [BRE 20121204]"),
            new Problem("b.actors.txt:6", "actor without a code: BREE"),
            new Problem(
                "b.actors.txt:8",
                "name 'JOSIPOVIC' shares the codes that follow with the names above it "
                    + "(PETRARCH-2 leaves them uncoded)")),
        problems);
    assertEquals(Optional.of("HRVGOV"), actor(d, "Ivo Josipovic").codeOn(LocalDate.of(2013, 1, 1)));
    assertNull(actor(d, "Hobbiton"));
    assertEquals(Optional.of("ELR/GAL"), actor(d, "Lorien").codeOn(LocalDate.of(2013, 1, 1)));
  }

  @Test
  void agentsWithPluralsPrefixesAndSubstitutionMarkers() throws IOException {
    Path agents =
        file(
            "x.agents.txt",
            String.join(
                "\n",
                "!PERSON! = MAN, WOMAN",
                "!MINST! = MINISTER, MINISTRY",
                "ARMY [~MIL]",
                "MILITIA {} [~REB]",
                "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]",
                "BUS [~BUS]",
                "HUMAN_RIGHTS_GROUP [NGO~]",
                "CONGRESS!PERSON! [~LEG]",
                "!MINST!_OF_SILLY_WALKS [~GOV]",
                "NO_CODE_HERE",
                "WRONG [~mil]",
                ""));
    Dictionaries d = PetrarchDictionaryReader.read(List.of(), agents, null, problems::add);
    AgentEntry army = d.agents().lookup(TextNormalizer.words("armies"));
    assertEquals(new AgentEntry("x.agents.txt:3", List.of("ARMY", "ARMIES"), "MIL", false), army);
    assertEquals(List.of("MILITIA"), d.agents().lookup(List.of("militia")).names());
    assertEquals(
        List.of("ATTORNEY GENERAL", "ATTORNEYS GENERAL"),
        d.agents().lookup(TextNormalizer.words("attorney general")).names());
    assertEquals(List.of("BUS", "BUSES"), d.agents().lookup(List.of("buses")).names());
    AgentEntry ngo = d.agents().lookup(TextNormalizer.words("human rights groups"));
    assertEquals("NGO", ngo.role());
    assertTrue(ngo.prefix());
    assertEquals("LEG", d.agents().lookup(List.of("congresswoman")).role());
    assertEquals("GOV", d.agents().lookup(TextNormalizer.words("ministry of silly walks")).role());
    assertEquals(
        List.of(
            new Problem(
                "x.agents.txt:10",
                "unreadable agent line (expected PHRASE {PLURAL} [~CODE]): NO_CODE_HERE")),
        problems.subList(0, 1));
    assertEquals("MIL", d.agents().lookup(List.of("wrong")).role());
  }

  @Test
  void storyDiscardsAreReportedAndKeptAsSentenceDiscards() throws IOException {
    Path discards = file("x.discards.txt", "MONTHS_LATER\n+Manchester United  # pas\n");
    Dictionaries d = PetrarchDictionaryReader.read(List.of(), null, discards, problems::add);
    assertEquals(2, d.discards().size());
    assertEquals(
        List.of(
            new Problem(
                "x.discards.txt:2",
                "story-level discard '+Manchester United' is applied to sentences only")),
        problems);
  }

  @Test
  void phoenixDictionariesLoadWithEveryProblemLocated() {
    Path dict = SharedData.require("testdata/petrarch/dictionaries");
    Dictionaries d =
        PetrarchDictionaryReader.read(
            List.of(
                dict.resolve("Phoenix.Countries.actors.txt"),
                dict.resolve("Phoenix.International.actors.txt"),
                dict.resolve("Phoenix.MilNonState.actors.txt")),
            dict.resolve("Phoenix.agents.txt"),
            dict.resolve("Phoenix.discards.txt"),
            problems::add);
    assertTrue(d.actors().size() > 30_000, d.toString());
    assertTrue(d.agents().size() > 4_000, d.toString());
    assertEquals(
        Optional.of("RUSGOV"), actor(d, "Vladimir Putin").codeOn(LocalDate.of(2017, 11, 30)));
    assertEquals("MIL", d.agents().lookup(List.of("troops")).role());
    for (Problem p : problems) {
      assertTrue(p.where().matches("Phoenix\\.[A-Za-z]+(\\.actors)?\\.txt:\\d+"), p.toString());
    }
  }
}
