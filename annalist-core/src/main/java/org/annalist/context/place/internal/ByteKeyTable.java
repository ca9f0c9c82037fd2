package org.annalist.context.place.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An open-addressing hash table from byte ranges of one shared array of UTF-8 text to int values.
 * Lets the gazetteer look names and ids up in its file's bytes without making a {@code String} and
 * a map node for each of its 300,000 keys at load time. Filled once by its builder and read-only
 * afterwards, so thread-safe once published through a final field.
 */
final class ByteKeyTable {

  private final byte[] data;
  private final int mask;
  private final int[] starts; // key start + 1; 0 marks an empty slot
  private final int[] lengths;
  private final int[] values;
  private int size;

  /** A table for up to {@code expected} keys in {@code data}. */
  ByteKeyTable(byte[] data, int expected) {
    this.data = data;
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    this.mask = capacity - 1;
    this.starts = new int[capacity];
    this.lengths = new int[capacity];
    this.values = new int[capacity];
  }

  /**
   * Adds the key {@code data[start..end)} with {@code value}, unless an equal key is present: then
   * returns that key's value and leaves the table as it was. Returns -1 when added. Build time
   * only.
   */
  int putIfAbsent(int start, int end, int value) {
    int length = end - start;
    int slot = hash(data, start, end) & mask;
    while (starts[slot] != 0) {
      if (lengths[slot] == length
          && Arrays.equals(data, starts[slot] - 1, starts[slot] - 1 + length, data, start, end)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    starts[slot] = start + 1;
    lengths[slot] = length;
    values[slot] = value;
    size++;
    return -1;
  }

  /** How many keys the table holds. */
  int size() {
    return size;
  }

  /** The value of the key spelt by {@code key} (UTF-8 encoded), or -1 when it is absent. */
  int get(String key) {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    int slot = hash(k, 0, k.length) & mask;
    while (starts[slot] != 0) {
      int start = starts[slot] - 1;
      if (lengths[slot] == k.length
          && Arrays.equals(data, start, start + k.length, k, 0, k.length)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private static int hash(byte[] b, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + b[i];
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    return h ^ (h >>> 13);
  }
}
