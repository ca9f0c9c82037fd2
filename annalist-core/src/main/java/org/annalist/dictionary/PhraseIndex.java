package org.annalist.dictionary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases compiled into a word trie for longest-match lookup over {@link TokenKeys}. A
 * dictionary word matches a token's text or lemma. Built once, then immutable and thread-safe.
 *
 * @param <T> what a phrase maps to
 */
public final class PhraseIndex<T> {

  /** A phrase found at tokens {@code [start, end)} (0-based). */
  public record Match<T>(T value, int start, int end) {

    public int length() {
      return end - start;
    }
  }

  private static final class Node<T> {
    private Map<String, Node<T>> next;
    private T value;
  }

  private final Node<T> root = new Node<>();
  private int size;

  /**
   * Adds a phrase given as word keys (see {@link TextNormalizer#words}); returns the value the
   * phrase already had, or {@code null}. Only for building: not thread-safe while adding.
   */
  public T add(List<String> words, T value) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    Node<T> node = root;
    for (String w : words) {
      if (node.next == null) {
        node.next = new HashMap<>(4);
      }
      node = node.next.computeIfAbsent(w, k -> new Node<>());
    }
    T previous = node.value;
    if (previous == null) {
      size++;
      node.value = value;
    }
    return previous;
  }

  public int size() {
    return size;
  }

  /**
   * The longest phrase starting at token {@code from} and ending at or before {@code limit}, or
   * null.
   */
  public Match<T> longestAt(TokenKeys keys, int from, int limit) {
    int[] bestEnd = {-1};
    @SuppressWarnings("unchecked")
    T[] bestValue = (T[]) new Object[1];
    walk(root, keys, from, Math.min(limit, keys.size()), bestEnd, bestValue);
    return bestEnd[0] < 0 ? null : new Match<>(bestValue[0], from, bestEnd[0]);
  }

  /** The value of exactly this phrase (word keys, see {@link TextNormalizer#words}), or null. */
  public T lookup(List<String> words) {
    Node<T> node = root;
    for (String w : words) {
      node = node.next == null ? null : node.next.get(w);
      if (node == null) {
        return null;
      }
    }
    return node.value;
  }

  /** The phrase that covers exactly tokens {@code [from, to)}, or null. */
  public T exactly(TokenKeys keys, int from, int to) {
    int[] bestEnd = {-1};
    @SuppressWarnings("unchecked")
    T[] bestValue = (T[]) new Object[1];
    walk(root, keys, from, to, bestEnd, bestValue);
    return bestEnd[0] == to ? bestValue[0] : null;
  }

  /**
   * The longest phrase of two words or more whose words are tokens among {@code positions}
   * (0-based, ascending), in order, the last word at the last position, where only tokens marked
   * {@code skippable} may stand between its words: ITHILEN TELEVISION in "Ithilen state-run
   * television". The match spans from its first word to the last position. Null when none.
   */
  public Match<T> longestEndingAt(TokenKeys keys, int[] positions, boolean[] skippable) {
    int n = positions.length;
    Match<T> best = null;
    int bestWords = 1;
    for (int first = 0; first < n - 1; first++) {
      Object[] found = new Object[2]; // value, word count
      gapped(root, keys, positions, skippable, first, 0, found);
      if (found[0] != null && (int) found[1] > bestWords) {
        @SuppressWarnings("unchecked")
        T value = (T) found[0];
        bestWords = (int) found[1];
        best = new Match<>(value, positions[first], positions[n - 1] + 1);
      }
    }
    return best;
  }

  private void gapped(
      Node<T> node,
      TokenKeys keys,
      int[] positions,
      boolean[] skippable,
      int j,
      int words,
      Object[] found) {
    int n = positions.length;
    Node<T> next = node.next == null ? null : node.next.get(keys.text(positions[j]));
    String lemma = keys.lemma(positions[j]);
    if (next == null && lemma != null && node.next != null) {
      next = node.next.get(lemma);
    }
    if (next == null) {
      return;
    }
    if (j == n - 1) {
      if (next.value != null && (found[0] == null || (int) found[1] < words + 1)) {
        found[0] = next.value;
        found[1] = words + 1;
      }
      return;
    }
    for (int k = j + 1; k < n; k++) {
      gapped(next, keys, positions, skippable, k, words + 1, found);
      if (!skippable[k]) {
        return;
      }
    }
  }

  private void walk(Node<T> node, TokenKeys keys, int i, int limit, int[] bestEnd, T[] bestValue) {
    if (node.value != null && i > bestEnd[0]) {
      bestEnd[0] = i;
      bestValue[0] = node.value;
    }
    if (node.next == null || i >= limit) {
      return;
    }
    Node<T> n = node.next.get(keys.text(i));
    if (n != null) {
      walk(n, keys, i + 1, limit, bestEnd, bestValue);
    }
    String lemma = keys.lemma(i);
    if (lemma != null) {
      n = node.next.get(lemma);
      if (n != null) {
        walk(n, keys, i + 1, limit, bestEnd, bestValue);
      }
    }
    String joined = keys.hyphenJoined(i);
    if (joined != null && i + 3 <= limit) {
      n = node.next.get(joined);
      if (n != null) {
        walk(n, keys, i + 3, limit, bestEnd, bestValue);
      }
    }
    String chain = keys.hyphenChain(i);
    if (chain != null && keys.hyphenChainEnd(i) <= limit) {
      n = node.next.get(chain);
      if (n != null) {
        walk(n, keys, keys.hyphenChainEnd(i), limit, bestEnd, bestValue);
      }
    }
  }
}
