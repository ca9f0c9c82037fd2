package org.annalist.cameo;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event code table (codes, names, QuadClass, Goldstein scores), read once from the
 * bundled {@code event-codes.tsv}. Immutable and thread-safe.
 */
public final class CameoCodes {

  private static final CameoCodes STANDARD = load();

  private final Map<String, CameoCode> byCode;

  private CameoCodes(Map<String, CameoCode> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  /** The table shipped with Annalist. */
  public static CameoCodes standard() {
    return STANDARD;
  }

  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The code, or an exception naming it when CAMEO has no such code. */
  public CameoCode get(String code) {
    CameoCode c = byCode.get(code);
    if (c == null) {
      throw new IllegalArgumentException("unknown CAMEO event code '" + code + "'");
    }
    return c;
  }

  /** The code from the table, else an {@link CameoCode#unlisted(String) unlisted} code. */
  public CameoCode getOrUnlisted(String code) {
    CameoCode c = byCode.get(code);
    return c != null ? c : CameoCode.unlisted(code);
  }

  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  public Collection<CameoCode> all() {
    return byCode.values();
  }

  private static CameoCodes load() {
    Map<String, CameoCode> map = new LinkedHashMap<>();
    TableResource.rows(
        "event-codes.tsv",
        4,
        f ->
            map.put(
                f[0], new CameoCode(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), f[3])));
    return new CameoCodes(map);
  }
}
