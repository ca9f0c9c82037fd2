package org.annalist.dictionary.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.PatternElement;
import org.annalist.dictionary.PatternElement.CompoundSubject;
import org.annalist.dictionary.PatternElement.Noun;
import org.annalist.dictionary.PatternElement.ObjectSlot;
import org.annalist.dictionary.PatternElement.PrepPhrase;
import org.annalist.dictionary.PatternElement.Slot;
import org.annalist.dictionary.PatternElement.SubjectNoun;
import org.annalist.dictionary.PatternElement.Words;
import org.annalist.dictionary.PhraseSet;
import org.annalist.dictionary.VerbDictionary;
import org.annalist.dictionary.VerbDictionary.MultiWordVerb;
import org.annalist.dictionary.VerbEntry;
import org.annalist.dictionary.VerbPattern;
import org.annalist.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchVerbReaderTest {

  @TempDir Path dir;
  private final List<Problem> problems = new ArrayList<>();

  /** Reads {@code lines} as the verb file {@code v.txt}: line {@code n} is {@code v.txt:n}. */
  private VerbDictionary read(String... lines) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("v.txt"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return PetrarchVerbReader.read(file, problems::add);
  }

  private static PhraseSet phrases(String written, List<List<String>> phrases) {
    return new PhraseSet(List.of(written), phrases);
  }

  /** The only pattern of {@code verb}'s block. */
  private static VerbPattern onlyPattern(VerbDictionary d, String verb) {
    List<VerbPattern> patterns = d.find(verb).patterns();
    assertEquals(1, patterns.size(), patterns::toString);
    return patterns.get(0);
  }

  // ---------------------------------------------------------------- blocks and verbs

  @Test
  void plainVerbFindsItsRegularForms() throws IOException {
    VerbDictionary d = read("--- WELCOME [051] ---", "WELCOME");
    VerbEntry welcome = d.find("welcome");
    assertEquals(new VerbEntry("v.txt:1", List.of("welcome"), "051", null, List.of()), welcome);
    assertSame(welcome, d.find("welcomed"));
    assertSame(welcome, d.find("welcomes"));
    assertSame(welcome, d.find("welcoming"));
    assertEquals(4, d.verbCount());
    assertEquals(List.of(), problems);
  }

  @Test
  void regularFormsFollowTheVerbsEnding() {
    assertEquals(
        List.of("welcomes", "welcomed", "welcoming"), PetrarchVerbReader.regularForms("welcome"));
    assertEquals(List.of("agrees", "agreed", "agreeing"), PetrarchVerbReader.regularForms("agree"));
    assertEquals(List.of("denies", "denied", "denying"), PetrarchVerbReader.regularForms("deny"));
    assertEquals(List.of("stays", "stayed", "staying"), PetrarchVerbReader.regularForms("stay"));
    assertEquals(List.of("passes", "passed", "passing"), PetrarchVerbReader.regularForms("pass"));
    assertEquals(
        List.of("reaches", "reached", "reaching"), PetrarchVerbReader.regularForms("reach"));
    assertEquals(List.of(), PetrarchVerbReader.regularForms("x"));
  }

  @Test
  void aPatternLineWithoutItsDashIsReadAsAPatternAndReported() throws IOException {
    // PETR.Validate.verbs.2.0.txt, BEGIN: "* (TO QUESTION) [110]" ('*' is no verb)
    VerbDictionary d =
        read(
            "--- BEGIN [---] ---",
            "BEGIN",
            "* (TO QUESTION) [110]",
            "--- ACCUSE [112] ---",
            "ACCUSE",
            "- * (OF +) [1121]");
    VerbPattern p = onlyPattern(d, "begin");
    assertEquals("110", p.code());
    assertEquals(
        List.of(new PrepPhrase("to", Slot.NONE, phrases("QUESTION", List.of(List.of("question"))))),
        p.elements());
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("v.txt:3", problems.get(0).where());
    assertTrue(problems.get(0).reason().contains("without its leading '-'"));
    assertNull(d.find("*"));
  }

  @Test
  void irregularFormsReplaceTheRegularOnes() throws IOException {
    VerbDictionary d = read("--- SEND [042] ---", "SEND {SENT SENDING SENDS}");
    VerbEntry send = d.find("send");
    assertEquals(List.of("send"), send.verbs());
    assertSame(send, d.find("sent"));
    assertSame(send, d.find("sending"));
    assertSame(send, d.find("sends"));
    assertNull(d.find("sended"));
    assertEquals(List.of(), problems);
  }

  @Test
  void verbWithItsOwnCodeGetsAnEntryWithThatDefault() throws IOException {
    VerbDictionary d =
        read("--- ACCUSE [112] ---", "ACCUSE", "DENOUNCE [111]", "BLAME", "- * (OF +) [1121]");
    VerbEntry accuse = d.find("accuse");
    assertEquals("v.txt:1", accuse.id());
    assertEquals(List.of("accuse", "blame"), accuse.verbs());
    assertEquals("112", accuse.defaultCode());
    assertSame(accuse, d.find("blamed"));
    VerbEntry denounce = d.find("denounce");
    assertEquals("v.txt:3", denounce.id());
    assertEquals(List.of("denounce"), denounce.verbs());
    assertEquals("111", denounce.defaultCode());
    assertSame(denounce, d.find("denounced"));
    assertEquals(accuse.patterns(), denounce.patterns());
    assertEquals("* (of +) = 1121", onlyPattern(d, "denounce").toString());
    assertEquals(List.of(), problems);
  }

  @Test
  void multiWordVerbsNeedTheirWordsBeforeOrAfter() throws IOException {
    VerbDictionary d =
        read("--- BEEF UP [042] ---", "+BEEF_UP", "--- REARREST [173] ---", "RE_+ARREST");
    VerbEntry beefUp = d.multiWord("beef").get(0).entry();
    assertEquals(
        List.of(new MultiWordVerb(List.of(), "beef", List.of("up"), beefUp)), d.multiWord("beef"));
    assertEquals(new VerbEntry("v.txt:1", List.of("beef up"), "042", List.of()), beefUp);
    assertEquals(
        List.of(new MultiWordVerb(List.of(), "beefed", List.of("up"), beefUp)),
        d.multiWord("beefed"));
    assertNull(d.find("beef"));

    VerbEntry rearrest = d.multiWord("arrest").get(0).entry();
    assertEquals(
        List.of(new MultiWordVerb(List.of("re"), "arrest", List.of(), rearrest)),
        d.multiWord("arrest"));
    assertEquals(new VerbEntry("v.txt:3", List.of("re arrest"), "173", List.of()), rearrest);
    assertEquals(
        List.of(new MultiWordVerb(List.of("re"), "arrested", List.of(), rearrest)),
        d.multiWord("arrested"));
    // written as one token
    assertSame(rearrest, d.find("re-arrest"));
    assertNull(d.find("arrest"));
    assertEquals(List.of(), problems);
  }

  @Test
  void pairedCodesGiveTheReverseCodeAndDashesNoCode() throws IOException {
    VerbDictionary d =
        read(
            "--- LEAVE [040:040] ---",
            "LEAVE {LEFT LEAVING LEAVES}",
            "DEPART [---]",
            "- * (FOR +) [042:043]");
    VerbEntry leave = d.find("left");
    assertEquals("040", leave.defaultCode());
    assertEquals("040", leave.defaultReverseCode());
    assertEquals("leave = 040:040", leave.toString());
    VerbEntry depart = d.find("depart");
    assertNull(depart.defaultCode());
    assertNull(depart.defaultReverseCode());
    assertEquals("depart = ---", depart.toString());
    VerbPattern forTarget = onlyPattern(d, "leave");
    assertEquals("042", forTarget.code());
    assertEquals("043", forTarget.reverseCode());
    assertEquals("* (for +) = 042:043", forTarget.toString());
    assertEquals(List.of(), problems);
  }

  @Test
  void duplicateVerbKeepsItsFirstBlock() throws IOException {
    VerbDictionary d =
        read("--- PROTEST [140] ---", "PROTEST", "--- DEMONSTRATE [141] ---", "PROTEST");
    assertEquals("v.txt:1", d.find("protest").id());
    assertEquals("140", d.find("protest").defaultCode());
    assertEquals("140", d.find("protested").defaultCode());
    assertEquals(
        List.of(
            new Problem("v.txt:4", "verb 'protest' already has a block at v.txt:2; first kept")),
        problems);
  }

  // ---------------------------------------------------------------- synonym sets

  @Test
  void nestedSynonymSetsAreExpandedWithPlurals() throws IOException {
    VerbDictionary d =
        read(
            "&FORCE",
            "+SOLDIER",
            "+TROOPS_",
            "+&NAVY",
            "&NAVY",
            "+WARSHIP",
            "+ARMY",
            "&ALLY_",
            "+PARTNER",
            "+CLOSE_FRIEND",
            "--- DEPLOY [042] ---",
            "DEPLOY");
    assertEquals(
        phrases(
            "&FORCE",
            List.of(
                List.of("soldier"),
                List.of("soldiers"),
                List.of("troops"),
                List.of("warship"),
                List.of("warships"),
                List.of("army"),
                List.of("armies"))),
        d.synonymSet("&FORCE"));
    // a set whose name ends in '_' makes no plurals
    assertEquals(
        phrases("&ALLY_", List.of(List.of("partner"), List.of("close", "friend"))),
        d.synonymSet("&ALLY_"));
    assertEquals(Set.of("&FORCE", "&NAVY", "&ALLY_"), d.synonymSetNames());
    assertEquals("042", d.find("deploy").defaultCode());
    assertEquals(List.of(), problems);
  }

  @Test
  void pluralOfASetNoun() {
    assertEquals("armies", PetrarchVerbReader.plural("army"));
    assertEquals("buses", PetrarchVerbReader.plural("bus"));
    assertEquals("soldiers", PetrarchVerbReader.plural("soldier"));
  }

  // ---------------------------------------------------------------- PETRARCH-2 patterns

  @Test
  void petrarch2PatternsCompileToElements() throws IOException {
    VerbDictionary d =
        read(
            "&SET",
            "+TREATY",
            "&MILITARY",
            "+ARMY",
            "--- RESTORE [030] ---",
            "RESTORE",
            "- * {NEW &SET RELATIONS} [903]",
            "- * (TO {PEACE PLAN}) [037]",
            "- + * (FROM $) [080]",
            "- % * [050]",
            "- &MILITARY * [154]",
            "- * ABOUT + [130]",
            "- * (IN ^) + [017]",
            "- * $ [061]");
    List<VerbPattern> patterns = d.find("restore").patterns();
    PhraseSet newRelations =
        phrases(
            "NEW &SET RELATIONS",
            List.of(
                List.of("new", "treaty", "relations"), List.of("new", "treaties", "relations")));
    PhraseSet military = phrases("&MILITARY", List.of(List.of("army"), List.of("armies")));
    PhraseSet peacePlan = phrases("PEACE PLAN", List.of(List.of("peace", "plan")));
    assertEquals(
        List.of(
            new VerbPattern("v.txt:7", List.of(new Noun(newRelations)), "903", null),
            new VerbPattern(
                "v.txt:8", List.of(new PrepPhrase("to", Slot.NONE, peacePlan)), "037", null),
            new VerbPattern(
                "v.txt:9", List.of(new PrepPhrase("from", Slot.SOURCE, null)), "080", null),
            new VerbPattern("v.txt:10", List.of(new CompoundSubject()), "050", null),
            new VerbPattern("v.txt:11", List.of(new SubjectNoun(military)), "154", null),
            new VerbPattern(
                "v.txt:12", List.of(new PrepPhrase("about", Slot.TARGET, null)), "130", null),
            new VerbPattern(
                "v.txt:13", List.of(new PrepPhrase("in", Slot.SKIP, null)), "017", null),
            new VerbPattern("v.txt:14", List.of(new ObjectSlot(Slot.SOURCE)), "061", null)),
        patterns);
    assertEquals(
        List.of(
            "* ~{NEW &SET RELATIONS} = 903",
            "* (to {PEACE PLAN}) = 037",
            "* (from $) = 080",
            "% * = 050",
            "~{&MILITARY} * = 154",
            "* (about +) = 130",
            "* (in ^) = 017",
            "* $ = 061"),
        patterns.stream().map(VerbPattern::toString).toList());
    // validation dictionaries use codes outside CAMEO: kept, and said so
    assertEquals(
        List.of(
            new Problem("v.txt:7", "'903' is not a CAMEO event code; kept as an unlisted code")),
        problems);
  }

  @Test
  void twoSkipMarksInAPhraseSkipItAndTheNextPhrase() throws IOException {
    VerbDictionary d = read("--- CELEBRATE [051] ---", "CELEBRATE", "- * (AT ^ ^) + [017]");
    VerbPattern p = onlyPattern(d, "celebrate");
    assertEquals(List.of(new PrepPhrase("at", Slot.SKIP_TWO, null)), p.elements());
    assertEquals("* (at ^ ^) = 017", p.toString());
  }

  @Test
  void patternsAreOrderedMostSpecificFirst() throws IOException {
    VerbDictionary d =
        read(
            "--- WITHDRAW [087] ---",
            "WITHDRAW",
            "- * (FROM +) [087]",
            "- * {TROOPS} (FROM +) [0874]");
    List<String> patterns = d.find("withdraw").patterns().stream().map(VerbPattern::id).toList();
    assertEquals(List.of("v.txt:4", "v.txt:3"), patterns);
  }

  @Test
  void targetBeforeTheVerbWithoutASourceReadsTheObjectAsSource() throws IOException {
    VerbDictionary d = read("--- RECEIVE [043] ---", "RECEIVE", "- + * {VISIT} [042]");
    VerbPattern p = onlyPattern(d, "receive");
    List<PatternElement> expected =
        List.of(new Noun(phrases("VISIT", List.of(List.of("visit")))), new ObjectSlot(Slot.SOURCE));
    assertEquals(expected, p.elements());
    assertEquals(
        List.of(
            new Problem(
                "v.txt:3",
                "'+' before the verb without a source after it: read as the object's source")),
        problems);
  }

  // ---------------------------------------------------------------- PETRARCH-1/TABARI patterns

  @Test
  void tabariPatternsAreWordsBeforeOrAfterTheVerb() throws IOException {
    VerbDictionary d =
        read(
            "--- OPEN [030] ---",
            "OPEN",
            "- IN_* [075]",
            "- * DIPLOMATIC TIES [901]",
            "- * DIPLOMATIC_TIES [902]",
            "- *_UP [036]");
    PhraseSet in = phrases("IN", List.of(List.of("in")));
    PhraseSet diplomatic = phrases("DIPLOMATIC", List.of(List.of("diplomatic")));
    PhraseSet ties = phrases("TIES", List.of(List.of("ties")));
    PhraseSet diplomaticTies = phrases("DIPLOMATIC_TIES", List.of(List.of("diplomatic", "ties")));
    PhraseSet up = phrases("UP", List.of(List.of("up")));
    assertEquals(
        List.of(
            new VerbPattern("v.txt:3", List.of(new Words(true, List.of(in), true)), "075", null),
            new VerbPattern(
                "v.txt:4",
                List.of(new Words(false, List.of(diplomatic, ties), false)),
                "901",
                null),
            new VerbPattern(
                "v.txt:5", List.of(new Words(false, List.of(diplomaticTies), false)), "902", null),
            new VerbPattern("v.txt:6", List.of(new Words(false, List.of(up), true)), "036", null)),
        d.find("open").patterns());
    assertEquals(
        List.of(
            "\"IN\" * = 075",
            "* \"DIPLOMATIC TIES\" = 901",
            "* \"DIPLOMATIC_TIES\" = 902",
            "* \"UP\" = 036"),
        d.find("open").patterns().stream().map(VerbPattern::toString).toList());
    assertEquals(
        List.of(
            new Problem("v.txt:4", "'901' is not a CAMEO event code; kept as an unlisted code"),
            new Problem("v.txt:5", "'902' is not a CAMEO event code; kept as an unlisted code")),
        problems);
  }

  @Test
  void tabariCompoundSubjectAndActorMarkers() throws IOException {
    VerbDictionary d = read("--- MEET [040] ---", "MEET", "- % * WITH + [043]");
    VerbPattern p = onlyPattern(d, "meet");
    assertEquals(
        List.of(
            new CompoundSubject(),
            new Words(false, List.of(phrases("WITH", List.of(List.of("with")))), false)),
        p.elements());
    assertEquals("% * \"WITH\" = 043", p.toString());
    assertEquals(
        List.of(
            new Problem("v.txt:3", "actor marker '+' in a word pattern is not supported; ignored")),
        problems);
  }

  // ---------------------------------------------------------------- problems

  @Test
  void unreadableConstructsAreReportedWithFileAndLine() throws IOException {
    VerbDictionary d =
        read(
            "&GROUP",
            "+&NOSUCHSET",
            "+CROWD",
            "--- PROTEST [140] ---",
            "PROTEST",
            "- * {&MISSING} [141]",
            "- * (AGAINST +)",
            "- * (OVER {TAX}) [14X]",
            "~ PROTEST_AGAINST",
            "- * {&GROUP} [145]");
    assertEquals(
        List.of(
            new Problem("v.txt:1", "unknown synonym set &NOSUCHSET in &GROUP"),
            new Problem("v.txt:6", "unknown synonym set &MISSING; pattern not read"),
            new Problem("v.txt:7", "pattern without [code]; not read"),
            new Problem("v.txt:8", "'14X' is not a CAMEO event code; kept as an unlisted code"),
            new Problem("v.txt:9", "verb transformation ('~') not supported; not read")),
        problems);
    List<VerbPattern> kept = d.find("protest").patterns();
    assertEquals(List.of("v.txt:8", "v.txt:10"), kept.stream().map(VerbPattern::id).toList());
    assertEquals("14X", kept.get(0).code());
    assertEquals(
        phrases("&GROUP", List.of(List.of("crowd"), List.of("crowds"))), d.synonymSet("&GROUP"));
  }

  @Test
  void linesOutsideABlockAreReported() throws IOException {
    VerbDictionary d = read("ATTACK", "- * (WITH {DRONE}) [195]", "--- ATTACK [190] ---");
    assertNull(d.find("attack"));
    assertEquals(
        List.of(
            new Problem("v.txt:1", "verb outside a verb block; not read"),
            new Problem("v.txt:2", "pattern outside a verb block; not read")),
        problems);
  }

  @Test
  void dictionaryReaderReadsTheVerbFile() throws IOException {
    Path verbs =
        Files.writeString(
            dir.resolve("x.verbs.txt"),
            String.join(
                "\n",
                "# comment",
                "--- CLASH [190] ---",
                "CLASH",
                "- * (WITH +) [190]",
                "--- FIGHT [190] ---",
                "CLASH",
                ""),
            StandardCharsets.UTF_8);
    Dictionaries d = PetrarchDictionaryReader.read(verbs, List.of(), null, null, problems::add);
    VerbEntry clash = d.verbs().find("clashed");
    assertEquals("x.verbs.txt:2", clash.id());
    assertEquals("clash = 190", clash.toString());
    assertEquals("* (with +) = 190", clash.patterns().get(0).toString());
    assertTrue(d.verbs().synonymSetNames().isEmpty());
    assertEquals(
        List.of(
            new Problem(
                "x.verbs.txt:6", "verb 'clash' already has a block at x.verbs.txt:3; first kept")),
        problems);
  }
}
