package org.annalist.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.annalist.coding.CodingResult;
import org.annalist.coding.DependencyCoder;
import org.annalist.conllu.ConlluReader;
import org.annalist.dictionary.Dictionaries;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Odd input never crashes the context stage: every coded event gets a context, the same each time,
 * with its evidence and place mentions inside the article text.
 */
class ContextStageContractTest {

  private static final DependencyCoder CODER =
      new DependencyCoder(Dictionaries.defaults()).includingNegated();
  private static final ContextStage STAGE =
      StandardContextStage.shared().withActors(CODER::actorAt);

  @Test
  void anEmptyArticleHasNoContexts() {
    AnnotatedArticle a = new AnnotatedArticle(Article.of("empty", ""), List.of());
    ArticleContext c = STAGE.annotate(a, CODER.code(a));
    assertEquals(List.of(), c.events());
    assertEquals(List.of(), c.places().mentions());
  }

  @Test
  void randomParsesGiveOneContextPerEventTheSameEachTime() {
    String[][] words = {
      {"Russia", "PROPN", "NNP", "LOCATION"},
      {"Syria", "PROPN", "NNP", "LOCATION"},
      {"attacked", "VERB", "VBD", "O"},
      {"denied", "VERB", "VBD", "O"},
      {"said", "VERB", "VBD", "O"},
      {"will", "AUX", "MD", "O"},
      {"on", "ADP", "IN", "O"},
      {"in", "ADP", "IN", "O"},
      {"Tuesday", "PROPN", "NNP", "O"},
      {"Aleppo", "PROPN", "NNP", "LOCATION"},
      {"November", "PROPN", "NNP", "O"},
      {"20", "NUM", "CD", "O"},
      {"last", "ADJ", "JJ", "O"},
      {"week", "NOUN", "NN", "O"},
      {"\"", "PUNCT", "``", "O"},
      {"Putin", "PROPN", "NNP", "PERSON"},
      {"killed", "VERB", "VBN", "O"},
      {"12", "NUM", "CD", "O"},
      {"soldiers", "NOUN", "NNS", "O"},
      {"praised", "VERB", "VBD", "O"}
    };
    String[] relations = {"nsubj", "obj", "obl", "case", "ccomp", "advcl", "conj", "nmod", "dep"};
    Random random = new Random(7);
    int events = 0;
    for (int round = 0; round < 300; round++) {
      StringBuilder conllu = new StringBuilder();
      int sentences = 1 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        int n = 3 + random.nextInt(12);
        // a well-formed clause, then random words hung anywhere
        conllu.append("1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\tNER=LOCATION\n");
        conllu.append("2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n");
        conllu.append("3\tSyria\tSyria\tPROPN\tNNP\t_\t2\tobj\t_\tNER=LOCATION\n");
        for (int i = 4; i <= n; i++) {
          String[] w = words[random.nextInt(words.length)];
          conllu
              .append(i)
              .append('\t')
              .append(w[0])
              .append('\t')
              .append(w[0].toLowerCase())
              .append('\t')
              .append(w[1])
              .append('\t')
              .append(w[2])
              .append("\t_\t")
              .append(1 + random.nextInt(n))
              .append('\t')
              .append(relations[random.nextInt(relations.length)])
              .append("\t_\tNER=")
              .append(w[3])
              .append('\n');
        }
        conllu.append('\n');
      }
      AnnotatedArticle a =
          ConlluReader.read("r" + round, conllu.toString(), LocalDate.of(2017, 11, 30));
      CodingResult coding = CODER.code(a);
      ArticleContext c = STAGE.annotate(a, coding);
      assertEquals(coding.events().size(), c.events().size());
      assertEquals(c.events(), STAGE.annotate(a, coding).events());
      for (EventContext e : c.events()) {
        events++;
        if (e.date() != null && e.date().evidence() != null) {
          int b = e.date().evidence().begin();
          assertTrue(b >= 0 && e.date().evidence().end() <= a.text().length());
        }
        if (e.place().mention() != null) {
          assertTrue(e.place().mention().span().end() <= a.text().length());
        }
      }
    }
    assertTrue(events > 20, "the random articles code some events: " + events);
  }
}
