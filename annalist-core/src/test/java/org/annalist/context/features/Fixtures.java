package org.annalist.context.features;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * Articles for the feature tests without a parser: each sentence is split into words, numbers and
 * punctuation; a word written {@code killed/kill} or {@code killed/kill/VERB} gets that lemma and
 * part of speech (the text keeps only the word). No dependency parse: counts and tone need none.
 */
final class Fixtures {

  private static final Pattern TOKEN =
      Pattern.compile(
          "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\p{L}+(?:[-']\\p{L}+)*|n't|'s|[^\\s/])"
              + "(?:/([^\\s/]+))?(?:/([A-Z]+))?");

  private Fixtures() {}

  static AnnotatedArticle plain(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String s : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int sentenceBegin = text.length();
      List<Token> tokens = new ArrayList<>();
      Matcher m = TOKEN.matcher(s);
      int last = 0;
      while (m.find()) {
        // keep the spacing of the fixture, without the /lemma/UPOS annotations
        if (m.start() > last) {
          text.append(s, last, m.start());
        }
        String word = m.group(1);
        int begin = text.length();
        text.append(word);
        last = m.end();
        tokens.add(
            new Token(
                tokens.size() + 1,
                word,
                m.group(2),
                m.group(3),
                "_",
                "O",
                begin,
                begin + word.length(),
                0,
                "_"));
      }
      out.add(new Sentence(out.size(), sentenceBegin, text.length(), tokens));
    }
    return new AnnotatedArticle(Article.of("test", text.toString()), out);
  }
}
