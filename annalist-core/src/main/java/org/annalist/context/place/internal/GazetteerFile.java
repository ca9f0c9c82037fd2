package org.annalist.context.place.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.annalist.context.place.Gazetteer;
import org.annalist.context.place.Place;

/**
 * A gazetteer file kept as its UTF-8 bytes, with its entries turned into {@link Place}s only when
 * looked up. Loading checks the shape of every line (field count, kind, unique feature ids, unique
 * index keys) and indexes ids and name keys by hashing their bytes; it parses no number and makes
 * no object per entry, which is what keeps the 120,000-entry bundled file quick to load. The rest
 * of an entry (coordinates, population, known country) is checked when the entry is first made; the
 * build checks every entry of the bundled file (GazetteerIndexTest).
 *
 * <p>The name index is the file's {@code K} lines (see {@code org/annalist/geo/README.md}), written
 * by the generator. A file without them (a hand-written one) gets them from {@link NameIndex}, with
 * every entry made and checked at load. Each entry is made at most once, so that a place is the
 * same object whichever name it is found by. Immutable apart from that cache; thread-safe.
 */
public final class GazetteerFile {

  private static final int FIELDS = 11;
  private static final Place.Kind[] KINDS = Place.Kind.values();

  private final byte[] data;
  private final int length;
  private final String source;
  private final int[] rowStart;
  private final int[] rowEnd;
  private final int[] rowLine;
  private final byte[] rowKind;
  private final ByteKeyTable ids;
  private final ByteKeyTable keys;
  private final int maxNameWords;
  private final Map<String, String> countryNames;
  private final Map<String, Integer> adm1Rows;
  private final Map<String, Place> countries;
  private final AtomicReferenceArray<Place> places;

  private GazetteerFile(byte[] data, int length, String source) {
    this.data = data;
    this.length = length;
    this.source = source;
    IntList starts = new IntList();
    IntList ends = new IntList();
    IntList lines = new IntList();
    IntList kinds = new IntList();
    IntList keyStarts = new IntList(); // of each K line: key start, key end, postings start
    Line l = new Line();
    int line = 0;
    for (int pos = 0; pos < length; pos = l.next) {
      line++;
      l.scan(data, pos, length);
      if (l.end == pos || data[pos] == '#') {
        continue;
      }
      if (data[pos] == 'K' && l.firstTab == pos + 1) {
        if (l.tabs != 2 || l.secondTab == l.firstTab + 1 || l.end == l.secondTab + 1) {
          throw error(line, pos, l.end, "expected K, a key and its entries");
        }
        keyStarts.add(l.firstTab + 1);
        keyStarts.add(l.secondTab);
        keyStarts.add(l.secondTab + 1);
        lines.add(line); // parked until the rows are counted
      } else {
        if (l.tabs != FIELDS - 1) {
          throw new IllegalStateException(
              source
                  + ":"
                  + line
                  + ": expected "
                  + FIELDS
                  + " tab-separated fields: "
                  + text(pos, l.end));
        }
        int kind = l.firstTab != pos + 1 ? -1 : "CAP".indexOf(data[pos]);
        if (kind < 0) {
          throw error(line, pos, l.end, "unknown kind " + text(pos, l.firstTab));
        }
        starts.add(pos);
        ends.add(l.end);
        kinds.add(kind);
        lines.add(-line);
      }
    }
    int rows = starts.size;
    this.rowStart = Arrays.copyOf(starts.values, rows);
    this.rowEnd = Arrays.copyOf(ends.values, rows);
    this.rowKind = new byte[rows];
    this.rowLine = new int[rows];
    int[] keyLine = new int[keyStarts.size / 3];
    for (int i = 0, r = 0, k = 0; i < lines.size; i++) {
      if (lines.values[i] < 0) {
        rowLine[r] = -lines.values[i];
        rowKind[r] = (byte) kinds.values[r];
        r++;
      } else {
        keyLine[k++] = lines.values[i];
      }
    }
    this.ids = new ByteKeyTable(data, rows);
    for (int r = 0; r < rows; r++) {
      int idStart = rowStart[r] + 2;
      int idEnd = indexOf('\t', idStart);
      if (ids.putIfAbsent(idStart, idEnd, r) >= 0) {
        throw new IllegalStateException(
            source + ":" + rowLine[r] + ": feature id listed twice: " + text(idStart, idEnd));
      }
    }
    this.keys = new ByteKeyTable(data, keyLine.length);
    int words = 1;
    for (int k = 0; k < keyLine.length; k++) {
      int from = keyStarts.values[3 * k];
      int to = keyStarts.values[3 * k + 1];
      if (keys.putIfAbsent(from, to, keyStarts.values[3 * k + 2]) >= 0) {
        throw new IllegalStateException(
            source + ":" + keyLine[k] + ": key listed twice: " + text(from, to));
      }
      int n = 1;
      for (int i = from; i < to; i++) {
        if (data[i] == ' ') {
          n++;
        }
      }
      words = Math.max(words, n);
    }
    this.maxNameWords = words;
    // Country and ADM1 names: every entry refers to them.
    this.countryNames = new HashMap<>();
    this.adm1Rows = new HashMap<>();
    for (int r = 0; r < rows; r++) {
      if (rowKind[r] == Place.Kind.ADM1.ordinal()) {
        adm1Rows.put(field(r, 3), r);
      } else if (rowKind[r] == Place.Kind.COUNTRY.ordinal()) {
        countryNames.put(field(r, 2), field(r, 4));
      }
    }
    this.places = new AtomicReferenceArray<>(rows);
    Map<String, Place> byIso3 = new HashMap<>();
    for (int r = 0; r < rows; r++) {
      if (rowKind[r] == Place.Kind.COUNTRY.ordinal()) {
        Place country = place(r);
        byIso3.put(country.countryCode(), country);
      }
    }
    this.countries = Collections.unmodifiableMap(byIso3);
  }

