package org.annalist.context.place.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.context.place.Place;

/**
 * Builds a gazetteer's name index (its {@code K} lines) from its entries, in Java: the reference
 * the generator's index must equal, and the index of a hand-written file that has none. Every
 * {@link PlaceNames#key(String)} of an entry's name and alternate names lists the entry once, under
 * its first spelling with that key; per key, countries before divisions before places, own names
 * before alternates, larger population first, then feature id. Stateless and thread-safe.
 */
public final class NameIndex {

  private record Posting(int row, int alternate, Place place) {
    String text() {
      return alternate == 0 ? Integer.toString(row) : row + "." + alternate;
    }
  }

  private static final Comparator<Posting> ORDER =
      Comparator.<Posting>comparingInt(p -> p.place().kind().ordinal())
          .thenComparing(p -> p.alternate() > 0)
          .thenComparing(p -> -p.place().population())
          .thenComparing(p -> p.place().featureId());

  private NameIndex() {}

  /**
   * The index lines of {@code file}, keys in {@link String#compareTo} order, each line ending with
   * a newline. Makes (and so checks) every entry.
   */
  public static String lines(GazetteerFile file) {
    Map<String, List<Posting>> byKey = new TreeMap<>();
    for (int row = 0; row < file.rows(); row++) {
      Place place = file.place(row);
      List<String> names = file.names(row);
      for (int alternate = 0; alternate < names.size(); alternate++) {
        String key = PlaceNames.key(names.get(alternate));
        if (key.isEmpty()) {
          continue;
        }
        List<Posting> postings = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        final int r = row;
        if (postings.stream().noneMatch(p -> p.row() == r)) {
          postings.add(new Posting(row, alternate, place));
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<Posting>> e : byKey.entrySet()) {
      List<Posting> postings = e.getValue();
      postings.sort(ORDER);
      out.append("K\t").append(e.getKey()).append('\t');
      for (int i = 0; i < postings.size(); i++) {
        out.append(i == 0 ? "" : ",").append(postings.get(i).text());
      }
      out.append('\n');
    }
    return out.toString();
  }
}
