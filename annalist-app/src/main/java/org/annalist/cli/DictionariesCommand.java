package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.annalist.dictionary.Dictionaries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code annalist dictionaries}: load and check a dictionary folder, and say what it holds. */
@Command(
    name = "dictionaries",
    mixinStandardHelpOptions = true,
    description = {
      "Load a dictionary folder (default: the bundled dictionaries), report the first bad line "
          + "if any, and print what it holds and how long loading took."
    })
final class DictionariesCommand implements java.util.concurrent.Callable<Integer> {

  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "Dictionary folder (see docs/dictionaries.md).")
  Path folder;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Dictionaries d = CodeCommand.loadDictionaries(folder);
    double ms = (System.nanoTime() - start) / 1e6;
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s%n", d.origin());
    out.printf(
        Locale.ROOT,
        "  actors:   %,d entries, %,d names%n",
        d.actorEntryCount(),
        d.actors().size());
    out.printf(Locale.ROOT, "  agents:   %,d role words%n", d.agents().size());
    out.printf(
        Locale.ROOT,
        "  verbs:    %,d verbs in %,d blocks, %,d patterns, %,d synonym sets%n",
        d.verbs().verbCount(),
        d.verbs().entries().size(),
        d.verbs().entries().stream().mapToInt(e -> e.patterns().size()).sum(),
        d.verbs().synonymSetNames().size());
    out.printf(Locale.ROOT, "  discards: %,d phrases%n", d.discards().size());
    out.printf(Locale.ROOT, "  loaded in %.0f ms%n", ms);
    out.flush();
    return 0;
  }
}
