package org.annalist.context.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** What every article must get: no crash, offsets inside the text, the same output twice. */
class FeatureExtractorContractTest {

  private static final FeatureExtractor EXTRACTOR = FeatureExtractor.bundled();
  private static final String[] VOCABULARY = {
    "\"",
    "\u201C",
    "\u201D",
    ",",
    ".",
    ":",
    "said",
    "told",
    "according",
    "to",
    "at",
    "least",
    "156",
    "1,200",
    "1.2",
    "million",
    "dozens",
    "of",
    "people",
    "were",
    "killed",
    "left",
    "dead",
    "death",
    "toll",
    "rose",
    "arrested",
    "fled",
    "refugees",
    "aged",
    "2014",
    "March",
    "he",
    "Putin",
    "peace",
    "attack",
    "not",
    "and",
    "more",
    "than",
    "a",
    "dozen",
    "twenty-five",
    "$"
  };

  @Test
  void emptyArticleHasNoFeatures() {
    ArticleFeatures f = EXTRACTOR.extract(new AnnotatedArticle(Article.of("empty", ""), List.of()));
    assertEquals(
        new ArticleFeatures(
            "empty", List.of(), List.of(), List.of(), List.of(), List.of(), Tone.NONE),
        f);
  }

  @Test
  void randomArticlesKeepOffsetsInsideTheTextAndAreDeterministic() {
    Random random = new Random(6);
    for (int round = 0; round < 300; round++) {
      String[] sentences = new String[1 + random.nextInt(4)];
      for (int s = 0; s < sentences.length; s++) {
        StringBuilder b = new StringBuilder();
        for (int w = random.nextInt(25); w >= 0; w--) {
          b.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(' ');
        }
        sentences[s] = b.toString().strip();
      }
      AnnotatedArticle a = Fixtures.plain(sentences);
      ArticleFeatures f = EXTRACTOR.extract(a);
      assertEquals(f, EXTRACTOR.extract(a));
      List<Span> spans = new ArrayList<>();
      f.quotations().forEach(q -> spans.add(q.quote()));
      f.quotations().stream().filter(q -> q.speaker() != null).forEach(q -> spans.add(q.speaker()));
      f.counts().forEach(c -> spans.add(c.match()));
      f.persons().forEach(p -> spans.addAll(p.mentions()));
      for (Span s : spans) {
        assertTrue(s.end() <= a.text().length(), () -> s + " outside " + a.text());
        assertEquals(a.text().substring(s.begin(), s.end()), s.text());
      }
    }
  }
}
