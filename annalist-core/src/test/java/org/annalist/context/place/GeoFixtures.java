package org.annalist.context.place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.conllu.ConlluReader;
import org.annalist.model.AnnotatedArticle;

/**
 * CoNLL-U fixtures for the geoparser's disambiguation tests, where only tokens and named-entity
 * tags matter: each sentence is written as words separated by spaces, a word's tag after a slash
 * ({@code Tripoli/LOCATION}); punctuation is its own word. The CoNLL-U has flat heads (every token
 * attached to the first), which the mention finder and disambiguator do not read.
 */
final class GeoFixtures {

  private GeoFixtures() {}

  static String conllu(String... sentences) {
    StringBuilder b = new StringBuilder();
    for (String sentence : sentences) {
      String[] words = sentence.split(" ");
      List<String> forms = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (String w : words) {
        int slash = w.lastIndexOf('/');
        boolean tagged = slash > 0 && w.substring(slash + 1).matches("[A-Z]+");
        forms.add(tagged ? w.substring(0, slash) : w);
        tags.add(tagged ? w.substring(slash + 1) : "O");
      }
      for (int i = 0; i < forms.size(); i++) {
        boolean noSpace = i + 1 < forms.size() && forms.get(i + 1).matches("[.,;:)'’]|'s|’s");
        b.append(i + 1)
            .append('\t')
            .append(forms.get(i))
            .append('\t')
            .append(forms.get(i))
            .append("\t_\t_\t_\t")
            .append(i == 0 ? 0 : 1)
            .append('\t')
            .append(i == 0 ? "root" : "dep")
            .append("\t_\tNER=")
            .append(tags.get(i))
            .append(noSpace ? "|SpaceAfter=No" : "")
            .append('\n');
      }
      b.append('\n');
    }
    return b.toString();
  }

  static AnnotatedArticle article(String... sentences) {
    return ConlluReader.read("test", conllu(sentences), LocalDate.of(2024, 5, 1));
  }
}
