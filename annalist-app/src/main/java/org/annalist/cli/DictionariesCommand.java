package org.annalist.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.DictionaryException;
import org.annalist.dictionary.petrarch.PetrarchDictionaryReader;
import org.annalist.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist dictionaries}: load and check a dictionary folder, or PETRARCH-format dictionary
 * files, and say what it holds and how long loading took.
 */
@Command(
    name = "dictionaries",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Load a dictionary folder (default: the bundled dictionaries), report the first bad line "
          + "if any, and print what it holds and how long loading took.",
      "With --petrarch-* options, load PETRARCH-format files instead (e.g. the Phoenix "
          + "dictionaries): every line read differently from PETRARCH-2 is a problem with its "
          + "file and line, counted, and listed with --problems."
    })
final class DictionariesCommand implements java.util.concurrent.Callable<Integer> {

  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "Dictionary folder (see docs/dictionaries.md).")
  Path folder;

  @Option(
      names = "--petrarch-verbs",
      paramLabel = "FILE",
      description = "PETRARCH verb dictionary (CAMEO.2.0.txt or the older validation format).")
  Path petrarchVerbs;

  @Option(
      names = "--petrarch-actors",
      paramLabel = "FILE",
      split = ",",
      description = "PETRARCH actor dictionaries, read in order.")
  List<Path> petrarchActors;

  @Option(names = "--petrarch-agents", paramLabel = "FILE", description = "PETRARCH agent file.")
  Path petrarchAgents;

  @Option(
      names = "--petrarch-discards",
      paramLabel = "FILE",
      description = "PETRARCH discard list.")
  Path petrarchDiscards;

  @Option(
      names = "--problems",
      description = "PETRARCH files: list every problem, one line each (file:line: reason).")
  boolean listProblems;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    boolean petrarch =
        petrarchVerbs != null
            || petrarchActors != null
            || petrarchAgents != null
            || petrarchDiscards != null;
    if (petrarch && folder != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give either a dictionary folder or --petrarch-* files, not both");
    }
    if (listProblems && !petrarch) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--problems applies to --petrarch-* files (a dictionary folder fails at its first bad "
              + "line)");
    }
    List<Problem> problems = new ArrayList<>();
    long start = System.nanoTime();
    Dictionaries d = petrarch ? loadPetrarch(problems) : CodeCommand.loadDictionaries(folder);
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
    if (petrarch) {
      out.printf(
          Locale.ROOT,
          "  problems: %,d%s%n",
          problems.size(),
          listProblems || problems.isEmpty() ? "" : " (list them with --problems)");
    }
    out.printf(Locale.ROOT, "  loaded in %.0f ms%n", ms);
    if (listProblems) {
      problems.forEach(p -> out.printf(Locale.ROOT, "%s%n", p));
    }
    out.flush();
    return 0;
  }

  private Dictionaries loadPetrarch(List<Problem> problems) {
    Path verbs = existing(petrarchVerbs, "verb");
    List<Path> actors = new ArrayList<>();
    if (petrarchActors != null) {
      petrarchActors.forEach(a -> actors.add(existing(a, "actor")));
    }
    Path agents = existing(petrarchAgents, "agent");
    Path discards = existing(petrarchDiscards, "discard");
    try {
      return PetrarchDictionaryReader.read(verbs, actors, agents, discards, problems::add);
    } catch (DictionaryException | UncheckedIOException e) {
      throw new Annalist.ConfigurationException("dictionary error: " + e.getMessage());
    }
  }

  private static Path existing(Path file, String what) {
    if (file != null && !Files.isRegularFile(file)) {
      throw new Annalist.ConfigurationException(what + " file not found: " + file);
    }
    return file;
  }
}
