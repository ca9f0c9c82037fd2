package org.annalist.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CAMEO event codes to PLOVER event type, mode and contexts, read once from the bundled {@code
 * plover.tsv} and checked against the CAMEO table and the PLOVER manual's types, modes and contexts
 * when loading. A code without a row of its own takes its nearest parent's ({@code 0213} → {@code
 * 021} → {@code 02}). Immutable and thread-safe.
 */
public final class PloverMapping {

  private static final String RESOURCE = "plover.tsv";
  private static final PloverMapping STANDARD = load(CameoCodes.standard());

  private final Map<String, PloverCoding> rows;

  private PloverMapping(Map<String, PloverCoding> rows) {
    this.rows = Collections.unmodifiableMap(rows);
  }

  /** The table shipped with Annalist. */
  public static PloverMapping standard() {
    return STANDARD;
  }

  /**
   * The PLOVER coding of a CAMEO code: its row, else its nearest parent's; for a code no row covers
   * (not a CAMEO code, such as {@code def}), a coding without type.
   */
  public PloverCoding of(String cameo) {
    for (String c = cameo; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      PloverCoding row = rows.get(c);
      if (row != null) {
        return row.forCode(cameo);
      }
    }
    return PloverCoding.uncovered(cameo);
  }

  public PloverCoding of(CameoCode code) {
    return of(code.code());
  }

  /** The table's rows, in file order. */
  public Collection<PloverCoding> rows() {
    return rows.values();
  }

  private static PloverMapping load(CameoCodes cameo) {
    try (InputStream in = PloverMapping.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/annalist/cameo/" + RESOURCE);
      }
      return read(in, cameo);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a table in the layout of {@code plover.tsv}; package-private for tests. */
  static PloverMapping read(InputStream in, CameoCodes cameo) throws IOException {
    Map<String, PloverCoding> map = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        PloverCoding row = row(line, cameo);
        if (map.putIfAbsent(row.cameo(), row) != null) {
          throw new IllegalArgumentException("CAMEO " + row.cameo() + " is listed twice");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            RESOURCE + ":" + lineNo + ": " + e.getMessage() + ": " + line, e);
      }
    }
    PloverMapping mapping = new PloverMapping(map);
    for (CameoCode c : cameo.all()) {
      if (mapping.of(c).row() == null) {
        throw new IllegalStateException(RESOURCE + ": no row covers CAMEO " + c.code());
      }
    }
    return mapping;
  }

  private static PloverCoding row(String line, CameoCodes cameo) {
    String[] f = line.split("\t", -1);
    if (f.length != 5) {
      throw new IllegalArgumentException("expected 5 tab-separated fields");
    }
    String code = f[0];
    if (!cameo.contains(code)) {
      throw new IllegalArgumentException("'" + code + "' is not a CAMEO event code");
    }
    PloverType type;
    try {
      type = none(f[1]) ? null : PloverType.valueOf(f[1]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + f[1] + "' is not a PLOVER event type");
    }
    List<String> contexts = none(f[3]) ? List.of() : Arrays.asList(f[3].split(",", -1));
    return new PloverCoding(
        code, code, type, none(f[2]) ? null : f[2], contexts, none(f[4]) ? null : f[4]);
  }

  private static boolean none(String field) {
    return field.equals("-");
  }
}
