package org.annalist.context.features.internal;

import java.util.Set;
import org.annalist.context.features.Tone;
import org.annalist.context.features.ToneLexicon;
import org.annalist.context.features.ToneLexicon.Polarity;
import org.annalist.dictionary.TextNormalizer;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * Counts the words of sentences for {@link Tone}: words, positive and negative lexicon words (a
 * word's lemma first, then its form), main verbs and personal pronouns. A lexicon word within three
 * words after a negation counts for the other list. Not thread-safe: one per call.
 */
public final class ToneCounter {

  private static final Set<String> NEGATIONS =
      Set.of("not", "n't", "never", "no", "without", "nor", "cannot");
  private static final int NEGATION_REACH = 3;
  private static final Set<String> SELF_GROUP =
      Set.of(
          "i",
          "me",
          "my",
          "mine",
          "myself",
          "we",
          "us",
          "our",
          "ours",
          "ourselves",
          "you",
          "your",
          "yours",
          "yourself",
          "yourselves",
          "he",
          "him",
          "his",
          "himself",
          "she",
          "her",
          "hers",
          "herself",
          "they",
          "them",
          "their",
          "theirs",
          "themselves");

  private final ToneLexicon lexicon;
  private int words;
  private int positive;
  private int negative;
  private int active;
  private int selfGroup;

  public ToneCounter(ToneLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Adds the words of one sentence. */
  public void add(Sentence sentence) {
    int sinceNegation = Integer.MAX_VALUE;
    for (Token t : sentence.tokens()) {
      if (!isWord(t.text())) {
        continue;
      }
      words++;
      String form = TextNormalizer.key(t.text());
      if (NEGATIONS.contains(form)) {
        sinceNegation = 0;
        continue;
      }
      if (sinceNegation != Integer.MAX_VALUE) {
        sinceNegation++;
      }
      boolean negated = sinceNegation <= NEGATION_REACH;
      Polarity p = lexicon.polarity(t.lemma());
      if (p == null) {
        p = lexicon.polarity(t.text());
      }
      if (p != null) {
        if ((p == Polarity.POSITIVE) != negated) {
          positive++;
        } else {
          negative++;
        }
      }
      if (t.upos().equals("VERB") || (t.upos().equals("_") && t.xpos().startsWith("VB"))) {
        active++;
      }
      if (SELF_GROUP.contains(form)) {
        selfGroup++;
      }
    }
  }

  public Tone tone() {
    return Tone.of(words, positive, negative, active, selfGroup);
  }

  /** A token with a letter or a digit in it. */
  static boolean isWord(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
