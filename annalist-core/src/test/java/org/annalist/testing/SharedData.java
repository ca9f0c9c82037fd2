package org.annalist.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared test data (seed report, gold sets, corpus, PETRARCH suite) that lives beside
 * the project in {@code ../shared}, or where the {@code annalist.shared} system property or the
 * {@code ANNALIST_SHARED} environment variable points. Outside CI a test that needs it is skipped
 * with a visible message when it is absent; under CI ({@code ANNALIST_CI} or {@code CI} set) it
 * fails.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * The shared folder's {@code relative} path, skipping (or, under CI, failing) the test when
   * absent.
   */
  public static Path require(String relative) {
    Path root = root();
    Path p = root.resolve(relative);
    if (!Files.exists(p)) {
      String message =
          "shared test data not found: "
              + p.toAbsolutePath().normalize()
              + " (set -Dannalist.shared=DIR or ANNALIST_SHARED)";
      if (underCi()) {
        fail(message);
      }
      System.err.println("SKIPPED: " + message);
      Assumptions.abort(message);
    }
    return p;
  }

  public static Path root() {
    String configured = System.getProperty("annalist.shared");
    if (configured == null || configured.isBlank()) {
      configured = System.getenv("ANNALIST_SHARED");
    }
    return Path.of(configured == null || configured.isBlank() ? "../shared" : configured);
  }

  public static boolean underCi() {
    String ci = System.getenv("ANNALIST_CI");
    String generic = System.getenv("CI");
    return (ci != null && !ci.isBlank() && !ci.equals("0"))
        || (generic != null && generic.equals("true"));
  }
}
