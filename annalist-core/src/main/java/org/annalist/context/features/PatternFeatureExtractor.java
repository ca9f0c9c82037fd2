package org.annalist.context.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.annalist.context.features.internal.CountFinder;
import org.annalist.context.features.internal.Entities;
import org.annalist.context.features.internal.QuotationFinder;
import org.annalist.context.features.internal.ToneCounter;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;

/**
 * The {@link FeatureExtractor} of token patterns and a tone lexicon: persons and organisations from
 * the NER tags, merged by name; quotations from the quotation marks in the text, speakers from
 * saying verbs and their subjects; counts from number-and-verb patterns on word forms; tone from
 * the {@link ToneLexicon}. See the {@code internal} classes for the exact rules. Linear in the
 * length of the article, no CoreNLP. Immutable and thread-safe: build once ({@link #bundled()}) and
 * share.
 */
public final class PatternFeatureExtractor implements FeatureExtractor {

  private final ToneLexicon lexicon;

  public PatternFeatureExtractor(ToneLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The extractor with {@link ToneLexicon#bundled()}, one per JVM. */
  public static PatternFeatureExtractor bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final PatternFeatureExtractor INSTANCE =
        new PatternFeatureExtractor(ToneLexicon.bundled());
  }

  @Override
  public ArticleFeatures extract(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    Entities entities = Entities.of(article);
    List<Quotation> quotations = QuotationFinder.find(article, entities);
    List<CountMention> counts = new ArrayList<>();
    ToneCounter tone = new ToneCounter(lexicon);
    for (Sentence s : article.sentences()) {
      counts.addAll(CountFinder.find(s, article.text()));
      tone.add(s);
    }
    return new ArticleFeatures(
        article.article().id(),
        entities.persons(),
        entities.organizations(),
        List.of(),
        quotations,
        counts,
        tone.tone());
  }

  @Override
  public Tone toneOf(AnnotatedArticle article, Collection<Integer> sentenceIndexes) {
    Objects.requireNonNull(article, "article");
    List<Sentence> sentences = article.sentences();
    ToneCounter tone = new ToneCounter(lexicon);
    for (int index : sentenceIndexes) {
      Sentence s = index >= 0 && index < sentences.size() ? sentences.get(index) : null;
      if (s == null || s.index() != index) {
        s = sentences.stream().filter(x -> x.index() == index).findFirst().orElse(null);
      }
      if (s == null) {
        throw new IllegalArgumentException(
            "article " + article.article().id() + " has no sentence " + index);
      }
      tone.add(s);
    }
    return tone.tone();
  }

  @Override
  public String toString() {
    return "PatternFeatureExtractor[" + lexicon + "]";
  }
}
