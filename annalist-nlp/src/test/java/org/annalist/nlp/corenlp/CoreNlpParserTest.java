package org.annalist.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Problem;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Runs the real CoreNLP 4.5.10 models (loaded once per test JVM through {@link
 * CoreNlpParser#shared()}) on small texts. The expected parses are what CoreNLP gives, quirks
 * included: they pin the relation names the event coder relies on.
 */
class CoreNlpParserTest {

  private static final CoreNlpParser PARSER = CoreNlpParser.shared();

  @Test
  void activeVoiceGivesSubjectObjectAndLemma() {
    Sentence sentence = onlySentence("Russian jets bombed Aleppo.");

    // CoreNLP tags "bombed" VBN here, yet parses it as the main verb
    assertEquals(
        """
        1 Russian Russian ADJ JJ O 2 amod
        2 jets jet NOUN NNS O 3 nsubj
        3 bombed bomb VERB VBN O 0 root
        4 Aleppo Aleppo PROPN NNP LOCATION 3 obj
        5 . . PUNCT . O 3 punct
        """,
        conll(sentence));
  }

  @Test
  void passiveAgentIsAPlainObliqueWithBy() {
    Sentence sentence = onlySentence("Aleppo was bombed by Russian jets.");

    // basic UD from english_UD has no obl:agent: the agent is "obl" with a "by" case dependent
    assertEquals(
        """
        1 Aleppo Aleppo PROPN NNP LOCATION 3 nsubj:pass
        2 was be AUX VBD O 3 aux:pass
        3 bombed bomb VERB VBN O 0 root
        4 by by ADP IN O 6 case
        5 Russian Russian ADJ JJ O 6 amod
        6 jets jet NOUN NNS O 3 obl
        7 . . PUNCT . O 3 punct
        """,
        conll(sentence));
  }

  @Test
  void possessiveNegationAndParticleRelations() {
    Sentence sentence = onlySentence("Obama's envoy did not give up the talks.");

    // negation is advmod (UD v2 has no "neg"); the particle is compound:prt
    assertEquals(
        """
        1 Obama Obama PROPN NNP PERSON 3 nmod:poss
        2 's 's PART POS O 1 case
        3 envoy envoy NOUN NN O 6 nsubj
        4 did do AUX VBD O 6 aux
        5 not not PART RB O 6 advmod
        6 give give VERB VB O 0 root
        7 up up ADP RP O 6 compound:prt
        8 the the DET DT O 9 det
        9 talks talk NOUN NNS O 6 obj
        10 . . PUNCT . O 6 punct
        """,
        conll(sentence));
  }

  @Test
  void curlyQuotesAndBracketsKeepTheirOriginalText() {
    String text = "“We want peace,” he said (in Paris).";
    Sentence sentence = onlySentence(text);

    assertEquals(
        List.of("“", "We", "want", "peace", ",", "”", "he", "said", "(", "in", "Paris", ")", "."),
        sentence.tokens().stream().map(Token::text).toList());
    assertEquals(
        List.of("``", "''", "-LRB-", "-RRB-"),
        sentence.tokens().stream()
            .filter(t -> t.upos().equals("PUNCT") && !t.text().matches("[,.]"))
            .map(Token::xpos)
            .toList());
    assertWellFormed(PARSER.parse(Article.of("t1", text)));
  }

  @Test
  void everyTokenTextIsTheArticleTextAtItsOffsets() {
    String text =
        "  The U.N.  can't stop it;\nAssad's forces won't either…  Talks in\tGeneva (2½ days) "
            + "cost $3,000 &amp; more: see https://example.org/a?b=c.\n\nPro-Russian rebels shelled Donetsk -- "
            + "officials said.  Café “Zoë” — naïve façade ";
    AnnotatedArticle parsed = PARSER.parse(Article.of("t1", text));

    assertWellFormed(parsed);
    assertEquals(List.of(), parsed.skipped());
    // "…" does not end a sentence for CoreNLP; "&amp;" stays "&amp;" (CoreNLP's word is "&")
    assertEquals(
        List.of(
            "The U.N.  can't stop it;\nAssad's forces won't either…  Talks in\tGeneva (2½ days) cost $3,000"
                + " &amp; more: see https://example.org/a?b=c.",
            "Pro-Russian rebels shelled Donetsk -- officials said.",
            "Café “Zoë” — naïve façade"),
        parsed.sentences().stream().map(s -> s.text(text)).toList());
    assertTrue(parsed.sentences().get(0).tokens().stream().anyMatch(t -> t.text().equals("&amp;")));
  }

  @Test
  void contractionsAreSplitWithOffsetsInsideTheWord() {
    Sentence sentence = onlySentence("They won't go.");

    assertEquals(
        """
        1 They they PRON PRP O 4 nsubj
        2 wo will AUX MD O 4 aux
        3 n't not PART RB O 4 advmod
        4 go go VERB VB O 0 root
        5 . . PUNCT . O 4 punct
        """,
        conll(sentence));
    assertEquals(
        List.of(5, 7, 7, 10),
        List.of(
            sentence.token(2).begin(),
            sentence.token(2).end(),
            sentence.token(3).begin(),
            sentence.token(3).end()));
  }

  @Test
  void sentencesAreIndexedInOrderWithTheirOffsets() {
    String text = "Protesters marched in Cairo. Police fired tear gas.";
    AnnotatedArticle parsed = PARSER.parse(Article.of("t1", text));

    assertEquals(
        List.of("0 0-28 Protesters marched in Cairo.", "1 29-51 Police fired tear gas."),
        parsed.sentences().stream()
            .map(s -> s.index() + " " + s.begin() + "-" + s.end() + " " + s.text(text))
            .toList());
  }

  @Test
  void emptyAndBlankTextGiveNoSentences() {
    for (String text : List.of("", " ", "\n\n\t \u00a0 \n")) {
      AnnotatedArticle parsed = PARSER.parse(Article.of("t1", text));
      assertEquals(List.of(), parsed.sentences(), () -> "for '" + text + "'");
      assertEquals(List.of(), parsed.skipped(), () -> "for '" + text + "'");
    }
  }

  @Test
  void unpunctuatedTwentyThousandWordsAreSplitIntoChunks() {
    String[] words = {
      "soldiers",
      "of",
      "the",
      "army",
      "attacked",
      "villages",
      "near",
      "the",
      "border",
      "and",
      "officials",
      "said",
      "police",
      "arrested",
      "protesters",
      "in",
      "Kabul",
      "yesterday"
    };
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append(i == 0 ? "" : " ").append(words[i % words.length]);
    }
    AnnotatedArticle parsed = PARSER.parse(Article.of("huge", text.toString()));

    assertWellFormed(parsed);
    assertEquals(
        List.of(
            new Problem(
                "huge sentence 0",
                "sentence of 20,000 tokens split into 167 chunks of at most 120 tokens (sentences 0-166)")),
        parsed.skipped());
    assertEquals(167, parsed.sentences().size());
    assertEquals(20_000, parsed.sentences().stream().mapToInt(Sentence::size).sum());
    assertTrue(parsed.sentences().stream().allMatch(s -> s.size() <= 120));
  }

  @Test
  void garbageInputNeverThrows() {
    Random random = new Random(20240611L);
    StringBuilder text =
        new StringBuilder("\u0000\u0001\u001b[31m \uD800 lone \uDC00 surrogates \uFFFE\uFEFF ");
    for (int i = 0; i < 600; i++) { // random Unicode tags slowly (~2 ms a token): keep it short
      text.append((char) random.nextInt(0x3000));
    }
    text.append(" <html><body><p>Tanks &nbsp;entered&#160;Grozny</p></body></html> ")
        .append(".".repeat(500))
        .append(" ")
        .append("a".repeat(5_000));

    AnnotatedArticle parsed = PARSER.parse(Article.of("garbage", text.toString()));

    assertWellFormed(parsed);
    assertTrue(parsed.sentences().size() > 0);
  }

  @Test
  void aSentenceCoreNlpCannotAnalyseIsLeftOutAndReported() {
    Properties analyser = CoreNlpParser.analyserProperties(CoreNlpParser.Options.defaults());
    StanfordCoreNLP failsOnBoom =
        new StanfordCoreNLP(analyser) {
          @Override
          public void annotate(Annotation document) {
            for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
              if (sentence.get(CoreAnnotations.TextAnnotation.class).contains("Boom")) {
                throw new IllegalStateException("cannot parse\n  this");
              }
            }
            super.annotate(document);
          }
        };
    CoreNlpParser parser =
        new CoreNlpParser(
            CoreNlpParser.Options.defaults(),
            new StanfordCoreNLP(CoreNlpParser.splitterProperties()),
            failsOnBoom);
    String text = "Rebels attacked Homs. Boom went the gun. Police arrested them.";

    AnnotatedArticle parsed = parser.parse(Article.of("t1", text));

    assertWellFormed(parsed);
    assertEquals(
        List.of("0 Rebels attacked Homs.", "2 Police arrested them."),
        parsed.sentences().stream().map(s -> s.index() + " " + s.text(text)).toList());
    assertEquals(
        List.of(
            new Problem(
                "t1 sentence 1",
                "CoreNLP could not analyse the sentence: IllegalStateException: cannot parse this")),
        parsed.skipped());
  }

  @Test
  void textCoreNlpCannotSplitGivesNoSentencesAndAProblem() {
    StanfordCoreNLP failing =
        new StanfordCoreNLP(CoreNlpParser.splitterProperties()) {
          @Override
          public void annotate(Annotation document) {
            throw new IllegalArgumentException("bad text");
          }
        };
    CoreNlpParser parser =
        new CoreNlpParser(
            CoreNlpParser.Options.defaults(),
            failing,
            new StanfordCoreNLP(
                CoreNlpParser.analyserProperties(CoreNlpParser.Options.defaults())));

    AnnotatedArticle parsed = parser.parse(Article.of("t1", "Rebels attacked Homs."));

    assertEquals(List.of(), parsed.sentences());
    assertEquals(
        List.of(
            new Problem(
                "t1", "CoreNLP could not split the text: IllegalArgumentException: bad text")),
        parsed.skipped());
  }

  @Test
  void parsingIsDeterministic() {
    Article article =
        Article.of(
            "t1",
            "Hu Jintao had lunch today with Luiz Inácio Lula da Silva in Brasília. "
                + "The talks, which the ministers had prepared for months, ended without agreement.");

    assertEquals(PARSER.parse(article), PARSER.parse(article));
  }

  @Test
  void oneInstanceServesSeveralThreads() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      articles.add(
          Article.of(
              "a" + i,
              "Rebels attacked "
                  + i
                  + " villages near Homs. "
                  + "The government condemned the attack on Tuesday and promised to respond."));
    }
    List<AnnotatedArticle> sequential = articles.stream().map(PARSER::parse).toList();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnnotatedArticle>> futures = new ArrayList<>();
      for (Article article : articles) {
        futures.add(pool.submit(() -> PARSER.parse(article)));
      }
      for (int i = 0; i < articles.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sharedIsOneInstanceWithDefaultOptions() {
    assertSame(CoreNlpParser.shared(), CoreNlpParser.shared());
    assertEquals(new CoreNlpParser.Options(120, false), CoreNlpParser.shared().options());
  }

  @Test
  void optionsRejectANonPositiveSentenceLimit() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new CoreNlpParser.Options(0, false));
    assertEquals("maxSentenceTokens must be >= 1: 0", e.getMessage());
  }

  // ---------------------------------------------------------------------------------------------

  private static Sentence onlySentence(String text) {
    AnnotatedArticle parsed = PARSER.parse(Article.of("t1", text));
    assertWellFormed(parsed);
    assertEquals(List.of(), parsed.skipped());
    assertEquals(1, parsed.sentences().size(), () -> "sentences of '" + text + "'");
    return parsed.sentences().get(0);
  }

  /** index text lemma upos xpos ner head deprel, one token a line. */
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
                    t.ner(),
                    String.valueOf(t.head()),
                    t.deprel()))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /**
   * The contract of every parse: token text is the article text at the token's offsets, tokens and
   * sentences are in text order, and every sentence is a tree with exactly one root.
   */
  private static void assertWellFormed(AnnotatedArticle parsed) {
    String text = parsed.text();
    int previousEnd = 0;
    int previousIndex = -1;
    for (Sentence sentence : parsed.sentences()) {
      String where = "sentence " + sentence.index();
      assertTrue(sentence.index() > previousIndex, where + " out of order");
      previousIndex = sentence.index();
      assertTrue(sentence.size() > 0, where + " is empty");
      assertEquals(sentence.token(1).begin(), sentence.begin(), where + " begin");
      assertEquals(sentence.token(sentence.size()).end(), sentence.end(), where + " end");
      int roots = 0;
      for (Token token : sentence.tokens()) {
        String at = where + ", token " + token;
        assertTrue(token.begin() >= previousEnd, at + " overlaps the token before");
        previousEnd = token.end();
        assertEquals(text.substring(token.begin(), token.end()), token.text(), at);
        assertTrue(token.head() >= 0 && token.head() <= sentence.size(), at + " head out of range");
        assertEquals(
            token.head() == 0, token.deprel().equals("root"), at + " root/deprel mismatch");
        roots += token.head() == 0 ? 1 : 0;
        assertReachesRoot(sentence, token);
        assertTrue(token.deprel().equals(token.deprel().toLowerCase(java.util.Locale.ROOT)), at);
        assertTrue(!token.upos().equals("_") && !token.xpos().equals("_"), at + " untagged");
      }
      assertEquals(1, roots, where + " roots");
    }
  }

  private static void assertReachesRoot(Sentence sentence, Token token) {
    Token current = token;
    for (int steps = 0; steps <= sentence.size(); steps++) {
      if (current.head() == 0) {
        return;
      }
      current = sentence.headOf(current);
    }
    throw new AssertionError("cycle above token " + token + " in sentence " + sentence.index());
  }
}
