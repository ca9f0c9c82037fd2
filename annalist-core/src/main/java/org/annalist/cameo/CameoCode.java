package org.annalist.cameo;

import java.util.Objects;

/**
 * One CAMEO event code with the facts attached to it.
 *
 * @param code two to four digits, e.g. {@code 0874}; any other code (validation dictionaries use
 *     {@code 075A} or {@code def}) is {@link #unlisted(String) unlisted}
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict; 0 for an unlisted code
 * @param goldstein Goldstein (1992) conflict–cooperation score, -10 to +10
 * @param name the codebook's name for the code
 */
public record CameoCode(String code, int quadClass, double goldstein, String name) {

  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (code.isBlank() || code.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("bad event code: '" + code + "'");
    }
    if (quadClass < 0 || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass must be 1..4 (0 when unlisted): " + quadClass);
    }
  }

  /**
   * A code outside the CAMEO table, as test dictionaries use ({@code 075A}, {@code def}): QuadClass
   * 0, Goldstein 0.
   */
  public static CameoCode unlisted(String code) {
    return new CameoCode(code, 0, 0, "not a CAMEO code");
  }

  /** Whether the code is in the CAMEO table (not {@link #unlisted(String) unlisted}). */
  public boolean listed() {
    return quadClass > 0;
  }

  /** The root: the first two digits ({@code 08} for {@code 0874}). */
  public String root() {
    return code.length() < 2 ? code : code.substring(0, 2);
  }
}