  /**
   * Reads the first {@code length} bytes of {@code data} (UTF-8; the array is kept, not copied). A
   * line of the wrong shape fails with {@code source}, its line number and the line.
   */
  public static GazetteerFile parse(byte[] data, int length, String source) {
    GazetteerFile file = new GazetteerFile(data, length, source);
    if (file.keys.size() > 0 || file.rows() == 0) {
      return file;
    }
    byte[] index = NameIndex.lines(file).getBytes(StandardCharsets.UTF_8);
    byte[] indexed = Arrays.copyOf(data, length + 1 + index.length);
    indexed[length] = '\n';
    System.arraycopy(index, 0, indexed, length + 1, index.length);
    return new GazetteerFile(indexed, indexed.length, source);
  }

  /** How many entries the file has. */
  public int rows() {
    return rowStart.length;
  }

  /** The entry on row {@code row} (0 for the first entry), made on first use. */
  public Place place(int row) {
    Place place = places.get(row);
    if (place != null) {
      return place;
    }
    place = makePlace(row);
    Place other = places.compareAndExchange(row, null, place);
    return other == null ? place : other;
  }

  /** The row of the entry with this feature id, or -1. */
  public int row(String featureId) {
    return ids.get(featureId);
  }

  /** The countries by ISO 3166-1 alpha-3 code. */
  public Map<String, Place> countries() {
    return countries;
  }

  /** How many entries of each kind, in {@link Place.Kind} order. */
  public int[] sizes() {
    int[] n = new int[KINDS.length];
    for (byte kind : rowKind) {
      n[kind]++;
    }
    return n;
  }

  /** How many words the longest key has. */
  public int maxNameWords() {
    return maxNameWords;
  }

  /** The entry's name followed by its alternate names, as listed. */
  public List<String> names(int row) {
    List<String> names = new ArrayList<>();
    names.add(field(row, 4));
    String alternates = field(row, 10);
    if (!alternates.isEmpty()) {
      names.addAll(Arrays.asList(alternates.split("\\|")));
    }
    return names;
  }

