package org.annalist.output;

import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * The document model as CoNLL-U (with {@code # text}, and {@code NER=} and {@code SpaceAfter=No} in
 * MISC), readable back by {@link org.annalist.conllu.ConlluReader}.
 */
public final class ConlluWriter {

  private ConlluWriter() {}

  public static String write(AnnotatedArticle article) {
    StringBuilder b = new StringBuilder();
    String text = article.text();
    b.append("# newdoc id = ").append(article.article().id()).append('\n');
    for (Sentence s : article.sentences()) {
      b.append("# sent_id = ").append(s.index()).append('\n');
      b.append("# text = ").append(s.text(text).replace('\n', ' ')).append('\n');
      for (int i = 0; i < s.size(); i++) {
        Token t = s.tokens().get(i);
        StringBuilder misc = new StringBuilder();
        if (!t.ner().equals("O")) {
          misc.append("NER=").append(t.ner());
        }
        if (i + 1 < s.size() && s.tokens().get(i + 1).begin() == t.end()) {
          misc.append(misc.length() > 0 ? "|" : "").append("SpaceAfter=No");
        }
        b.append(t.index())
            .append('\t')
            .append(field(t.text()))
            .append('\t')
            .append(field(t.lemma()))
            .append('\t')
            .append(t.upos())
            .append('\t')
            .append(t.xpos())
            .append("\t_\t")
            .append(t.head())
            .append('\t')
            .append(t.deprel())
            .append("\t_\t")
            .append(misc.length() == 0 ? "_" : misc)
            .append('\n');
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String field(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }
}
