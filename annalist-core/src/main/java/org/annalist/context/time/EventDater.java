package org.annalist.context.time;

import java.util.Objects;
import org.annalist.model.AnnotatedArticle;

/**
 * Dates events: for an event's verb, the date its own clause gives it (the closest time expression
 * attached to the verb in the dependency tree), else the date of the clause that governs it ("X
 * said on Thursday that Y would ..."), else the date the narrative has reached (the last day an
 * earlier sentence's main clause stated, unless this sentence is in the present tense), else the
 * publication date marked {@link DateBasis#PUBLICATION}. See {@link ArticleDates} for the rules.
 *
 * <p>Tag each article once: {@link #forArticle} runs the {@link TemporalTagger} over every sentence
 * that may hold a time word and returns an immutable object that dates any number of events. The
 * dater itself holds only the (stateless) tagger: thread-safe, build it once.
 */
public final class EventDater {

  private final TemporalTagger tagger;

  public EventDater() {
    this(TemporalTagger.shared());
  }

  public EventDater(TemporalTagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  /**
   * The article's time expressions, tagged once, ready to date its events. The reference date is
   * the publication date; without one, the first full date the text states (a dateline such as
   * "MARCH 31, 2015"), and without that only expressions that name their year are used.
   */
  public ArticleDates forArticle(AnnotatedArticle article) {
    return ArticleDates.of(article, tagger);
  }

  /**
   * The date of one event; tags the whole article, so prefer {@link #forArticle} when dating
   * several events of an article.
   *
   * @param sentenceIndex the event's sentence ({@link org.annalist.model.Sentence#index()})
   * @param verbTokenIndex the event verb's 1-based token index in that sentence
   * @param hypothetical the event has not happened (intent, threat, plan): its own planned date and
   *     deadlines are skipped, and it is dated when the intention was expressed
   * @return the date, or {@code null} only when the article has no publication date and the text
   *     dates nothing
   */
  public EventDate date(
      AnnotatedArticle article, int sentenceIndex, int verbTokenIndex, boolean hypothetical) {
    return forArticle(article).date(sentenceIndex, verbTokenIndex, hypothetical);
  }
}
