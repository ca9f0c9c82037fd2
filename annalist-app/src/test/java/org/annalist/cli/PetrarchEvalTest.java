package org.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist eval RECORDS.xml}: PETRARCH-2 validation files, in-process. */
class PetrarchEvalTest {

  private static final String RECORDS = "testdata/petrarch/records/";

  private static final String CATEGORIES_UD =
      "DEMO AGENT AGENTS COMPOUND COMPOUNDx DATE PARSING ACTOR VERB PATTERN MODIFY SYNSET ERROR";

  @TempDir Path dir;

  private static CodeCommandTest.Run run(String... args) {
    return CodeCommandTest.run("", args);
  }

  private static JsonNode json(Path file) throws IOException {
    return new ObjectMapper().readTree(file.toFile());
  }

  @Test
  void udSuiteGivesATableLinePerCategoryAndEveryRecordInJson() throws IOException {
    Path records = SharedData.require(RECORDS + "PETR.UnitTest.records.ud.xml");
    Path json = dir.resolve("scores.json");

    CodeCommandTest.Run r =
        run(
            "eval",
            records.toString(),
            "--verbs",
            "PETR.Validate.verbs.2.0.txt",
            "--json",
            json.toString());

    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        "records: " + records + ": 284 records, 281 active, 280 scored; 2 file problems",
        lines.get(0));
    assertTrue(
        lines
            .get(1)
            .startsWith(
                "dictionaries: verbs PETR.Validate.verbs.2.0.txt, actors "
                    + "PETR.Validate.actors.txt, agents PETR.Validate.agents.txt, discards "
                    + "PETR.Validate.discards.txt (in "),
        lines.get(1));
    assertEquals(
        "parse: given (281 CoNLL-U, 0 Penn tree, 0 by CoreNLP from the text)", lines.get(2));
    assertTrue(
        lines
            .get(4)
            .matches(
                "category +records +active +correct +% +expected +found "
                    + "+spurious +P +R +F1 +failed"),
        lines.get(4));
    List<String> rows = new ArrayList<>();
    for (String category : CATEGORIES_UD.split(" ")) {
      rows.add(
          lines.stream()
              .filter(l -> l.startsWith(category + " "))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no line for " + category + ":\n" + r.out())));
    }
    assertTrue(rows.get(2).matches("AGENTS +2 +0 +0 +0\\.0 +0 +0 +0 .*"), rows.get(2));
    assertTrue(lines.get(lines.size() - 1).matches("overall +284 +281 .*"), r.out());
    assertTrue(r.err().contains("record AGENTS_18: id already used at line 1705"), r.err());

    JsonNode scores = json(json);
    assertEquals(284, scores.get("records").size());
    assertEquals(284, scores.at("/overall/records").asInt());
    assertEquals(281, scores.at("/overall/active").asInt());
    assertTrue(scores.at("/overall/correct").isInt(), scores.get("overall").toString());
    assertEquals(List.of(CATEGORIES_UD.split(" ")), iterate(scores.get("categories").fieldNames()));
    JsonNode first = scores.get("records").get(0);
    assertEquals("DEMO_00", first.get("id").asText());
    assertEquals("050", first.at("/expected/0/code").asText());
    assertEquals("ARN", first.at("/expected/0/source").asText());
    assertEquals("GON", first.at("/expected/0/target").asText());
    long inactive = 0;
    for (JsonNode n : scores.get("records")) {
      if (n.get("status").asText().equals("inactive")) {
        inactive++;
        assertTrue(n.get("reason").asText().endsWith("is not in <Include>"), n.toString());
      }
    }
    assertEquals(3, inactive);
  }

