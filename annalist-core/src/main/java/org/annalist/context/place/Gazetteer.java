package org.annalist.context.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.annalist.context.place.internal.PlaceNames;

/**
 * The embedded GeoNames gazetteer: countries, first-level administrative divisions and populated
 * places of 1,000 inhabitants or more, with their English and Latin-script alternate names (see
 * {@code org/annalist/geo/README.md} for the columns and {@code scripts/gazetteer} for how it is
 * built). Names are looked up by {@link #key(String)}, so that case, diacritics, dots and {@code
 * St.}/{@code Saint} do not matter. Built once per JVM by {@link #standard()}; immutable and
 * thread-safe.
 */
public final class Gazetteer {

  /** The bundled gazetteer resource. */
  public static final String RESOURCE = "/org/annalist/geo/places.tsv.gz";

  private static final int FIELDS = 11;

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

  private static final Comparator<Match> ORDER =
      Comparator.<Match>comparingInt(m -> m.place().kind().ordinal())
          .thenComparing(Match::alternate)
          .thenComparing(m -> -m.place().population())
          .thenComparing(m -> m.place().featureId());

  private final Map<String, List<Match>> byKey;
  private final Map<String, Place> countries;
  private final Map<String, Place> byId;
  private final int maxNameWords;

  private Gazetteer(
      Map<String, List<Match>> byKey, Map<String, Place> countries, Map<String, Place> byId) {
    this.byKey = byKey;
    this.countries = Collections.unmodifiableMap(countries);
    this.byId = Collections.unmodifiableMap(byId);
    int words = 1;
    for (String k : byKey.keySet()) {
      words = Math.max(words, (int) k.chars().filter(c -> c == ' ').count() + 1);
    }
    this.maxNameWords = words;
  }

  /** The bundled gazetteer, read on first use (about a second). */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  /**
   * Reads a gazetteer in the bundled format (gzip-compressed when {@code gzipped}). A bad line
   * fails with its line number and the line.
   */
  public static Gazetteer read(InputStream in, boolean gzipped, String sourceName) {
    try {
      InputStream raw = gzipped ? new GZIPInputStream(in, 1 << 16) : in;
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
      List<String[]> rows = new ArrayList<>(130_000);
      List<Integer> lineNumbers = new ArrayList<>(130_000);
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS) {
          throw new IllegalStateException(
              sourceName
                  + ":"
                  + lineNo
                  + ": expected "
                  + FIELDS
                  + " tab-separated fields: "
                  + line);
        }
        rows.add(f);
        lineNumbers.add(lineNo);
      }
      return build(rows, lineNumbers, sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + sourceName, e);
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

  private static Gazetteer build(List<String[]> rows, List<Integer> lineNumbers, String source) {
    // Country and ADM1 names first: places refer to them.
    Map<String, String> countryNames = new HashMap<>();
    Map<String, String> adm1Names = new HashMap<>();
    for (String[] f : rows) {
      if (f[0].equals("C")) {
        countryNames.put(f[2], f[4]);
      } else if (f[0].equals("A")) {
        adm1Names.put(f[3], f[4]);
      }
    }
    Map<String, List<Match>> byKey = new HashMap<>(1 << 20);
    Map<String, Place> countries = new HashMap<>();
    Map<String, Place> byId = new HashMap<>(rows.size() * 2);
    for (int r = 0; r < rows.size(); r++) {
      String[] f = rows.get(r);
      Place place;
      try {
        place = place(f, countryNames, adm1Names);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            source + ":" + lineNumbers.get(r) + ": " + e.getMessage() + ": " + String.join("\t", f),
            e);
      }
      if (byId.put(place.featureId(), place) != null) {
        throw new IllegalStateException(
            source + ":" + lineNumbers.get(r) + ": feature id listed twice: " + place.featureId());
      }
      if (place.kind() == Place.Kind.COUNTRY) {
        countries.put(place.countryCode(), place);
      }
      index(byKey, place, place.name(), false);
      if (!f[10].isEmpty()) {
        for (String alt : f[10].split("\\|")) {
          index(byKey, place, alt, true);
        }
      }
    }
    for (Map.Entry<String, List<Match>> e : byKey.entrySet()) {
      List<Match> list = e.getValue();
      list.sort(ORDER);
      e.setValue(List.copyOf(list));
    }
    return new Gazetteer(byKey, countries, byId);
  }

  private static void index(
      Map<String, List<Match>> byKey, Place place, String name, boolean alternate) {
    String key = PlaceNames.key(name);
    if (key.isEmpty()) {
      return;
    }
    List<Match> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
    for (Match m : list) {
      if (m.place() == place) {
        return; // same place under an equivalent spelling
      }
    }
    boolean upper =
        name.length() <= 6 && name.replace(".", "").chars().allMatch(Character::isUpperCase);
    list.add(new Match(place, name, alternate, upper && alternate));
  }

  private static Place place(
      String[] f, Map<String, String> countryNames, Map<String, String> adm1Names) {
    Place.Kind kind =
        switch (f[0]) {
          case "C" -> Place.Kind.COUNTRY;
          case "A" -> Place.Kind.ADM1;
          case "P" -> Place.Kind.CITY;
          default -> throw new IllegalArgumentException("unknown kind " + f[0]);
        };
    String country = countryNames.get(f[2]);
    if (country == null) {
      throw new IllegalArgumentException("unknown country " + f[2]);
    }
    String adm1 = f[3].isEmpty() ? null : f[3];
    String adm1Name = adm1 == null ? null : adm1Names.get(adm1);
    if (adm1Name == null) {
      adm1 = null; // a GeoNames ADM1 code with no division listed (none of its places kept)
    }
    return new Place(
        f[1],
        f[4],
        kind,
        f[2],
        country,
        adm1,
        adm1Name,
        Double.parseDouble(f[5]),
        Double.parseDouble(f[6]),
        Long.parseLong(f[7]),
        f[8]);
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
    return byKey.getOrDefault(PlaceNames.key(name), List.of());
  }

  /** The matches of an already normalised {@link #key(String)}. */
  public List<Match> matchesOfKey(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** The country with this ISO 3166-1 alpha-3 code ({@code XKX} for Kosovo). */
  public Optional<Place> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3));
  }

  /** The entry with this feature id (see {@link Place#featureId()}). */
  public Optional<Place> byId(String featureId) {
    return Optional.ofNullable(byId.get(featureId));
  }

  /** How many entries the gazetteer has. */
  public int size() {
    return byId.size();
  }

  /** How many entries of each kind, in {@link Place.Kind} order. */
  public int[] sizes() {
    int[] n = new int[Place.Kind.values().length];
    for (Place p : byId.values()) {
      n[p.kind().ordinal()]++;
    }
    return Arrays.copyOf(n, n.length);
  }

  /** How many words the longest name key has: the longest span a mention finder must try. */
  public int maxNameWords() {
    return maxNameWords;
  }
}
