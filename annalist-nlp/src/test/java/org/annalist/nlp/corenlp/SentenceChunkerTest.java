package org.annalist.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.annalist.model.Problem;
import org.junit.jupiter.api.Test;

/** Chunking on tokenize+ssplit output only: no models needed. */
class SentenceChunkerTest {

  private static final StanfordCoreNLP SPLITTER = splitter();

  @Test
  void shortSentencesAreLeftAlone() {
    List<Problem> problems = new ArrayList<>();
    Annotation document = chunked("One two three. Four five.", 4, problems);

    assertEquals(
        List.of("0 [1:One 2:two 3:three 4:.]", "1 [1:Four 2:five 3:.]"), describe(document));
    assertEquals(List.of(), problems);
  }

  @Test
  void longSentenceIsCutAtTheLimitWithoutPunctuation() {
    List<Problem> problems = new ArrayList<>();
    Annotation document =
        chunked("Short one. a b c d e f g h i j k l m n o p q r s t", 8, problems);

    assertEquals(
        List.of(
            "0 [1:Short 2:one 3:.]",
            "1 [1:a 2:b 3:c 4:d 5:e 6:f 7:g 8:h]",
            "2 [1:i 2:j 3:k 4:l 5:m 6:n 7:o 8:p]",
            "3 [1:q 2:r 3:s 4:t]"),
        describe(document));
    assertEquals(
        List.of(
            new Problem(
                "doc sentence 1",
                "sentence of 20 tokens split into 3 chunks of at most 8 tokens (sentences 1-3)")),
        problems);
  }

  @Test
  void cutPrefersClausePunctuationInTheSecondHalfOfTheWindow() {
    Annotation document = chunked("a b c d e , f g h i j k", 8, new ArrayList<>());

    assertEquals(
        List.of("0 [1:a 2:b 3:c 4:d 5:e 6:,]", "1 [1:f 2:g 3:h 4:i 5:j 6:k]"), describe(document));
  }

  @Test
  void chunksCarryCharacterAndTokenOffsets() {
    String text = "Yes. a b c d e f";
    Annotation document = chunked(text, 4, new ArrayList<>());

    List<String> offsets = new ArrayList<>();
    for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      offsets.add(
          s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
              + "-"
              + s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
              + " tokens "
              + s.get(CoreAnnotations.TokenBeginAnnotation.class)
              + "-"
              + s.get(CoreAnnotations.TokenEndAnnotation.class)
              + " '"
              + s.get(CoreAnnotations.TextAnnotation.class)
              + "'");
    }
    assertEquals(
        List.of("0-4 tokens 0-2 'Yes.'", "5-12 tokens 2-6 'a b c d'", "13-16 tokens 6-8 'e f'"),
        offsets);
  }

  /** Words of a line as long as a paragraph: "w0 w1 ... w(n-1)". */
  private static String words(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append("w").append(i);
    }
    return b.toString();
  }

  @Test
  void aParagraphCutOffMidSentenceEndsAtItsLineBreak() {
    // scraped text: "...recognised opposition leader Juan" then the next paragraph
    String text = "Maduro said " + words(40) + " Juan\nThe opposition leader spoke.";
    Annotation split = new Annotation(text);
    SPLITTER.annotate(split);
    List<CoreLabel> tokens = split.get(CoreAnnotations.TokensAnnotation.class);
    assertEquals(List.of(43), SentenceChunker.paragraphCuts(text, tokens), "the token after Juan");

    List<Problem> problems = new ArrayList<>();
    List<String> sentences = describe(chunked(text, 100, problems));
    assertEquals(2, sentences.size(), sentences::toString);
    assertEquals("1 [1:The 2:opposition 3:leader 4:spoke 5:.]", sentences.get(1));
    assertEquals(List.of(), problems, "a paragraph cut is no problem");
  }

  @Test
  void headingsWrappedLinesAndLowerCaseContinuationsStayJoined() {
    List<Problem> problems = new ArrayList<>();
    // a heading: a short line without final punctuation
    assertEquals(
        1,
        describe(chunked("Russia to withdraw from Syria\nThe head of it spoke.", 100, problems))
            .size());
    // a long line that runs on in lower case
    assertEquals(1, describe(chunked(words(40) + " the\nlast words here.", 100, problems)).size());
    // a long line ending with a comma
    assertEquals(1, describe(chunked(words(40) + ",\nThe last words here.", 100, problems)).size());
    assertEquals(List.of(), problems);
  }

  private static Annotation chunked(String text, int maxTokens, List<Problem> problems) {
    Annotation document = new Annotation(text);
    SPLITTER.annotate(document);
    new SentenceChunker(maxTokens).apply(document, "doc", problems);
    return document;
  }

  /** "sentenceIndex [tokenIndex:word ...]", checking each token's sentence index on the way. */
  private static List<String> describe(Annotation document) {
    List<String> out = new ArrayList<>();
    for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      int index = s.get(CoreAnnotations.SentenceIndexAnnotation.class);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel token : tokens) {
        assertEquals(index, token.sentIndex(), token.word());
      }
      out.add(
          index
              + " "
              + tokens.stream()
                  .map(t -> t.index() + ":" + t.word())
                  .collect(Collectors.joining(" ", "[", "]")));
    }
    return out;
  }

  private static StanfordCoreNLP splitter() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    return new StanfordCoreNLP(p);
  }
}
