package org.annalist.context.place;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.annalist.context.place.internal.GazetteerFile;
import org.annalist.context.place.internal.PlaceNames;

/**
 * The embedded GeoNames gazetteer: countries, first-level administrative divisions and populated
 * places of 1,000 inhabitants or more, with their English and Latin-script alternate names (see
 * {@code org/annalist/geo/README.md} for the columns and {@code scripts/gazetteer} for how it is
 * built). Names are looked up by {@link #key(String)}, so that case, diacritics, dots and {@code
 * St.}/{@code Saint} do not matter. The file carries its own name index, written by the generator,
 * so that loading it computes no key and makes no object per entry (see {@link GazetteerFile}).
 * Built once per JVM by {@link #standard()}; immutable (entries are made once, on first lookup) and
 * thread-safe.
 */
public final class Gazetteer {

  /** The bundled gazetteer resource. */
  public static final String RESOURCE = "/org/annalist/geo/places.tsv.gz";

  /**
   * One way a name matches an entry.
   *
   * @param place the entry
   * @param name the gazetteer name that matched (the entry's name or one of its alternates)
   * @param alternate whether {@code name} is an alternate name rather than the entry's own
   * @param upperCaseOnly whether the name is an abbreviation ({@code US}, {@code UAE}) that stands
   *     for the place only when written in capitals
   */
  public record Match(Place place, String name, boolean alternate, boolean upperCaseOnly) {
    public Match {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(name, "name");
    }
  }

  private static final class Holder {
    static final Gazetteer STANDARD = loadStandard();
  }

  private final GazetteerFile file;

  private Gazetteer(GazetteerFile file) {
    this.file = file;
  }

  /** The bundled gazetteer, read on first use (a few hundred milliseconds). */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  /**
   * Reads a gazetteer in the bundled format (gzip-compressed when {@code gzipped}). A line of the
   * wrong shape fails with its line number and the line. A file with a name index ({@code K} lines,
   * as the generator writes) is indexed as listed and its entries are made when first looked up; a
   * file without one is indexed here, every entry made and checked at once.
   */
  public static Gazetteer read(InputStream in, boolean gzipped, String sourceName) {
    try {
      byte[] stored = in.readAllBytes();
      byte[] text;
      if (gzipped) {
        // The gzip trailer gives the text's size (modulo 4 GiB): inflate into an array of that size
        // rather than growing and copying one.
        int n = stored.length;
        int size =
            n < 18
                ? 0
                : (stored[n - 4] & 0xff)
                    | (stored[n - 3] & 0xff) << 8
                    | (stored[n - 2] & 0xff) << 16
                    | (stored[n - 1] & 0xff) << 24;
        text = readFully(new GZIPInputStream(new ByteArrayInputStream(stored), 1 << 16), size);
      } else {
        text = stored;
      }
      return new Gazetteer(GazetteerFile.parse(text, text.length, sourceName));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + sourceName, e);
    }
  }

  /** All of {@code in}, in an array of exactly its length; {@code sizeHint} may be wrong. */
  private static byte[] readFully(InputStream in, int sizeHint) throws IOException {
    byte[] data = new byte[sizeHint > 0 && sizeHint < (1 << 30) ? sizeHint : 1 << 20];
    int length = 0;
    while (true) {
      if (length == data.length) {
        int b = in.read();
        if (b < 0) {
          return data;
        }
        data = Arrays.copyOf(data, data.length * 2);
        data[length++] = (byte) b;
      }
      int n = in.read(data, length, data.length - length);
      if (n < 0) {
        return Arrays.copyOf(data, length);
      }
      length += n;
    }
  }

  private static Gazetteer loadStandard() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in, true, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The lookup key of a name (see {@link PlaceNames}): {@code "St. Étienne"} -> {@code "saint
   * etienne"}.
   */
  public static String key(String name) {
    return PlaceNames.key(name);
  }

  /**
   * Every entry the name may stand for: countries first, then divisions, then places; entries
   * matched by their own name before those matched by an alternate; larger population first.
   */
  public List<Place> candidates(String name) {
    return matches(name).stream().map(Match::place).toList();
  }

  /** Like {@link #candidates(String)}, with the name each entry matched by. */
  public List<Match> matches(String name) {
    return file.matches(PlaceNames.key(name));
  }

  /** The matches of an already normalised {@link #key(String)}. */
  public List<Match> matchesOfKey(String key) {
    return file.matches(key);
  }

  /** The country with this ISO 3166-1 alpha-3 code ({@code XKX} for Kosovo). */
  public Optional<Place> country(String iso3) {
    return Optional.ofNullable(file.countries().get(iso3));
  }

  /** The entry with this feature id (see {@link Place#featureId()}). */
  public Optional<Place> byId(String featureId) {
    int row = file.row(featureId);
    return row < 0 ? Optional.empty() : Optional.of(file.place(row));
  }

  /** How many entries the gazetteer has. */
  public int size() {
    return file.rows();
  }

  /** How many entries of each kind, in {@link Place.Kind} order. */
  public int[] sizes() {
    return file.sizes();
  }

  /** How many words the longest name key has: the longest span a mention finder must try. */
  public int maxNameWords() {
    return file.maxNameWords();
  }
}
