package org.annalist.context.place;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Cold-start benchmark of the bundled gazetteer: run it in a fresh JVM, several times, and take the
 * median, since the first load in a JVM is what a command-line run pays. Prints the wall time of
 * {@link Gazetteer#standard()}, the JVM uptime when it returned, the CPU time the JVM spent
 * meanwhile (all threads; a steadier figure than wall time on a busy machine), and the heap the
 * gazetteer retains (used heap after full collections, with and without it held). Prints, never
 * asserts.
 *
 * <pre>
 * ./mvnw -q -o -pl annalist-core test-compile
 * for i in 1 2 3 4 5; do java -cp annalist-core/target/classes:annalist-core/target/test-classes \
 *     org.annalist.context.place.GazetteerLoadBenchmark; done
 * </pre>
 */
public final class GazetteerLoadBenchmark {

  private GazetteerLoadBenchmark() {}

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  /** CPU time of the whole JVM (JIT and GC threads included): less at the mercy of other load. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  public static void main(String[] args) {
    long before = usedAfterGc();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    Gazetteer g = Gazetteer.standard();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (processCpuNanos() - cpuStart) / 1_000_000;
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    long retained = usedAfterGc() - before;
    System.out.printf(
        Locale.ROOT,
        "gazetteer cold load: %d ms (JVM uptime %d ms, %d ms CPU in all threads), %d entries,"
            + " retains %.0f MB of heap (Java %s, %d cores)%n",
        millis,
        uptime,
        cpuMillis,
        g.size(),
        retained / 1e6,
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
  }
}