  /**
   * The matches of a {@link PlaceNames#key(String)}, best first, as the file's index lists them.
   */
  public List<Gazetteer.Match> matches(String key) {
    int at = keys.get(key);
    if (at < 0) {
      return List.of();
    }
    List<Gazetteer.Match> matches = new ArrayList<>(2);
    int row = 0;
    int alternate = 0;
    boolean inAlternate = false;
    for (int i = at; ; i++) {
      byte b = i < length ? data[i] : (byte) '\n';
      if (b >= '0' && b <= '9') {
        if (inAlternate) {
          alternate = alternate * 10 + (b - '0');
        } else {
          row = row * 10 + (b - '0');
        }
      } else if (b == '.') {
        inAlternate = true;
      } else if (b == ',' || b == '\n' || b == '\r') {
        if (row < 0 || row >= rows()) {
          throw new IllegalStateException(
              source + ": key " + key + " lists row " + row + " of " + rows());
        }
        matches.add(match(row, alternate));
        if (b != ',') {
          return List.copyOf(matches);
        }
        row = 0;
        alternate = 0;
        inAlternate = false;
      } else {
        throw new IllegalStateException(source + ": key " + key + " lists a bad entry");
      }
    }
  }

  private Gazetteer.Match match(int row, int alternate) {
    Place place = place(row);
    if (alternate == 0) {
      return new Gazetteer.Match(place, place.name(), false, false);
    }
    String name = names(row).get(alternate);
    boolean upper =
        name.length() <= 6 && name.replace(".", "").chars().allMatch(Character::isUpperCase);
    return new Gazetteer.Match(place, name, true, upper);
  }

  private Place makePlace(int row) {
    try {
      String[] f =
          new String(data, rowStart[row], rowEnd[row] - rowStart[row], StandardCharsets.UTF_8)
              .split("\t", -1);
      String country = countryNames.get(f[2]);
      if (country == null) {
        throw new IllegalArgumentException("unknown country " + f[2]);
      }
      String adm1 = f[3].isEmpty() ? null : f[3];
      Integer adm1Row = adm1 == null ? null : adm1Rows.get(adm1);
      String adm1Name = adm1Row == null ? null : field(adm1Row, 4);
      if (adm1Name == null) {
        adm1 = null; // a GeoNames ADM1 code with no division listed (none of its places kept)
      }
      return new Place(
          f[1],
          f[4],
          KINDS[rowKind[row]],
          f[2],
          country,
          adm1,
          adm1Name,
          Double.parseDouble(f[5]),
          Double.parseDouble(f[6]),
          Long.parseLong(f[7]),
          f[8]);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          source
              + ":"
              + rowLine[row]
              + ": "
              + e.getMessage()
              + ": "
              + text(rowStart[row], rowEnd[row]),
          e);
    }
  }

  private String field(int row, int index) {
    int from = rowStart[row];
    for (int i = 0; i < index; i++) {
      from = indexOf('\t', from) + 1;
    }
    int to = index == FIELDS - 1 ? rowEnd[row] : indexOf('\t', from);
    return text(from, to);
  }

  private int indexOf(int b, int from) {
    int i = from;
    while (data[i] != b) {
      i++;
    }
    return i;
  }

  private String text(int from, int to) {
    return new String(data, from, to - from, StandardCharsets.UTF_8);
  }

  private IllegalStateException error(int line, int from, int to, String message) {
    return new IllegalStateException(source + ":" + line + ": " + message + ": " + text(from, to));
  }

  /**
   * Where a line ends and where its first two tabs are. A small method of its own, called once per
   * line, so that the JIT compiles it early and cheaply (a cold JVM spends most of the load here).
   */
  private static final class Line {
    int end;
    int next;
    int tabs;
    int firstTab;
    int secondTab;

    void scan(byte[] data, int from, int length) {
      int i = from;
      int n = 0;
      int first = -1;
      int second = -1;
      byte b;
      while (i < length && (b = data[i]) != '\n') {
        if (b == '\t') {
          if (n == 0) {
            first = i;
          } else if (n == 1) {
            second = i;
          }
          n++;
        }
        i++;
      }
      next = i + 1;
      end = i > from && data[i - 1] == '\r' ? i - 1 : i;
      tabs = n;
      firstTab = first;
      secondTab = second;
    }
  }

  /** A growable int array, so that the first pass makes no object per line. */
  private static final class IntList {
    int[] values = new int[1024];
    int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }
}