  @Test
  void pennSuiteIsCodedFromItsTrees() throws IOException {
    Path records = SharedData.require(RECORDS + "PETR.UnitTest.records.xml");
    Path json = dir.resolve("penn.json");

    CodeCommandTest.Run r =
        run(
            "eval",
            records.toString(),
            "--verbs",
            "PETR.Validate.verbs.2.0.txt",
            "--json",
            json.toString());

    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out().contains("parse: given (0 CoNLL-U, 281 Penn tree, 0 by CoreNLP from the text)"),
        r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("overall +284 +281 .*")), r.out());
    JsonNode scores = json(json);
    assertEquals(284, scores.get("records").size());
    assertEquals("DEMO-00", scores.at("/records/0/id").asText());
  }

  @Test
  void failuresListExpectedActualAndWhyARecordWasNotCoded() throws IOException {
    Path records = synthetic();

    CodeCommandTest.Run r = run("eval", records.toString(), "--failures");

    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertTrue(
        out.contains("records: " + records + ": 5 records, 4 active, 4 scored; 0 file problems"),
        out);
    assertTrue(
        out.contains("parse: given (3 CoNLL-U, 0 Penn tree, 0 by CoreNLP from the text)"), out);
    assertTrue(
        out.contains(
            "\nFAILED R1 [DEMO]: Arnor restored ties with Gondor.\n"
                + "  expected: \"INJURY TOLL\" 050 GON\n"
                + "  actual:   none\n"),
        out);
    assertTrue(
        out.contains(
            "\nFAILED R3 [DEMO]: Arnor met Gondor.\n"
                + "  expected: ARN 040 GON\n"
                + "  not coded: CoNLL-U sentence 1: token ids must run 1, 2, 3...: 3\n"),
        out);
    assertTrue(
        out.contains(
            "\nFAILED R4 [DEMO]: Arnor met Gondor.\n"
                + "  expected: ARN 040 GON\n"
                + "  not coded: the parse is neither CoNLL-U nor a Penn tree\n"),
        out);
    assertFalse(out.contains("FAILED R2"), out); // noevents, nothing coded
    assertFalse(out.contains("FAILED R5"), out); // inactive
    assertTrue(out.lines().anyMatch(l -> l.matches("DEMO +4 +4 +1 +25\\.0 +3 +0 +0 .* +2")), out);
    assertTrue(out.lines().anyMatch(l -> l.matches("OTHER +1 +0 +0 .*")), out);
  }

  @Test
  void gigaWordSampleWithoutExpectationsCountsEventsAndFailures() throws IOException {
    Path records = SharedData.require(RECORDS + "GigaWord.sample.PETR.ud.xml");
    Path json = dir.resolve("gigaword.json");

    CodeCommandTest.Run r =
        run(
            "eval",
            records.toString(),
            "--verbs",
            "CAMEO.2.0.txt",
            "--actors",
            "Phoenix.Countries.actors.txt,Phoenix.International.actors.txt,"
                + "Phoenix.MilNonState.actors.txt",
            "--agents",
            "Phoenix.agents.txt",
            "--discards",
            "Phoenix.discards.txt",
            "--json",
            json.toString());

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("67 records, 67 active, 0 scored; 10 file problems"), r.out());
    assertTrue(
        r.out().lines().anyMatch(l -> l.matches("category +records +active +events +failed")),
        r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("AFP +67 +67 +\\d+ +\\d+")), r.out());
    assertTrue(r.err().contains("record TEST_1 left out: empty <Text>"), r.err());
    assertEquals(67, json(json).get("records").size());
  }

  @Test
  void fileWithoutEnvironmentNeedsDictionariesOnTheCommandLine() {
    Path records = SharedData.require(RECORDS + "GigaWord.sample.PETR.ud.xml");

    CodeCommandTest.Run r = run("eval", records.toString());

    assertEquals(Annalist.EXIT_USAGE, r.exit());
    assertEquals(
        "annalist: "
            + records
            + " has no <Environment>: give the dictionaries with --verbs and "
            + "--actors\n",
        r.err());
  }

  @Test
  void missingDictionaryFileIsAConfigurationError() throws IOException {
    Path records = synthetic();

    CodeCommandTest.Run r = run("eval", records.toString(), "--verbs", "no-such-verbs.txt");

    assertEquals(Annalist.EXIT_USAGE, r.exit());
    assertTrue(
        r.err().startsWith("annalist: verb file not found: no-such-verbs.txt (looked in "),
        r.err());
  }

  @Test
  void validationOptionsAreRejectedForAGoldFolder() {
    CodeCommandTest.Run r = run("eval", dir.toString(), "--parse", "text");

    assertEquals(Annalist.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("apply to a validation file"), r.err());
  }

  @Test
  void goldFolderWithPetrarchActorsButNoVerbsIsAUsageError() {
    CodeCommandTest.Run r = run("eval", dir.toString(), "--actors", "actors.txt");

    assertEquals(Annalist.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("needs at least --verbs and --actors"), r.err());
  }

  @Test
  void goldFolderDictionaryDirWithoutPetrarchFilesIsAUsageError() {
    CodeCommandTest.Run r = run("eval", dir.toString(), "--dictionary-dir", dir.toString());

    assertEquals(Annalist.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("--dictionary-dir names the folder of PETRARCH files"), r.err());
  }

  /** Five records in a temporary folder with tiny dictionaries beside them. */
  private Path synthetic() throws IOException {
    write("actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n");
    write("verbs.txt", "# no verbs\n");
    String conllu =
        """
        1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
        2	restored	restore	VERB	VBD	_	0	root	_	_
        3	ties	tie	NOUN	NNS	_	2	dobj	_	_
        4	with	with	ADP	IN	_	5	case	_	_
        5	Gondor	Gondor	PROPN	NNP	_	2	nmod	_	_
        6	.	.	PUNCT	.	_	2	punct	_	_
        """;
    String broken =
        """
        1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
        3	Gondor	Gondor	PROPN	NNP	_	2	dobj	_	_
        """;
    return write(
        "records.xml",
        """
        <Validation>
        <Environment>
          <Verbfile>verbs.txt</Verbfile>
          <Actorfile>actors.txt</Actorfile>
          <Include>valid DEMO</Include>
        </Environment>
        <Sentences>
        <Sentence source="DEMO" date="19950101" id="R1">
        <EventCoding eventcode="050" sourcecode="&quot;INJURY TOLL&quot;" targetcode="GON"/>
        <Text>Arnor restored ties with Gondor.</Text>
        <Parse>%s</Parse></Sentence>
        <Sentence source="DEMO" date="19950101" id="R2">
        <EventCoding noevents="True"/>
        <Text>Arnor restored ties with Gondor.</Text>
        <Parse>%s</Parse></Sentence>
        <Sentence source="DEMO" date="19950101" id="R3">
        <EventCoding eventcode="040" sourcecode="ARN" targetcode="GON"/>
        <Text>Arnor met Gondor.</Text>
        <Parse>%s</Parse></Sentence>
        <Sentence source="DEMO" date="19950101" id="R4">
        <EventCoding eventcode="040" sourcecode="ARN" targetcode="GON"/>
        <Text>Arnor met Gondor.</Text>
        <Parse>Arnor/NNP met/VBD Gondor/NNP</Parse></Sentence>
        <Sentence source="OTHER" date="19950101" id="R5">
        <EventCoding eventcode="040" sourcecode="ARN" targetcode="GON"/>
        <Text>Arnor met Gondor.</Text></Sentence>
        </Sentences>
        </Validation>
        """
            .formatted(conllu, conllu, broken));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<String> iterate(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
