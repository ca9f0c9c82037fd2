package org.annalist.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;

/**
 * What every coder run must hold, on random trees (cycles and nonsense included): no exception,
 * events inside their sentence with offsets that quote the text, the same output twice.
 */
class CoderContractTest {

  private static final String[] WORDS = {
    "Russia",
    "Russian",
    "jets",
    "attacked/attack",
    "bombed/bomb",
    "Ukraine",
    "the",
    "army",
    "of",
    "Syria",
    "troops",
    "withdrew/withdraw",
    "from",
    "not",
    "will",
    "may",
    "said/say",
    "and",
    "Daesh",
    "air",
    "strikes",
    "conducted/conduct",
    "against",
    "United",
    "Nations",
    "Security",
    "Council",
    "'s",
    "-",
    "al",
    "Medvedev",
    "praised/praise",
    ""
  };
  private static final String[] RELATIONS = {
    "nsubj",
    "nsubj:pass",
    "obj",
    "iobj",
    "obl",
    "nmod",
    "nmod:poss",
    "amod",
    "compound",
    "conj",
    "cc",
    "xcomp",
    "ccomp",
    "advcl",
    "acl",
    "acl:relcl",
    "aux",
    "aux:pass",
    "advmod",
    "case",
    "det",
    "appos",
    "compound:prt",
    "mark",
    "punct",
    "root",
    "parataxis",
    "flat"
  };
  private static final String[] POS = {
    "VERB", "NOUN", "PROPN", "ADJ", "ADP", "AUX", "PRON", "DET", "PART"
  };

  @Test
  void randomTreesNeverBreakTheCoder() {
    Random random = new Random(20261125L);
    int events = 0;
    for (int round = 0; round < 20000; round++) {
      AnnotatedArticle a = randomArticle(random);
      CodingResult first = DependencyCoderTest.CODER.code(a);
      assertEquals(first, DependencyCoderTest.CODER.code(a), "deterministic");
      for (CodedEvent e : first.events()) {
        events++;
        Sentence s = a.sentences().get(e.sentenceIndex());
        for (ActorMention m : List.of(e.source(), e.target())) {
          assertTrue(m.begin() >= s.begin() && m.end() <= s.end(), "actor inside its sentence");
          assertEquals(a.text().substring(m.begin(), m.end()), m.text());
        }
        assertEquals(a.text().substring(e.verb().begin(), e.verb().end()), e.verb().text());
      }
    }
    assertTrue(events > 0, "random trees should code some events, or this test tests nothing");
  }

  @Test
  void emptyArticleGivesNoEvents() {
    AnnotatedArticle a = new AnnotatedArticle(Article.of("empty", ""), List.of());
    assertEquals(
        new CodingResult("empty", List.of(), List.of()), DependencyCoderTest.CODER.code(a));
  }

  private static AnnotatedArticle randomArticle(Random random) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int s = 0; s < count; s++) {
      int begin = text.length();
      int n = 1 + random.nextInt(14);
      int root = 1 + random.nextInt(n);
      List<Token> tokens = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        String[] formAndLemma = WORDS[random.nextInt(WORDS.length)].split("/");
        String word = formAndLemma[0];
        String lemma = formAndLemma[formAndLemma.length - 1].toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty()) {
          word = Character.toString(0x4E00 + random.nextInt(500));
          lemma = word;
        }
        int b = text.length();
        text.append(word).append(' ');
        String pos = POS[random.nextInt(POS.length)];
        // half the tokens hang on one root, so that some trees look like clauses and code events
        int head = i == root ? 0 : random.nextBoolean() ? root : random.nextInt(n + 1);
        tokens.add(
            new Token(
                i,
                word,
                lemma,
                i == root ? "VERB" : pos,
                i == root || pos.equals("VERB") ? "VBD" : "NN",
                "O",
                b,
                b + word.length(),
                head,
                RELATIONS[random.nextInt(RELATIONS.length)]));
      }
      sentences.add(new Sentence(s, begin, text.length(), tokens));
    }
    return new AnnotatedArticle(
        new Article("random", text.toString(), LocalDate.of(2015, 1, 1), null, null, null),
        sentences);
  }
}
