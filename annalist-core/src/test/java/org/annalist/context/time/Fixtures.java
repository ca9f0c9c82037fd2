package org.annalist.context.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.conllu.ConlluReader;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/** Sentences for the time tests: space-separated tokens without a parse, or CoNLL-U. */
final class Fixtures {

  /** Thursday: "on Thursday" is this very day, "last week" 2017-11-20..26. */
  static final LocalDate THURSDAY_2017_11_30 = LocalDate.of(2017, 11, 30);

  private Fixtures() {}

  /** A sentence of space-separated tokens, unparsed (every token a root, no tags). */
  static Sentence plain(String text) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    int index = 1;
    for (String word : text.split(" ")) {
      tokens.add(new Token(index++, word, null, null, null, null, at, at + word.length(), 0, null));
      at += word.length() + 1;
    }
    return new Sentence(0, 0, text.length(), tokens);
  }

  static AnnotatedArticle conllu(String conllu, LocalDate date) {
    return ConlluReader.read("test", conllu, date);
  }
}
