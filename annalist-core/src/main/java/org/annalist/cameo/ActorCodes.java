package org.annalist.cameo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The three-letter parts of CAMEO actor codes: countries (ISO 3166-1 alpha-3 with CAMEO's own codes
 * such as {@code KSV}, {@code ROM}), international codes ({@code IGO}), regions ({@code MEA}),
 * roles ({@code GOV}) and religions ({@code MOS}), read once from the bundled {@code countries.tsv}
 * and {@code actor-codes.tsv}. Immutable and thread-safe.
 */
public final class ActorCodes {

  /** What a three-letter part of an actor code stands for. */
  public enum Kind {
    COUNTRY,
    INTERNATIONAL,
    REGION,
    ROLE,
    RELIGION,
    /** A sub-state region or group that follows a country code ({@code TRK} in {@code CYPTRK}). */
    UNIT
  }

  /**
   * A country of the CAMEO country list.
   *
   * @param code the CAMEO code ({@code ROM})
   * @param iso3 the ISO 3166-1 alpha-3 code ({@code ROU}), or {@code null} when there is none
   *     ({@code KSV})
   * @param kind {@code state}, {@code territory} or {@code former}
   * @param name the English short name
   * @param adjectives adjectives and demonyms ({@code Romanian}); empty when none is in common use
   * @param capital the capital, or {@code null} when not listed
   */
  public record Country(
      String code, String iso3, String kind, String name, List<String> adjectives, String capital) {

    public Country {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      adjectives = List.copyOf(adjectives);
      if (!code.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("country code must be three capital letters: " + code);
      }
      if (!List.of("state", "territory", "former").contains(kind)) {
        throw new IllegalArgumentException("country kind must be state, territory or former");
      }
    }

    /** A UN member or observer state, Kosovo or Taiwan. */
    public boolean isState() {
      return kind.equals("state");
    }
  }

  private static final ActorCodes STANDARD = load();

  private final Map<String, Country> countries;
  private final Map<String, Kind> parts;
  private final Map<String, String> descriptions;

  private ActorCodes(
      Map<String, Country> countries, Map<String, Kind> parts, Map<String, String> descriptions) {
    this.countries = Collections.unmodifiableMap(countries);
    this.parts = Collections.unmodifiableMap(parts);
    this.descriptions = Collections.unmodifiableMap(descriptions);
  }

  /** The tables shipped with Annalist. */
  public static ActorCodes standard() {
    return STANDARD;
  }

  /** Every country, in table order: states, then territories, then former states. */
  public List<Country> countries() {
    return List.copyOf(countries.values());
  }

  public Optional<Country> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /**
   * The state an actor code belongs to: its first three letters when they are a state's code
   * ({@code RUSGOV} → {@code RUS}); empty for international, regional and other actors.
   */
  public Optional<String> stateOf(String actorCode) {
    if (actorCode == null || actorCode.length() < 3) {
      return Optional.empty();
    }
    String prefix = actorCode.substring(0, 3);
    return country(prefix).filter(Country::isState).map(c -> prefix);
  }

  /**
   * What a three-letter part stands for; a country code is a {@link Kind#COUNTRY} even where it is
   * also another kind's code ({@code SHN}).
   */
  public Optional<Kind> kindOf(String part) {
    return Optional.ofNullable(parts.get(part));
  }

  /** Whether {@code part} is a role code ({@code GOV}, {@code MIL}, ...). */
  public boolean isRole(String part) {
    return parts.get(part) == Kind.ROLE || descriptions.containsKey("role:" + part);
  }

  /** The table's description of a non-country part ({@code GOV}: government), or empty. */
  public Optional<String> describe(String part) {
    Country c = countries.get(part);
    if (c != null) {
      return Optional.of(c.name());
    }
    return Optional.ofNullable(descriptions.get(part));
  }

  private static ActorCodes load() {
    Map<String, Country> countries = new LinkedHashMap<>();
    Map<String, Kind> parts = new LinkedHashMap<>();
    Map<String, String> descriptions = new LinkedHashMap<>();
    List<Country> read = new ArrayList<>();
    TableResource.rows(
        "countries.tsv",
        6,
        f ->
            read.add(
                new Country(
                    f[0],
                    f[1].equals("-") ? null : f[1],
                    f[2],
                    f[3],
                    f[4].equals("-")
                        ? List.of()
                        : Arrays.stream(f[4].split("\\|")).map(String::strip).toList(),
                    f[5].equals("-") ? null : f[5])));
    for (Country c : read) {
      if (countries.put(c.code(), c) != null) {
        throw new IllegalStateException("countries.tsv: " + c.code() + " is listed twice");
      }
      parts.put(c.code(), Kind.COUNTRY);
    }
    TableResource.rows(
        "actor-codes.tsv",
        3,
        f -> {
          Kind kind = Kind.valueOf(f[0].toUpperCase(java.util.Locale.ROOT));
          parts.putIfAbsent(f[1], kind);
          if (kind == Kind.ROLE) {
            descriptions.put("role:" + f[1], f[2]);
          }
          descriptions.putIfAbsent(f[1], f[2]);
        });
    return new ActorCodes(countries, parts, descriptions);
  }
}
