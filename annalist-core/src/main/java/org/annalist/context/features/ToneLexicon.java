package org.annalist.context.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.annalist.dictionary.DictionaryException;
import org.annalist.dictionary.TextNormalizer;

/**
 * Positive and negative words for {@link Tone}: lemmas, one a line, under a {@code [positive]} or
 * {@code [negative]} section line; {@code #} starts a comment. Entries and article words go through
 * {@link TextNormalizer#key}. A word is in one list only; a bad or repeated line fails loading with
 * the file, line number and line.
 *
 * <p>The bundled lexicon ({@code /org/annalist/features/tone-lexicon.txt}) was written for
 * Annalist, news oriented (conflict, diplomacy, economy), and ships under the project's licence; it
 * is not derived from AFINN, the Harvard IV dictionary, LIWC or VADER. Immutable and thread-safe;
 * {@link #bundled()} loads it once per JVM.
 */
public final class ToneLexicon {

  /** Which list a word is in. */
  public enum Polarity {
    POSITIVE,
    NEGATIVE
  }

  static final String BUNDLED = "/org/annalist/features/tone-lexicon.txt";

  private final String origin;
  private final Map<String, Polarity> words;

  private ToneLexicon(String origin, Map<String, Polarity> words) {
    this.origin = origin;
    this.words = Map.copyOf(words);
  }

  /** The lexicon shipped with Annalist, loaded on first use. */
  public static ToneLexicon bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final ToneLexicon INSTANCE = loadResource();

    private static ToneLexicon loadResource() {
      try (InputStream in = ToneLexicon.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new DictionaryException(BUNDLED, "resource not found");
        }
        return read(BUNDLED, new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BUNDLED, e);
      }
    }
  }

  /**
   * Reads a lexicon.
   *
   * @param origin the file name to put in error messages
   * @throws DictionaryException naming file, line and text of the first bad line
   */
  public static ToneLexicon read(String origin, Reader reader) {
    Objects.requireNonNull(origin, "origin");
    Map<String, Polarity> words = new HashMap<>();
    Polarity section = null;
    int lineNo = 0;
    try {
      BufferedReader in = new BufferedReader(reader);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        int hash = line.indexOf('#');
        String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (entry.isEmpty()) {
          continue;
        }
        if (entry.startsWith("[")) {
          section =
              switch (entry.toLowerCase(Locale.ROOT)) {
                case "[positive]" -> Polarity.POSITIVE;
                case "[negative]" -> Polarity.NEGATIVE;
                default ->
                    throw new DictionaryException(
                        origin, lineNo, line, "unknown section, expected [positive] or [negative]");
              };
          continue;
        }
        if (section == null) {
          throw new DictionaryException(origin, lineNo, line, "word before any section");
        }
        if (!entry.matches("[\\p{L}][\\p{L}'-]*")) {
          throw new DictionaryException(origin, lineNo, line, "not a single word");
        }
        String key = TextNormalizer.key(entry);
        Polarity before = words.putIfAbsent(key, section);
        if (before != null) {
          throw new DictionaryException(
              origin, lineNo, line, "already listed as " + before.name().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + origin, e);
    }
    return new ToneLexicon(origin, words);
  }

  /** The list {@code word} is in, or {@code null}; the word is normalised first. */
  public Polarity polarity(String word) {
    return words.get(TextNormalizer.key(word));
  }

  /** Number of words in the list. */
  public int size(Polarity polarity) {
    return (int) words.values().stream().filter(p -> p == polarity).count();
  }

  public String origin() {
    return origin;
  }

  @Override
  public String toString() {
    return "ToneLexicon[" + origin + ", " + words.size() + " words]";
  }
}
