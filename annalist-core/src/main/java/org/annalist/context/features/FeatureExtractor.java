package org.annalist.context.features;

import java.util.Collection;
import java.util.List;
import org.annalist.coding.CodedEvent;
import org.annalist.model.AnnotatedArticle;

/**
 * The article-features stage: GKG-like persons, organisations, quotations, counts and tone of an
 * annotated article. Implementations are immutable and thread-safe.
 *
 * <p><b>Tone per article and per event.</b> An article's tone is {@link ArticleFeatures#tone()},
 * over all its words. An event's tone in one article is the tone of the sentences that mention it
 * ({@link #toneOf(AnnotatedArticle, Collection)}): for a coded event, its own sentence ({@link
 * #toneOf(AnnotatedArticle, CodedEvent)}), because the rest of a long article is often about other
 * things. An event reported several times (several sentences or articles) gets the {@link
 * Tone#average} of its mentions' tones, each mention counting once as in GDELT's {@code AvgTone}.
 */
public interface FeatureExtractor {

  /** The features of {@code article}, locations left empty for the geoparser. */
  ArticleFeatures extract(AnnotatedArticle article);

  /**
   * The tone of the given sentences taken together, as if they were one text (so longer sentences
   * weigh more). {@link Tone#NONE} for no sentences.
   *
   * @throws IllegalArgumentException when an index is not a sentence of the article
   */
  Tone toneOf(AnnotatedArticle article, Collection<Integer> sentenceIndexes);

  /** The tone of one sentence. */
  default Tone toneOf(AnnotatedArticle article, int sentenceIndex) {
    return toneOf(article, List.of(sentenceIndex));
  }

  /** The tone of an event in the article it was coded from: the tone of its sentence. */
  default Tone toneOf(AnnotatedArticle article, CodedEvent event) {
    if (!event.articleId().equals(article.article().id())) {
      throw new IllegalArgumentException(
          "event "
              + event.id()
              + " is from article "
              + event.articleId()
              + ", not "
              + article.article().id());
    }
    return toneOf(article, event.sentenceIndex());
  }

  /** The extractor with the bundled tone lexicon, built once per JVM. */
  static FeatureExtractor bundled() {
    return PatternFeatureExtractor.bundled();
  }
}
