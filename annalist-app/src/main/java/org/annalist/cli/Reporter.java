package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.annalist.model.Problem;

/**
 * Everything the command line says on standard error: one line per problem, counts, and a progress
 * bar when standard error is a terminal. Used from one thread.
 */
final class Reporter {

  enum Progress {
    AUTO,
    ALWAYS,
    NEVER
  }

  private final PrintWriter err;
  private final boolean progress;
  private int failed;
  private int warnings;
  private boolean barShown;

  Reporter(PrintWriter err, Progress progress) {
    this.err = err;
    this.progress =
        switch (progress) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> stderrIsTerminal();
        };
  }

  /** An input that could not be processed: counts towards the exit code. */
  void failed(Problem p) {
    failed++;
    line("annalist: " + p.where() + ": " + p.reason());
  }

  /** Something skipped or repaired inside an input that was otherwise processed. */
  void warning(Problem p) {
    warnings++;
    line("annalist: warning: " + p.where() + ": " + p.reason());
  }

  void info(String message) {
    line("annalist: " + message);
  }

  int failures() {
    return failed;
  }

  int warnings() {
    return warnings;
  }

  void progress(int done, int total, long events) {
    if (!progress || total < 2) {
      return;
    }
    int width = 30;
    int filled = (int) ((long) width * done / Math.max(1, total));
    err.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %d/%d inputs, %,d events",
            "#".repeat(filled),
            ".".repeat(width - filled),
            done,
            total,
            events));
    err.flush();
    barShown = true;
  }

  void endProgress() {
    if (barShown) {
      err.print("\r\033[K");
      err.flush();
      barShown = false;
    }
  }

  private void line(String s) {
    if (barShown) {
      err.print("\r\033[K");
    }
    err.println(s);
    err.flush();
  }

  private static boolean stderrIsTerminal() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
      String t = target.toString();
      return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }
}
