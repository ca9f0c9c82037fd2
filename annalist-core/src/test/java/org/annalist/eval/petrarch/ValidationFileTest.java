package org.annalist.eval.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.annalist.model.Problem;
import org.annalist.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationFileTest {

  private static final String RECORDS = "testdata/petrarch/records/";

  @TempDir Path dir;

  private static ValidationRecord record(ValidationFile f, String id) {
    return f.records().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private ValidationFile fixture(String sentences) throws IOException {
    String xml =
        """
        <Validation>
        <Environment>
            <Verbfile>v.txt</Verbfile>
            <Actorfile>a.txt, b.txt</Actorfile>
            <Include>valid DEMO</Include>
        </Environment>
        <Sentences>
        """
            + sentences
            + "\n</Sentences>\n</Validation>\n";
    return ValidationFile.read(
        Files.writeString(dir.resolve("r.xml"), xml, StandardCharsets.UTF_8));
  }

  @Test
  void udSuiteHasEveryRecordWithItsCategoryAndCoNlluParse() {
    ValidationFile f =
        ValidationFile.read(SharedData.require(RECORDS + "PETR.UnitTest.records.ud.xml"));

    assertEquals(284, f.records().size());
    Map<String, Long> categories =
        f.records().stream()
            .collect(
                Collectors.groupingBy(
                    ValidationRecord::category, TreeMap::new, Collectors.counting()));
    assertEquals(
        Map.ofEntries(
            Map.entry("ACTOR", 15L),
            Map.entry("AGENT", 24L),
            Map.entry("AGENTS", 2L),
            Map.entry("COMPOUND", 42L),
            Map.entry("COMPOUNDx", 1L),
            Map.entry("DATE", 21L),
            Map.entry("DEMO", 36L),
            Map.entry("ERROR", 7L),
            Map.entry("MODIFY", 20L),
            Map.entry("PARSING", 12L),
            Map.entry("PATTERN", 29L),
            Map.entry("SYNSET", 52L),
            Map.entry("VERB", 23L)),
        categories);
    assertTrue(f.records().stream().allMatch(r -> r.parseFormat() == ParseFormat.CONLLU));

    ValidationEnvironment env = f.environment();
    assertEquals("PETR.Validate.verbs.txt", env.verbFile());
    assertEquals(List.of("PETR.Validate.actors.txt"), env.actorFiles());
    assertEquals("PETR.Validate.agents.txt", env.agentFile());
    assertEquals("PETR.Validate.discards.txt", env.discardFile());
    assertEquals(
        Set.of(
            "DEMO",
            "ACTOR",
            "VERB",
            "AGENT",
            "COMPOUND",
            "PARSING",
            "PATTERN",
            "DATE",
            "MODIFY",
            "SYNSET",
            "ERROR"),
        env.include());
    assertEquals(Map.of("stop_on_error", "true"), env.options());

    ValidationRecord demo = record(f, "DEMO_00");
    assertEquals(LocalDate.of(1995, 1, 1), demo.date());
    assertEquals(
        "Arnor is about to restore full diplomatic ties with Gondor almost five years after"
            + " crowds trashed its embassy.",
        demo.text());
    assertEquals(List.of(new ExpectedEvent("050", "ARN", "GON")), demo.expected());
    assertTrue(demo.parse().startsWith("1\tArnor\tArnor\tPROPN\tNNP\t"), demo.parse());
    assertTrue(demo.parse().endsWith("19\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_"), demo.parse());
  }

  @Test
  void recordsOfCategoriesNotIncludedAreReadButInactive() {
    ValidationFile f =
        ValidationFile.read(SharedData.require(RECORDS + "PETR.UnitTest.records.ud.xml"));

    List<ValidationRecord> inactive = f.records().stream().filter(r -> !r.active()).toList();
    assertEquals(
        List.of("AGENTS_18 AGENTS", "AGENTS_19 AGENTS", "COMPOUND_36 COMPOUNDx"),
        inactive.stream().map(r -> r.id() + " " + r.category()).toList());
    assertEquals(281, f.records().stream().filter(ValidationRecord::active).count());
  }

  @Test
  void configLinesSwitchOptionsForTheRecordsThatFollow() {
    ValidationFile f =
        ValidationFile.read(SharedData.require(RECORDS + "PETR.UnitTest.records.ud.xml"));

    assertEquals("false", record(f, "COMPOUND_03").options().get("require_dyad"));
    assertEquals("true", record(f, "COMPOUND_05").options().get("require_dyad"));
    assertNull(record(f, "DEMO_00").options().get("require_dyad"));
    assertEquals("true", record(f, "DEMO_00").options().get("stop_on_error"));
    assertEquals("4", record(f, "DEMO_22").options().get("new_actor_length"));
  }

  @Test
  void quotedNonDictionaryActorIsKeptVerbatim() {
    ValidationFile f =
        ValidationFile.read(SharedData.require(RECORDS + "PETR.UnitTest.records.ud.xml"));

    assertEquals(
        List.of(
            new ExpectedEvent("190", "ERI", "OSG"),
            new ExpectedEvent("190", "\"INJURY TOLL\"", "OSG")),
        record(f, "DEMO_22").expected());
  }

  @Test
  void noeventsAndErrorRecordsExpectNothing() {
    ValidationFile f =
        ValidationFile.read(SharedData.require(RECORDS + "PETR.UnitTest.records.ud.xml"));

    ValidationRecord noEvents = record(f, "DEMO_24");
    assertTrue(noEvents.noEvents());
    assertTrue(noEvents.expected().isEmpty());
    assertTrue(noEvents.scored());
    assertTrue(record(f, "DISCARD_01").noEvents()); // error="storydiscard"
    assertTrue(record(f, "FINAL-RECORD").noEvents());
    // no <EventCoding> at all: coded, not scored
    ValidationRecord unscored = record(f, "PATTERN_06");
    assertFalse(unscored.scored());
  }

  @Test
  void duplicateIdsAreReportedAndKept() {
    ValidationFile f =
        ValidationFile.read(SharedData.require(RECORDS + "PETR.UnitTest.records.ud.xml"));

    assertEquals(
        List.of(
            "record AGENTS_18: id already used at line 1705 (both kept)",
            "record AGENTS_19: id already used at line 1730 (both kept)"),
        f.problems().stream().map(Problem::reason).toList());
  }

  @Test
  void pennSuiteHasTheSameRecordsWithPennTrees() {
    ValidationFile f =
        ValidationFile.read(SharedData.require(RECORDS + "PETR.UnitTest.records.xml"));

    assertEquals(284, f.records().size());
    assertTrue(f.records().stream().allMatch(r -> r.parseFormat() == ParseFormat.PENN));
    assertEquals(3, f.records().stream().filter(r -> !r.active()).count());
    ValidationRecord demo = record(f, "DEMO-22");
    assertEquals(
        List.of(
            new ExpectedEvent("223", "ERI", "OSG"),
            new ExpectedEvent("223", "\"INJURY TOLL\"", "OSG")),
        demo.expected());
    assertTrue(demo.parse().startsWith("(ROOT"), demo.parse());
    assertEquals("false", record(f, "COMPOUND-03").options().get("require_dyad"));
  }

  @Test
  void gigaWordSampleHasNoEnvironmentAndNoExpectations() {
    ValidationFile f =
        ValidationFile.read(SharedData.require(RECORDS + "GigaWord.sample.PETR.ud.xml"));

    assertNull(f.environment());
    // 76 records, of which 9 test records have an empty <Text>
    assertEquals(67, f.records().size());
    assertTrue(f.records().stream().allMatch(r -> r.active() && !r.scored()));
    assertEquals("AFP", f.records().get(0).category());
    assertEquals(
        List.of(
            "record GOLD_9: id already used at line 1013 (both kept)",
            "record TEST_1 left out: empty <Text>"),
        f.problems().stream().map(Problem::reason).limit(2).toList());
    assertEquals(10, f.problems().size());
  }

  @Test
  void malformedRecordsAreReportedWithTheirLineAndLeftOut() throws IOException {
    ValidationFile f =
        fixture(
            """
            <Sentence source="DEMO" id="NO_DATE"><EventCoding noevents="True"/>
            <Text>Arnor met Gondor.</Text></Sentence>
            <Sentence source="DEMO" date="19950101" id="NO_TEXT"><EventCoding noevents="True"/>
            </Sentence>
            <Sentence source="DEMO" date="19950101" id="HALF">
            <EventCoding eventcode="040" sourcecode="ARN"/>
            <Text>Arnor met Gondor.</Text></Sentence>
            <Sentence source="DEMO" date="1995-01-01" id="BAD_DATE"><Text>x</Text></Sentence>
            <Sentence source="DEMO" date="19950101" id="GOOD">
            <EventCoding eventcode="040" sourcecode="ARN" targetcode="GON"/>
            <Text>
            Arnor met
            Gondor.
            </Text></Sentence>
            """);

    assertEquals(List.of("GOOD"), f.records().stream().map(ValidationRecord::id).toList());
    ValidationRecord good = f.records().get(0);
    assertEquals("Arnor met Gondor.", good.text());
    assertNull(good.parse());
    assertEquals(ParseFormat.NONE, good.parseFormat());
    assertEquals(
        List.of(
            dir.resolve("r.xml") + ":8: record NO_DATE left out: no date",
            dir.resolve("r.xml") + ":10: record NO_TEXT left out: no <Text>",
            dir.resolve("r.xml")
                + ":12: record HALF left out: an <EventCoding> at line 13 is not a complete"
                + " triple",
            dir.resolve("r.xml")
                + ":15: record BAD_DATE left out: date is not YYYYMMDD: 1995-01-01"),
        f.problems().stream().map(Problem::toString).toList());
    assertEquals(List.of("a.txt", "b.txt"), f.environment().actorFiles());
  }

  @Test
  void recordsAfterStopAreCountedNotRead() throws IOException {
    ValidationFile f =
        fixture(
            """
            <Sentence source="DEMO" date="19950101" id="A"><Text>a</Text></Sentence>
            <Stop></Stop>
            <Sentence source="DEMO" date="19950101" id="B"><Text>b</Text></Sentence>
            <Sentence source="DEMO" date="19950101" id="C"><Text>c</Text></Sentence>
            """);

    assertEquals(List.of("A"), f.records().stream().map(ValidationRecord::id).toList());
    assertEquals(
        List.of(dir.resolve("r.xml") + ":9: <Stop>: the 2 records after it are not read"),
        f.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void brokenXmlKeepsTheRecordsBeforeIt() throws IOException {
    ValidationFile f =
        fixture(
            """
            <Sentence source="DEMO" date="19950101" id="A"><Text>a</Text></Sentence>
            <Sentence source="DEMO" date="19950101" id="B"><Text>b & c</Text></Sentence>
            """);

    assertEquals(List.of("A"), f.records().stream().map(ValidationRecord::id).toList());
    assertEquals(1, f.problems().size());
    assertTrue(
        f.problems().get(0).toString().startsWith(dir.resolve("r.xml") + ":9: not well-formed XML"),
        f.problems().toString());
  }

  @Test
  void parseFormatIsJudgedByTheFirstNonBlankLine() {
    assertEquals(ParseFormat.CONLLU, ParseFormat.detect("\n  1\tArnor\tArnor\tPROPN"));
    assertEquals(ParseFormat.CONLLU, ParseFormat.detect("12\tx"));
    assertEquals(ParseFormat.PENN, ParseFormat.detect(" \n(ROOT (S (NP (NNP Arnor))))"));
    assertEquals(ParseFormat.NONE, ParseFormat.detect("Arnor met Gondor."));
    assertEquals(ParseFormat.NONE, ParseFormat.detect("1 Arnor"));
    assertEquals(ParseFormat.NONE, ParseFormat.detect(" \n "));
    assertEquals(ParseFormat.NONE, ParseFormat.detect(null));
  }
}
