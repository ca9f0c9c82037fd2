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
  }
}
