package org.annalist.coding.internal;

import java.util.List;
import org.annalist.dictionary.PatternElement.Words;
import org.annalist.dictionary.PhraseSet;
import org.annalist.model.Token;

/**
 * Matches {@link Words} (TABARI-style word groups) against the sentence around a verb: groups in
 * order, each group's words consecutive, gaps between groups; the group nearest the verb touches it
 * when the element says so. Stateless.
 */
final class WordSequence {

  private WordSequence() {}

  /** The number of words matched, 0 when the words are not there. */
  static int match(SentenceGraph g, Token verb, Words w) {
    int v = verb.index() - 1; // 0-based
    return w.before() ? before(g, v, w) : after(g, v, w);
  }

  private static int after(SentenceGraph g, int v, Words w) {
    int pos = v + 1;
    int matched = 0;
    List<PhraseSet> groups = w.groups();
    for (int k = 0; k < groups.size(); k++) {
      boolean mustTouch = k == 0 && w.adjacent();
      int found = -1;
      int len = 0;
      for (int i = pos; i < g.keys().size() && found < 0; i++) {
        len = groupAt(g, groups.get(k), i);
        if (len > 0) {
          found = i;
        } else if (mustTouch) {
          break;
        }
      }
      if (found < 0) {
        return 0;
      }
      matched += len;
      pos = found + len;
    }
    return matched;
  }

  private static int before(SentenceGraph g, int v, Words w) {
    int end = v; // exclusive
    int matched = 0;
    List<PhraseSet> groups = w.groups();
    for (int k = groups.size() - 1; k >= 0; k--) {
      boolean mustTouch = k == groups.size() - 1 && w.adjacent();
      int found = -1;
      int len = 0;
      for (int i = end - 1; i >= 0 && found < 0; i--) {
        len = groupEndingAt(g, groups.get(k), i, end);
        if (len > 0) {
          found = i - len + 1;
        } else if (mustTouch) {
          break;
        }
      }
      if (found < 0) {
        return 0;
      }
      matched += len;
      end = found;
    }
    return matched;
  }

  /** Length of the longest alternative starting at token {@code i}, 0 when none. */
  private static int groupAt(SentenceGraph g, PhraseSet set, int i) {
    int best = 0;
    for (List<String> phrase : set.phrases()) {
      if (phrase.size() > best && matchesAt(g, phrase, i)) {
        best = phrase.size();
      }
    }
    return best;
  }

  /** Length of the longest alternative ending at token {@code i} (before {@code limit}). */
  private static int groupEndingAt(SentenceGraph g, PhraseSet set, int i, int limit) {
    int best = 0;
    for (List<String> phrase : set.phrases()) {
      int start = i - phrase.size() + 1;
      if (phrase.size() > best && start >= 0 && i < limit && matchesAt(g, phrase, start)) {
        best = phrase.size();
      }
    }
    return best;
  }

  private static boolean matchesAt(SentenceGraph g, List<String> phrase, int start) {
    if (start + phrase.size() > g.keys().size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!g.keys().is(start + k, phrase.get(k))) {
        return false;
      }
    }
    return true;
  }
}
