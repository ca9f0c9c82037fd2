package org.annalist.conllu;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * Builds the document model from CoNLL-U, so that coding can run on given parses without an NLP
 * pipeline. The article text is the sentences' {@code # text =} lines (or their tokens, spaced as
 * {@code SpaceAfter=No} says) joined by a space; token offsets point into it. A named-entity tag is
 * read from {@code NER=} in the MISC column when present. Multi-word token ranges and empty nodes
 * are ignored. Stateless and thread-safe.
 */
public final class ConlluReader {

  private ConlluReader() {}

  /** Reads CoNLL-U as one article. */
  public static AnnotatedArticle read(String articleId, String conllu, LocalDate publicationDate) {
    List<List<String[]>> blocks = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    String text = null;
    int lineNo = 0;
    for (String line : conllu.split("\r?\n", -1)) {
      lineNo++;
      String l = line.strip();
      if (l.isEmpty()) {
        if (!rows.isEmpty()) {
          blocks.add(rows);
          texts.add(text);
        }
        rows = new ArrayList<>();
        text = null;
      } else if (l.startsWith("#")) {
        if (l.startsWith("# text =")) {
          text = l.substring("# text =".length()).strip();
        }
      } else {
        String[] f = line.strip().split("\t");
        if (f.length < 8) {
          f = l.split("\\s+");
        }
        if (f.length < 8) {
          throw new IllegalArgumentException(
              "CoNLL-U line " + lineNo + ": expected 10 columns: " + l);
        }
        if (f[0].contains("-") || f[0].contains(".")) {
          continue;
        }
        rows.add(f);
      }
    }
    if (!rows.isEmpty()) {
      blocks.add(rows);
      texts.add(text);
    }

    StringBuilder articleText = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (int s = 0; s < blocks.size(); s++) {
      List<String[]> block = blocks.get(s);
      if (articleText.length() > 0) {
        articleText.append(' ');
      }
      int sentenceBegin = articleText.length();
      String sentenceText = texts.get(s);
      int[] begins = new int[block.size()];
      if (sentenceText != null && offsetsIn(sentenceText, block, begins)) {
        articleText.append(sentenceText);
      } else {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < block.size(); i++) {
          String[] f = block.get(i);
          begins[i] = b.length();
          b.append(f[1]);
          boolean noSpace = f.length > 9 && f[9].contains("SpaceAfter=No");
          if (i + 1 < block.size() && !noSpace) {
            b.append(' ');
          }
        }
        articleText.append(b);
      }
      List<Token> tokens = new ArrayList<>(block.size());
      for (int i = 0; i < block.size(); i++) {
        String[] f = block.get(i);
        int index = parseInt(f[0], "id", f);
        if (index != i + 1) {
          throw new IllegalArgumentException(
              "CoNLL-U sentence " + (s + 1) + ": token ids must run 1, 2, 3...: " + f[0]);
        }
        int begin = sentenceBegin + begins[i];
        tokens.add(
            new Token(
                index,
                f[1],
                f[2],
                f[3],
                f[4],
                ner(f),
                begin,
                begin + f[1].length(),
                parseInt(f[6], "head", f),
                f[7]));
      }
      sentences.add(new Sentence(s, sentenceBegin, articleText.length(), tokens));
    }
    Article article =
        new Article(articleId, articleText.toString(), publicationDate, null, null, null);
    return new AnnotatedArticle(article, sentences);
  }

  private static boolean offsetsIn(String sentenceText, List<String[]> block, int[] begins) {
    int pos = 0;
    for (int i = 0; i < block.size(); i++) {
      String form = block.get(i)[1];
      int at = sentenceText.indexOf(form, pos);
      if (at < 0 || !sentenceText.substring(pos, at).isBlank()) {
        return false;
      }
      begins[i] = at;
      pos = at + form.length();
    }
    return true;
  }

  private static String ner(String[] f) {
    if (f.length > 9) {
      for (String item : f[9].split("\\|")) {
        if (item.startsWith("NER=")) {
          return item.substring(4);
        }
      }
    }
    return "O";
  }

  private static int parseInt(String s, String what, String[] f) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "CoNLL-U: bad " + what + " '" + s + "' in: " + String.join("\t", f));
    }
  }
}
