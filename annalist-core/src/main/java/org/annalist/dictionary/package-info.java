/**
 * Dictionaries: actors, agents, verb patterns and discards, in Annalist's own text format ({@code
 * docs/dictionaries.md}), parsed and compiled once into immutable, thread-safe lookups. Multi-word
 * entries are token lists in a trie; lookup is longest match first.
 *
 * <p>Depends on {@code org.annalist.model} and {@code org.annalist.cameo}.
 */
package org.annalist.dictionary;
