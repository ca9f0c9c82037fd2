package org.annalist.context.features;

import java.util.Collection;
import java.util.Objects;

/**
 * The emotional tone of a text, as GDELT's {@code V1.5Tone} field: all seven numbers, in its order.
 * Scores are percentages of the text's words; a word is a token with a letter or a digit in it.
 *
 * <ol>
 *   <li>{@code tone}: positive score minus negative score, -100 to 100 (news mostly -10 to 10)
 *   <li>{@code positiveScore}: percentage of words in the lexicon's positive list
 *   <li>{@code negativeScore}: percentage of words in the lexicon's negative list
 *   <li>{@code polarity}: percentage of words in either list (positive plus negative score): how
 *       charged a text is even when its tone is near zero
 *   <li>{@code activityDensity}: percentage of words that are main verbs (UPOS {@code VERB}); GKG
 *       counts words from an "active" word list, which we approximate by the part of speech
 *   <li>{@code selfGroupDensity}: percentage of words that are personal or possessive pronouns, as
 *       GKG's self/group reference density
 *   <li>{@code wordCount}: the number of words scored
 * </ol>
 *
 * <p>A lexicon word after a negation ("not", "n't", "never", "no", "without") within three words
 * counts for the opposite list: "did not condemn" is not a condemnation. GKG does not do this.
 */
public record Tone(
    double tone,
    double positiveScore,
    double negativeScore,
    double polarity,
    double activityDensity,
    double selfGroupDensity,
    int wordCount) {

  /** The tone of no words at all: every score 0. */
  public static final Tone NONE = new Tone(0, 0, 0, 0, 0, 0, 0);

  private static final double EPSILON = 1e-6;

  public Tone {
    check("positiveScore", positiveScore, 0);
    check("negativeScore", negativeScore, 0);
    check("polarity", polarity, 0);
    check("activityDensity", activityDensity, 0);
    check("selfGroupDensity", selfGroupDensity, 0);
    check("tone", tone, -100);
    if (wordCount < 0) {
      throw new IllegalArgumentException("negative word count " + wordCount);
    }
    if (Math.abs(tone - (positiveScore - negativeScore)) > EPSILON) {
      throw new IllegalArgumentException(
          "tone "
              + tone
              + " is not positive "
              + positiveScore
              + " minus negative "
              + negativeScore);
    }
    if (Math.abs(polarity - (positiveScore + negativeScore)) > EPSILON) {
      throw new IllegalArgumentException(
          "polarity " + polarity + " is not positive " + positiveScore + " plus " + negativeScore);
    }
  }

  /** The tone of {@code wordCount} words of which so many were positive, negative, ... */
  public static Tone of(
      int wordCount, int positiveWords, int negativeWords, int activeWords, int selfGroupWords) {
    if (positiveWords < 0
        || negativeWords < 0
        || activeWords < 0
        || selfGroupWords < 0
        || positiveWords + negativeWords > wordCount
        || activeWords > wordCount
        || selfGroupWords > wordCount) {
      throw new IllegalArgumentException(
          "bad word counts: "
              + wordCount
              + " words, "
              + positiveWords
              + " positive, "
              + negativeWords
              + " negative, "
              + activeWords
              + " active, "
              + selfGroupWords
              + " self/group");
    }
    if (wordCount == 0) {
      return NONE;
    }
    double positive = 100.0 * positiveWords / wordCount;
    double negative = 100.0 * negativeWords / wordCount;
    return new Tone(
        positive - negative,
        positive,
        negative,
        positive + negative,
        100.0 * activeWords / wordCount,
        100.0 * selfGroupWords / wordCount,
        wordCount);
  }

  /**
   * The mean of several tones, each counting once whatever its length, as GDELT's {@code AvgTone}
   * averages the tones of an event's mentions. Tones of no words are left out; the word count is
   * the sum. {@link #NONE} when nothing is left.
   */
  public static Tone average(Collection<Tone> tones) {
    Objects.requireNonNull(tones, "tones");
    int n = 0;
    int words = 0;
    double positive = 0;
    double negative = 0;
    double active = 0;
    double selfGroup = 0;
    for (Tone t : tones) {
      if (t.wordCount == 0) {
        continue;
      }
      n++;
      words += t.wordCount;
      positive += t.positiveScore;
      negative += t.negativeScore;
      active += t.activityDensity;
      selfGroup += t.selfGroupDensity;
    }
    if (n == 0) {
      return NONE;
    }
    positive /= n;
    negative /= n;
    return new Tone(
        positive - negative,
        positive,
        negative,
        positive + negative,
        active / n,
        selfGroup / n,
        words);
  }

  private static void check(String name, double value, double min) {
    if (!(value >= min - EPSILON && value <= 100 + EPSILON)) {
      throw new IllegalArgumentException(name + " out of range: " + value);
    }
  }
}
