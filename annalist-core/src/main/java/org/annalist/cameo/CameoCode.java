package org.annalist.cameo;

import java.util.Objects;

/**
 * One CAMEO event code with the facts attached to it.
 *
 * @param code two to four digits, e.g. {@code 0874}
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param goldstein Goldstein (1992) conflict–cooperation score, -10 to +10
 * @param name the codebook's name for the code
 */
public record CameoCode(String code, int quadClass, double goldstein, String name) {

  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass must be 1..4: " + quadClass);
    }
  }

  /** The root: the first two digits ({@code 08} for {@code 0874}). */
  public String root() {
    return code.substring(0, 2);
  }
}
