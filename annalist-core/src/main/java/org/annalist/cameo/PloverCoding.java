package org.annalist.cameo;

import java.util.List;
import java.util.Objects;

/**
 * The PLOVER coding of one CAMEO event code, from the CAMEO-to-PLOVER table ({@link
 * PloverMapping}).
 *
 * @param cameo the CAMEO code coded
 * @param row the table row that gave the coding: the code itself, else its nearest listed parent
 *     ({@code 021} for {@code 0213}); {@code null} when no row covers the code (not a CAMEO code)
 * @param type the PLOVER event type, or {@code null} when the code has none (CAMEO 01 and 02)
 * @param mode the PLOVER mode, one the manual defines for {@code type}, or {@code null}
 * @param contexts the PLOVER contexts, possibly none
 * @param note why there is no type, or where the row departs from the published conversion table;
 *     {@code null} when there is nothing to say
 */
public record PloverCoding(
    String cameo, String row, PloverType type, String mode, List<String> contexts, String note) {

  public PloverCoding {
    Objects.requireNonNull(cameo, "cameo");
    contexts = List.copyOf(contexts);
    if (type == null) {
      if (mode != null || !contexts.isEmpty()) {
        throw new IllegalArgumentException(
            "CAMEO " + cameo + ": a mode or context needs a PLOVER type");
      }
      if (note == null || note.isBlank()) {
        throw new IllegalArgumentException(
            "CAMEO " + cameo + ": no PLOVER type needs a note saying why");
      }
    }
    if (mode != null && !type.modes().contains(mode)) {
      throw new IllegalArgumentException(
          "CAMEO " + cameo + ": '" + mode + "' is not a PLOVER mode of " + type);
    }
    for (String c : contexts) {
      if (!PloverType.CONTEXTS.contains(c)) {
        throw new IllegalArgumentException(
            "CAMEO " + cameo + ": '" + c + "' is not a PLOVER context");
      }
    }
  }

  /** The coding of a code no table row covers: no type. */
  static PloverCoding uncovered(String cameo) {
    return new PloverCoding(cameo, null, null, null, List.of(), "not a CAMEO code");
  }

  /** Whether the code has a PLOVER event type. */
  public boolean hasType() {
    return type != null;
  }

  /** The same coding for a code that takes this row by falling back to its parent. */
  PloverCoding forCode(String code) {
    return code.equals(cameo) ? this : new PloverCoding(code, row, type, mode, contexts, note);
  }
}
