package org.annalist.context.place;

import java.util.Objects;

/**
 * One gazetteer entry: a country, a first-level administrative division or a populated place, with
 * the GDELT-style geography an event or actor is given.
 *
 * @param featureId the entry's id: the GeoNames id of a populated place ({@code 491422}), the
 *     GeoNames admin1 code of a division ({@code RU.38}), the ISO 3166-1 alpha-2 code of a country
 *     ({@code RU})
 * @param name the English (or GeoNames main) name
 * @param kind country, first-level division or city
 * @param countryCode ISO 3166-1 alpha-3 code ({@code XKX} for Kosovo)
 * @param countryName the country's English short name ({@code Russia})
 * @param adm1Code the GeoNames admin1 code {@code CC.XX} of the division the place is in (its own
 *     code for a division), or {@code null} for countries and places without one
 * @param adm1Name the division's name, or {@code null} when there is no division
 * @param latitude decimal degrees
 * @param longitude decimal degrees
 * @param population inhabitants (for countries and divisions, the sum over the gazetteer's places:
 *     a lower bound)
 * @param featureCode GeoNames feature code: {@code PCLI} for countries, {@code ADM1}, or a
 *     populated-place code such as {@code PPLC} (capital), {@code PPLA} (seat of a division),
 *     {@code PPL}
 */
public record Place(
    String featureId,
    String name,
    Kind kind,
    String countryCode,
    String countryName,
    String adm1Code,
    String adm1Name,
    double latitude,
    double longitude,
    long population,
    String featureCode) {

  /** What sort of place an entry is; GDELT's geography types 1 (country), 2/3 (ADM1), 4 (city). */
  public enum Kind {
    COUNTRY,
    ADM1,
    CITY
  }

  public Place {
    Objects.requireNonNull(featureId, "featureId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(countryName, "countryName");
    Objects.requireNonNull(featureCode, "featureCode");
    if (!isIso3(countryCode)) {
      throw new IllegalArgumentException(
          "country code must be ISO 3166-1 alpha-3: " + countryCode + " for " + name);
    }
    if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "coordinates out of range: " + latitude + "," + longitude + " for " + name);
    }
    if (population < 0) {
      throw new IllegalArgumentException("population must be >= 0: " + population);
    }
    if (kind == Kind.COUNTRY && (adm1Code != null || adm1Name != null)) {
      throw new IllegalArgumentException("a country has no ADM1: " + name);
    }
  }

  private static boolean isIso3(String code) {
    return code != null && code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /**
   * GDELT's full name: {@code Sochi, Krasnodar Krai, Russia}; {@code Texas, United States}; {@code
   * Russia}.
   */
  public String fullName() {
    return switch (kind) {
      case COUNTRY -> name;
      case ADM1 -> name + ", " + countryName;
      case CITY ->
          adm1Name == null || adm1Name.equals(name)
              ? name + ", " + countryName
              : name + ", " + adm1Name + ", " + countryName;
    };
  }

  /** Whether this is a country's capital (GeoNames {@code PPLC}). */
  public boolean isCapital() {
    return featureCode.equals("PPLC");
  }

  /** Great-circle distance to another point, in kilometres (haversine, mean Earth radius). */
  public double distanceKm(double lat, double lon) {
    double p1 = Math.toRadians(latitude);
    double p2 = Math.toRadians(lat);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon - longitude);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
