package org.annalist.context.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.annalist.conllu.ConlluReader;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.junit.jupiter.api.Test;

/** Odd input never crashes the geoparser; output is deterministic and its offsets in the text. */
class GeoparserContractTest {

  private static final Geoparser GEOPARSER = GazetteerGeoparser.standard();

  @Test
  void emptyArticleHasNoPlacesAndNoFocus() {
    AnnotatedArticle a = new AnnotatedArticle(Article.of("empty", ""), List.of());
    GeoparsedArticle g = GEOPARSER.geoparse(a);
    assertEquals(List.of(), g.mentions());
    assertEquals(null, g.focusPlace());
    assertEquals("", g.focusReason());
  }

  @Test
  void randomCapitalisedWordsGiveMentionsInsideTheTextTheSameEachTime() {
    String[] words = {
      "Paris", "Texas", "Georgia", "the", "NEW", "York", "St.", "Louis", "U.S.", "us", "Congo",
      "-", ",", "(", "Washington", "state", "governor", "Syrian", "May", "Nice", "Ünïcødé", "Saint"
    };
    String[] tags = {"LOCATION", "O", "PERSON", "ORGANIZATION", "MISC"};
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      StringBuilder conllu = new StringBuilder();
      int n = 1 + random.nextInt(15);
      for (int i = 1; i <= n; i++) {
        conllu
            .append(i)
            .append('\t')
            .append(words[random.nextInt(words.length)])
            .append("\t_\tPROPN\tNNP\t_\t")
            .append(i == 1 ? 0 : random.nextInt(n + 1))
            .append("\tobl\t_\tNER=")
            .append(tags[random.nextInt(tags.length)])
            .append('\n');
      }
      AnnotatedArticle a =
          ConlluReader.read("r" + round, conllu.toString(), LocalDate.of(2024, 1, 1));
      GeoparsedArticle g = GEOPARSER.geoparse(a);
      assertEquals(g.mentions(), GEOPARSER.geoparse(a).mentions());
      for (PlaceMention m : g.mentions()) {
        assertEquals(a.text().substring(m.span().begin(), m.span().end()), m.text());
        assertTrue(m.lastToken() <= n);
      }
      for (int v = 1; v <= n; v++) {
        g.locate(0, v);
      }
    }
  }
}
