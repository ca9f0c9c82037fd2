package org.annalist.context.place;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Loads the bundled gazetteer afresh and prints how long that took and how much heap it retains
 * (used heap after a full collection, with and without the gazetteer held). Prints, never asserts,
 * the time: tests do not fail on the clock. Asserts the entry counts, so that a regenerated file
 * that lost a kind of entry is noticed.
 */
class GazetteerLoadTest {

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  private static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
      return Gazetteer.read(in, true, Gazetteer.RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void bundledGazetteerLoadsCountriesDivisionsAndPlaces() {
    long before = usedAfterGc();
    long start = System.nanoTime();
    Gazetteer g = load();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long retained = usedAfterGc() - before;
    int[] sizes = g.sizes();
    System.out.printf(
        Locale.ROOT,
        "gazetteer: %d entries (%d countries, %d ADM1, %d places), loaded in %d ms, retains %.0f MB"
            + " of heap (Java %s, %d cores)%n",
        g.size(),
        sizes[0],
        sizes[1],
        sizes[2],
        millis,
        retained / 1e6,
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    assertArrayEquals(new int[] {248, 3697, 118813}, sizes);
  }
}
