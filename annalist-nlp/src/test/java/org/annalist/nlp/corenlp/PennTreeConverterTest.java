package org.annalist.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Problem;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.annalist.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Converts hand-written trees and every tree of the PETRARCH validation records. The expected
 * dependencies are what CoreNLP 4.5.10's UD converter gives; they pin the relation names the event
 * coder relies on, the same names {@link CoreNlpParser} emits.
 */
class PennTreeConverterTest {

  private static final String RECORDS = "testdata/petrarch/records/";
  private static final LocalDate DATE = LocalDate.of(1995, 1, 1);

  @Test
  void transitiveClauseGivesSubjectObjectAndOffsets() {
    AnnotatedArticle article =
        PennTreeConverter.toArticle(
            "t1",
            "Arnor attacked Gondor.",
            DATE,
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))");

    assertEquals("t1", article.article().id());
    assertEquals(DATE, article.article().publicationDate());
    assertEquals(List.of(), article.skipped());
    Sentence sentence = onlySentence(article);
    assertEquals(0, sentence.begin());
    assertEquals(22, sentence.end());
    assertEquals(
        List.of(
            new Token(1, "Arnor", "Arnor", "PROPN", "NNP", "O", 0, 5, 2, "nsubj"),
            new Token(2, "attacked", "attack", "VERB", "VBD", "O", 6, 14, 0, "root"),
            new Token(3, "Gondor", "Gondor", "PROPN", "NNP", "O", 15, 21, 2, "obj"),
            new Token(4, ".", ".", "PUNCT", ".", "O", 21, 22, 2, "punct")),
        sentence.tokens());
  }

  @Test
  void passiveByPhraseIsAnOblWithCaseBy() {
    Sentence sentence =
        convert(
            "Gondor was attacked by Arnor.",
            "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP"
                + " Arnor))))) (. .)))");

    assertEquals(
        """
        1 Gondor Gondor PROPN NNP 0-6 3 nsubj:pass
        2 was be AUX VBD 7-10 3 aux:pass
        3 attacked attack VERB VBN 11-19 0 root
        4 by by ADP IN 20-22 5 case
        5 Arnor Arnor PROPN NNP 23-28 3 obl
        6 . . PUNCT . 28-29 3 punct
        """,
        conll(sentence));
  }

  @Test
  void phrasalVerbParticleIsCompoundPrt() {
    Sentence sentence =
        convert(
            "Arnor called off the talks.",
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (PRT (RP off)) (NP (DT the) (NNS talks)))"
                + " (. .)))");

    assertEquals(
        """
        1 Arnor Arnor PROPN NNP 0-5 2 nsubj
        2 called call VERB VBD 6-12 0 root
        3 off off ADP RP 13-16 2 compound:prt
        4 the the DET DT 17-20 5 det
        5 talks talk NOUN NNS 21-26 2 obj
        6 . . PUNCT . 26-27 2 punct
        """,
        conll(sentence));
  }

  @Test
  void multiLineTreeWithoutRootLabelReadsLikeOneWithRoot() {
    String text = "Arnor attacked Gondor.";
    Sentence unlabelled =
        convert(
            text,
            """
            ( (S
              (NP (NNP Arnor))
              (VP (VBD attacked)
                (NP (NNP Gondor)))
              (. .)))
            """);
    Sentence bare =
        convert(text, "(S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .))");
    Sentence rooted =
        convert(text, "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))");

    assertEquals(rooted, unlabelled);
    assertEquals(rooted, bare);
  }

  @Test
  void temporalFunctionTagIsKeptForTheConverter() {
    Sentence sentence =
        convert(
            "Arnor attacked Gondor Monday.",
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (NP-TMP (NNP Monday)))"
                + " (. .)))");

    assertEquals("obl:tmod", sentence.token(4).deprel());
  }

  @Test
  void tabariAuxiliaryTagsBecomePennTags() {
    Sentence sentence =
        convert(
            "Gondor was attacked.",
            "(ROOT (S (NP (NNP Gondor)) (VP (AUXD was) (VP (VBN attacked))) (. .)))");

    assertEquals(
        """
        1 Gondor Gondor PROPN NNP 0-6 3 nsubj:pass
        2 was be AUX VBD 7-10 3 aux:pass
        3 attacked attack VERB VBN 11-19 0 root
        4 . . PUNCT . 19-20 3 punct
        """,
        conll(sentence));
  }

  @Test
  void escapedLeavesAlignToTheCharactersOfTheText() {
    String text = "Arnor said \"Gondor (the kingdom) won't yield\".";
    Sentence sentence =
        convert(
            text,
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (`` ``) (S (NP (NP (NNP Gondor)) (PRN (-LRB-"
                + " -LRB-) (NP (DT the) (NN kingdom)) (-RRB- -RRB-))) (VP (MD wo) (RB n't) (VP (VB"
                + " yield)))) ('' '')) (. .)))");

    assertEquals(
        List.of(
            "Arnor 0-5",
            "said 6-10",
            "\" 11-12",
            "Gondor 12-18",
            "( 19-20",
            "the 20-23",
            "kingdom 24-31",
            ") 31-32",
            "wo 33-35",
            "n't 35-38",
            "yield 39-44",
            "\" 44-45",
            ". 45-46"),
        sentence.tokens().stream().map(t -> t.text() + " " + t.begin() + "-" + t.end()).toList());
    for (Token t : sentence.tokens()) {
      assertEquals(text.substring(t.begin(), t.end()), t.text());
    }
    assertEquals("-LRB-", sentence.token(5).xpos());
    assertEquals("will", sentence.token(9).lemma());
    assertEquals("not", sentence.token(10).lemma());
  }

  @Test
  void curlyQuotesAndCaseDifferencesStillAlign() {
    String text = "“ARNOR’s envoy” left.";
    AnnotatedArticle article =
        PennTreeConverter.toArticle(
            "t",
            text,
            null,
            "(ROOT (S (NP (`` ``) (NP (NNP Arnor) (POS 's)) (NN envoy) ('' '')) (VP (VBD left))"
                + " (. .)))");

    assertEquals(List.of(), article.skipped());
    assertEquals(
        List.of("“", "ARNOR", "’s", "envoy", "”", "left", "."),
        onlySentence(article).tokens().stream().map(Token::text).toList());
  }

  @Test
  void leavesMissingFromTheTextGetZeroWidthAndAreReported() {
    String text = "Arnor attacked Gondor.";
    AnnotatedArticle article =
        PennTreeConverter.toArticle(
            "t",
            text,
            null,
            "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Putin)) (VP (VBD attacked) (NP (NNP Gondor)))"
                + " (. .)))");

    assertEquals(
        List.of(
            new Problem(
                "t sentence 0",
                "tokens 2-3 \"and Putin\" not found in the text (zero width" + " at offset 6)")),
        article.skipped());
    Sentence sentence = onlySentence(article);
    assertEquals(
        """
        1 Arnor Arnor PROPN NNP 0-5 4 nsubj
        2 and and CCONJ CC 6-6 3 cc
        3 Putin Putin PROPN NNP 6-6 1 conj
        4 attacked attack VERB VBD 6-14 0 root
        5 Gondor Gondor PROPN NNP 15-21 4 obj
        6 . . PUNCT . 21-22 4 punct
        """,
        conll(sentence));
  }

  @Test
  void aLeafStandingForAnotherWordTakesThatWordsOffsets() {
    AnnotatedArticle article =
        PennTreeConverter.toArticle(
            "t",
            "Arnor is the centre of it.",
            null,
            "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (NP (NP (DT the) (NN center)) (PP (IN of) (NP"
                + " (PRP it))))) (. .)))");

    assertEquals(
        List.of(
            new Problem(
                "t sentence 0",
                "token 4 \"center\" not found in the text (given the unmatched text \"centre\","
                    + " 13-19)")),
        article.skipped());
    Token center = onlySentence(article).token(4);
    assertEquals("center", center.text());
    assertEquals(13, center.begin());
    assertEquals(19, center.end());
  }

  @Test
  void textWithoutALeafIsReported() {
    AnnotatedArticle article =
        PennTreeConverter.toArticle(
            "t",
            "Arnor attacked Gondor, a senior official said.",
            null,
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))");

    assertEquals(
        List.of(
            new Problem(
                "t sentence 0",
                "text \", a senior official said\" (21-45) has no word in the tree")),
        article.skipped());
    assertEquals(45, onlySentence(article).token(4).begin());
  }

  @Test
  void emptyTextLeavesEveryTokenAtOffsetZero() {
    AnnotatedArticle article =
        PennTreeConverter.toArticle(
            "t", "", null, "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked)) (. .)))");

    assertEquals(
        List.of(
            new Problem(
                "t sentence 0",
                "tokens 1-3 \"Arnor attacked .\" not found in the text (zero width at offset 0)")),
        article.skipped());
    assertEquals("attacked", onlySentence(article).token(2).text());
  }

  @Test
  void unreadableTreesAreRejectedWithTheReason() {
    assertEquals(
        "2 bracket(s) not closed in tree: (ROOT (S (NP (NNP Arnor)) (VP (VBD left))",
        rejection("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))"));
    assertEquals(
        "unmatched ')' at offset 43 of tree: (ROOT (S (NP (NNP Arnor)) (VP (VBD left))))) )",
        rejection("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))) )"));
    assertEquals(
        "more than one tree in: (NP (NNP Arnor)) (VP (VBD left))",
        rejection("(NP (NNP Arnor)) (VP (VBD left))"));
    assertEquals("tree is blank", rejection("  \n "));
    assertEquals("tree does not start with '(': Arnor left", rejection("Arnor left"));
    assertEquals(
        "word \"Arnor\" has no part-of-speech tag (under NP)",
        rejection("(ROOT (S (NP (DT the) Arnor) (VP (VBD left))))"));
  }

  @Test
  void everyUnitTestRecordConvertsButTheTwoMeantToBeUnreadable() throws Exception {
    Figures figures = convertAll(SharedData.require(RECORDS + "PETR.UnitTest.records.xml"));

    assertEquals(284, figures.records());
    assertEquals(List.of("ERROR-02", "ERROR-03"), figures.rejected());
    // measured: 22 leaves in 13 records (trees made from edited text), 10 stretches of text
    assertTrue(figures.notFound() <= 25, figures.toString());
    assertTrue(figures.uncovered() <= 12, figures.toString());
  }

  @Test
  void everyGigaWordSampleRecordConverts() throws Exception {
    Figures figures = convertAll(SharedData.require(RECORDS + "GigaWord.sample.PETR.xml"));

    assertEquals(76, figures.records());
    assertEquals(List.of(), figures.rejected());
    assertEquals(9, figures.emptyTexts()); // TEST_1 to TEST_9 have a tree but no text
    // measured: 81 leaves in 13 records, 61 of them in GOLD_5, whose text is only its headline
    assertTrue(figures.notFound() <= 90, figures.toString());
    assertTrue(figures.uncovered() <= 10, figures.toString());
  }

  @Test
  void concurrentConversionsGiveTheSameResults() throws Exception {
    List<PetrarchRecord> records =
        readRecords(SharedData.require(RECORDS + "PETR.UnitTest.records.xml"));
    List<PetrarchRecord> readable = records.stream().filter(r -> !r.meantToBeUnreadable()).toList();
    List<AnnotatedArticle> sequential =
        readable.stream().map(PennTreeConverterTest::toArticle).toList();
    List<AnnotatedArticle> parallel =
        readable.parallelStream().map(PennTreeConverterTest::toArticle).toList();

    assertEquals(sequential, parallel);
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * A validation record.
   *
   * @param error the {@code error} its {@code EventCoding} expects, or {@code null}
   */
  private record PetrarchRecord(String id, String text, LocalDate date, String error, String tree) {

    /** Records ERROR-02 and ERROR-03 have unbalanced trees on purpose. */
    boolean meantToBeUnreadable() {
      return "bad_input_parse".equals(error);
    }
  }

  /** What a corpus conversion found. */
  private record Figures(
      String file,
      int records,
      List<String> rejected,
      int emptyTexts,
      int tokens,
      int notFound,
      int recordsWithNotFound,
      int uncovered) {

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s: %d records (rejected: %s; %d with empty text); in records with text: %d tokens, %d"
              + " leaves not found (%.2f%%, in %d records), %d stretches of text without a leaf",
          file,
          records,
          rejected,
          emptyTexts,
          tokens,
          notFound,
          100.0 * notFound / Math.max(1, tokens),
          recordsWithNotFound,
          uncovered);
    }
  }

  /**
   * Converts every record, checks each result is well formed and that only the records meant to be
   * unreadable are rejected, and counts alignment failures.
   */
  private static Figures convertAll(Path file) throws IOException, XMLStreamException {
    List<PetrarchRecord> records = readRecords(file);
    List<String> rejected = new ArrayList<>();
    int emptyTexts = 0;
    int tokens = 0;
    int notFound = 0;
    int recordsWithNotFound = 0;
    int uncovered = 0;
    for (PetrarchRecord r : records) {
      PennTreeConverter.Conversion conversion;
      try {
        conversion = PennTreeConverter.convert(r.id(), r.text(), r.date(), r.tree());
      } catch (IllegalArgumentException e) {
        assertTrue(r.meantToBeUnreadable(), r.id() + ": " + e.getMessage());
        assertTrue(
            e.getMessage().startsWith("unmatched ')'") || e.getMessage().contains("not closed"),
            r.id() + ": " + e.getMessage());
        rejected.add(r.id());
        continue;
      }
      assertTrue(!r.meantToBeUnreadable(), r.id() + " should have been rejected");
      AnnotatedArticle article = conversion.article();
      assertWellFormed(r.id(), article, conversion.alignment());
      if (r.text().isBlank()) { // every leaf is missing: nothing to align to
        emptyTexts++;
        continue;
      }
      tokens += onlySentence(article).size();
      int missing = conversion.alignment().notFound();
      notFound += missing;
      recordsWithNotFound += missing > 0 ? 1 : 0;
      uncovered += conversion.alignment().uncovered().size();
    }
    Figures figures =
        new Figures(
            file.getFileName().toString(),
            records.size(),
            rejected,
            emptyTexts,
            tokens,
            notFound,
            recordsWithNotFound,
            uncovered);
    System.out.println(figures);
    return figures;
  }

  /**
   * One sentence, one root, heads inside the sentence, offsets in text order, and the text at the
   * offsets of every token found in the text.
   */
  private static void assertWellFormed(
      String id, AnnotatedArticle article, PennTreeConverter.Alignment alignment) {
    Sentence sentence = onlySentence(article);
    long roots = sentence.tokens().stream().filter(t -> t.head() == 0).count();
    assertEquals(1, roots, id + ": roots");
    assertEquals(sentence.size(), alignment.leaves().size(), id);
    int previousEnd = 0;
    for (Token t : sentence.tokens()) {
      assertTrue(t.begin() >= previousEnd, id + ": token " + t.index() + " out of order");
      previousEnd = t.end();
      assertTrue(t.head() != t.index(), id + ": token " + t.index() + " heads itself");
      assertTrue(!t.deprel().equals("_"), id + ": token " + t.index() + " has no relation");
      if (alignment.leaves().get(t.index() - 1).found()) {
        assertEquals(article.text().substring(t.begin(), t.end()), t.text(), id);
      }
    }
    for (Token t : sentence.tokens()) { // every token reaches the root
      Token walk = t;
      for (int steps = 0; walk.head() != 0; steps++) {
        assertTrue(steps <= sentence.size(), id + ": cycle through token " + t.index());
        walk = sentence.headOf(walk);
      }
    }
  }

  /**
   * The records' id, date, text (lines joined with single spaces) and tree. StAX skips the
   * comments, several of which contain brackets.
   */
  private static List<PetrarchRecord> readRecords(Path file)
      throws IOException, XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    List<PetrarchRecord> records = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
      String id = null;
      LocalDate date = null;
      String text = null;
      String error = null;
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamReader.START_ELEMENT) {
          continue;
        }
        switch (xml.getLocalName()) {
          case "Sentence" -> {
            id = xml.getAttributeValue(null, "id");
            String day = xml.getAttributeValue(null, "date");
            date =
                day == null ? null : LocalDate.parse(day.strip(), DateTimeFormatter.BASIC_ISO_DATE);
            text = "";
            error = null;
          }
          case "EventCoding" -> {
            if (xml.getAttributeValue(null, "error") != null) {
              error = xml.getAttributeValue(null, "error");
            }
          }
          case "Text" -> text = String.join(" ", xml.getElementText().strip().split("\\s+"));
          case "Parse" ->
              records.add(new PetrarchRecord(id, text, date, error, xml.getElementText()));
          default -> {}
        }
      }
      xml.close();
    }
    return records;
  }

  private static AnnotatedArticle toArticle(PetrarchRecord r) {
    return PennTreeConverter.toArticle(r.id(), r.text(), r.date(), r.tree());
  }

  private static Sentence convert(String text, String tree) {
    AnnotatedArticle article = PennTreeConverter.toArticle("t", text, DATE, tree);
    assertEquals(List.of(), article.skipped());
    return onlySentence(article);
  }

  private static Sentence onlySentence(AnnotatedArticle article) {
    assertEquals(1, article.sentences().size());
    return article.sentences().get(0);
  }

  private static String rejection(String tree) {
    return assertThrows(
            IllegalArgumentException.class,
            () -> PennTreeConverter.toArticle("t", "Arnor left.", null, tree))
        .getMessage();
  }

  private static String conll(Sentence sentence) {
    return sentence.tokens().stream()
        .map(
            t ->
                String.join(
                    " ",
                    String.valueOf(t.index()),
                    t.text(),
                    t.lemma(),
                    t.upos(),
                    t.xpos(),
                    t.begin() + "-" + t.end(),
                    String.valueOf(t.head()),
                    t.deprel()))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
