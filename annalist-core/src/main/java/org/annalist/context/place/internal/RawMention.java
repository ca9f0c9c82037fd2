package org.annalist.context.place.internal;

import java.util.List;
import org.annalist.context.place.Gazetteer;

/**
 * A place name found in a sentence, before disambiguation.
 *
 * @param sentenceIndex the sentence
 * @param firstToken 1-based first token
 * @param lastToken 1-based last token
 * @param begin character offset of the first token
 * @param end character offset after the last token
 * @param key the name's lookup key
 * @param candidates the entries it may stand for, best prior first
 * @param dateline whether it is the article's dateline ("WASHINGTON (Reuters) -")
 * @param adm1Cue whether the text around it says it is a state or province ("Washington state",
 *     "the state of Georgia", "Georgia's governor")
 */
public record RawMention(
    int sentenceIndex,
    int firstToken,
    int lastToken,
    int begin,
    int end,
    String key,
    List<Gazetteer.Match> candidates,
    boolean dateline,
    boolean adm1Cue) {

  public RawMention {
    candidates = List.copyOf(candidates);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("a mention needs candidates: " + key);
    }
  }
}
