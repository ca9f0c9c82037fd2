package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.annalist.cameo.ActorCodes;
import org.annalist.coding.NameLookup;
import org.annalist.dictionary.ActorEntry;
import org.annalist.dictionary.AgentEntry;
import org.annalist.dictionary.DatedCode;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.DictionaryCheck;
import org.annalist.dictionary.DictionaryCoverage;
import org.annalist.dictionary.DictionaryCoverage.CountryCoverage;
import org.annalist.dictionary.DictionaryCoverage.EventCodeCoverage;
import org.annalist.dictionary.DictionaryException;
import org.annalist.dictionary.DictionaryFiles;
import org.annalist.dictionary.DictionaryStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist dict}: check a dictionary folder, look a name up, count what it holds and report
 * its coverage of CAMEO. The work is done by {@link DictionaryCheck}, {@link NameLookup}, {@link
 * DictionaryStats} and {@link DictionaryCoverage}; this class prints their results.
 */
@Command(
    name = "dict",
    mixinStandardHelpOptions = true,
    description = "Dictionary tools: check, lookup, stats, coverage (see docs/dictionaries.md).",
    subcommands = {
      DictCommand.Check.class,
      DictCommand.Lookup.class,
      DictCommand.Stats.class,
      DictCommand.Coverage.class
    })
final class DictCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "give a subcommand: check, lookup, stats or coverage");
  }

  /** The {@code --dictionaries} option every subcommand takes. */
  static final class Folder {
    @Option(
        names = "--dictionaries",
        paramLabel = "DIR",
        description = "Dictionary folder (default: the bundled dictionaries).")
    Path folder;

    Path path() {
      if (folder == null) {
        return Dictionaries.bundledFolder();
      }
      if (!Files.isDirectory(folder)) {
        throw new Annalist.ConfigurationException("not a dictionary folder: " + folder);
      }
      return folder;
    }

    /** How the folder is named in output: as given, or "bundled dictionaries". */
    String label() {
      return folder == null ? "bundled dictionaries" : folder.toString();
    }

    DictionaryFiles files() {
      try {
        return DictionaryFiles.read(path());
      } catch (DictionaryException e) {
        throw new Annalist.ConfigurationException("dictionary error: " + e.getMessage());
      }
    }
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Check every line of a dictionary folder and report each problem with its file:line: "
            + "lines that do not parse, actor names written twice (duplicates: same codes; "
            + "conflicts: different codes), actor and agent codes that are not CAMEO's, "
            + "overlapping date ranges, role words and verbs given twice, synonym sets no "
            + "pattern uses, and patterns repeated in a verb block.",
        "Exit code 1 when there are errors. Name conflicts are warnings unless --strict (the "
            + "loader rejects a name on two lines either way)."
      })
  static final class Check implements Callable<Integer> {
    @CommandLine.Mixin Folder folder = new Folder();

    @Option(names = "--strict", description = "Count name conflicts as errors.")
    boolean strict;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      DictionaryCheck check = DictionaryCheck.of(folder.files());
      PrintWriter out = spec.commandLine().getOut();
      for (DictionaryCheck.Finding f : check.findings()) {
        out.printf(Locale.ROOT, "%s%n", f.format(strict));
      }
      long errors = check.errors(strict);
      long warnings = check.warnings(strict);
      out.printf(
          Locale.ROOT,
          "%s: %d %s, %d %s%n",
          folder.label(),
          errors,
          errors == 1 ? "error" : "errors",
          warnings,
          warnings == 1 ? "warning" : "warnings");
      out.flush();
      return errors > 0 ? Annalist.EXIT_INPUT_FAILED : 0;
    }
  }

  @Command(
      name = "lookup",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Say what NAME resolves to and why: the actor entry with all its codes and the one "
            + "chosen for the date, or the agent and actor entries the coder composes "
            + "(\"Syrian army\" -> SYR + MIL -> SYRMIL), or, when nothing resolves, the closest "
            + "names.",
        "A NAME that is not exactly an actor's name is read as a noun phrase, as the coder "
            + "would read it: the words (split on spaces and before a possessive 's, matched "
            + "after the dictionary normaliser) form one phrase whose head is the last word, or "
            + "the word before of/from/in (\"army of Syria\"); a word before 's is the "
            + "possessor (\"Russia's army\"); the other words modify the head (as adjectives "
            + "when they end a country adjective, else as compounds). No parser runs.",
        "Exit code 1 when nothing resolves."
      })
  static final class Lookup implements Callable<Integer> {
    @Parameters(
        paramLabel = "NAME",
        arity = "1..*",
        description = "The name (several words allowed).")
    List<String> words;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "The article date, for dated codes (default: undated).")
    String date;

    @CommandLine.Mixin Folder folder = new Folder();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      LocalDate on = null;
      if (date != null) {
        try {
          on = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--date must be YYYY-MM-DD, not '" + date + "'");
        }
      }
      Dictionaries dictionaries;
      try {
        dictionaries =
            folder.folder == null ? Dictionaries.defaults() : Dictionaries.load(folder.path());
      } catch (DictionaryException e) {
        throw new Annalist.ConfigurationException("dictionary error: " + e.getMessage());
      }
      String name = String.join(" ", words);
      NameLookup.Resolution r;
      try {
        r = new NameLookup(dictionaries, folder.files()).lookup(name, on);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "NAME has no words");
      }
      PrintWriter out = spec.commandLine().getOut();
      int exit = print(r, on, out);
      out.flush();
      return exit;
    }

    private static int print(NameLookup.Resolution r, LocalDate date, PrintWriter out) {
      if (r instanceof NameLookup.ActorFound a) {
        out.printf(Locale.ROOT, "\"%s\" is an actor: %s%n", a.name(), a.entry().id());
        List<String> names = new ArrayList<>(a.entry().names());
        a.entry().sharedNames().forEach(n -> names.add("~" + n));
        out.printf(Locale.ROOT, "  names: %s%n", String.join(" | ", names));
        out.printf(Locale.ROOT, "  codes: %s%n", codes(a.entry()));
        out.printf(
            Locale.ROOT,
            "  %s: %s (%s)%n",
            date == null ? "undated" : "on " + date,
            a.code() == null ? "no code" : a.code(),
            a.reason());
        return 0;
      }
      if (r instanceof NameLookup.Composed c) {
        out.printf(
            Locale.ROOT,
            "\"%s\" -> %s, from \"%s\" read as a noun phrase%s%n",
            c.name(),
            c.code(),
            c.text(),
            c.targetOnly()
                ? " (as a target only: a country modifying a common noun stands for the phrase"
                    + " when it is the target)"
                : "");
        for (Map.Entry<ActorEntry, String> e : c.actors().entrySet()) {
          out.printf(
              Locale.ROOT,
              "  actor: %s %s = %s (gives %s)%n",
              e.getKey().id(),
              String.join(" | ", e.getKey().names()),
              codes(e.getKey()),
              e.getValue());
        }
        if (c.agent() != null) {
          AgentEntry a = c.agent();
          out.printf(
              Locale.ROOT,
              "  agent: %s %s = %s%n",
              a.id(),
              String.join(" | ", a.names()),
              a.role());
          if (c.actors().isEmpty()) {
            out.printf(
                Locale.ROOT, "  no actor in the phrase: the role %s stands alone%n", a.role());
          } else {
            String actorCode = c.actors().values().iterator().next();
            out.printf(Locale.ROOT, "  %s + %s -> %s%n", actorCode, a.role(), c.code());
          }
        }
        return 0;
      }
      NameLookup.NotFound n = (NameLookup.NotFound) r;
      out.printf(Locale.ROOT, "\"%s\": no actor or agent%n", n.name());
      if (!n.closest().isEmpty()) {
        out.printf(Locale.ROOT, "  closest names:%n");
        for (NameLookup.Suggestion s : n.closest()) {
          out.printf(Locale.ROOT, "    %s  %s  %s%n", s.name(), s.id(), s.codes());
        }
      }
      return Annalist.EXIT_INPUT_FAILED;
    }

    private static String codes(ActorEntry e) {
      return e.codes().stream().map(DatedCode::toString).collect(Collectors.joining(", "));
    }
  }

  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      description =
          "Count what a dictionary folder holds, by kind and by code, and time loading it.")
  static final class Stats implements Callable<Integer> {
    @CommandLine.Mixin Folder folder = new Folder();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      DictionaryStats s;
      try {
        s = DictionaryStats.measure(folder.path());
      } catch (DictionaryException e) {
        throw new Annalist.ConfigurationException("dictionary error: " + e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "%s%n", folder.label());
      out.printf(
          Locale.ROOT,
          "  actors:    %,d entries, %,d names and aliases, %,d dated codes%n",
          s.actorEntries(),
          s.actorNames(),
          s.datedCodes());
      out.printf(
          Locale.ROOT,
          "  agents:    %,d role words%s%n",
          s.agentWords(),
          s.agentWordsByRole().isEmpty() ? "" : ": " + counts(s.agentWordsByRole(), false));
      out.printf(
          Locale.ROOT,
          "  verbs:     %,d blocks, %,d verb forms, %,d patterns, %,d synonym sets%n",
          s.verbBlocks(),
          s.verbForms(),
          s.patterns(),
          s.synonymSets());
      out.printf(Locale.ROOT, "  discards:  %,d phrases%n", s.discards());
      if (s.parseErrors() > 0) {
        out.printf(
            Locale.ROOT,
            "  %,d lines do not parse and are not counted (see 'annalist dict check')%n",
            s.parseErrors());
      }
      section(out, "actors by country", only(s, ActorCodes.Kind.COUNTRY), true);
      section(out, "actors by international code", only(s, ActorCodes.Kind.INTERNATIONAL), true);
      section(out, "actors by region", only(s, ActorCodes.Kind.REGION), true);
      section(out, "actors by religion", only(s, ActorCodes.Kind.RELIGION), true);
      Map<String, Integer> other = new java.util.TreeMap<>(s.actorsByLeadingCode());
      other.keySet().removeIf(c -> ActorCodes.standard().kindOf(c).isPresent());
      section(out, "actors by unknown leading code", other, true);
      section(out, "actors by role", s.actorsByRole(), true);
      section(out, "patterns by root", s.patternsByRoot(), false);
      section(out, "patterns by code", s.patternsByCode(), false);
      if (s.loadTime() == null) {
        out.printf(Locale.ROOT, "  does not load (see 'annalist dict check')%n");
      } else {
        out.printf(Locale.ROOT, "  loaded in %d ms%n", s.loadTime().toMillis());
      }
      out.flush();
      return 0;
    }

    private static Map<String, Integer> only(DictionaryStats s, ActorCodes.Kind kind) {
      Map<String, Integer> m = new java.util.TreeMap<>();
      for (String c : s.leadingCodes(kind)) {
        m.put(c, s.actorsByLeadingCode().get(c));
      }
      return m;
    }

    private static void section(
        PrintWriter out, String title, Map<String, Integer> counts, boolean byCount) {
      if (counts.isEmpty()) {
        return;
      }
      out.printf(Locale.ROOT, "  %s:%n", title);
      String all = counts(counts, byCount);
      // wrap at 100 columns, four spaces in
      StringBuilder line = new StringBuilder("   ");
      for (String item : all.split(", ")) {
        if (line.length() + item.length() + 2 > 100) {
          out.printf(Locale.ROOT, "%s%n", line.toString().stripTrailing());
          line = new StringBuilder("   ");
        }
        line.append(' ').append(item).append(',');
      }
      String last = line.toString();
      out.printf(Locale.ROOT, "%s%n", last.substring(0, last.length() - 1));
    }

    /** {@code CODE n, CODE n}: by count, largest first ({@code byCount}), else by code. */
    private static String counts(Map<String, Integer> counts, boolean byCount) {
      List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
      if (byCount) {
        entries.sort(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
      }
      return entries.stream()
          .map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining(", "));
    }
  }

  @Command(
      name = "coverage",
      mixinStandardHelpOptions = true,
      description =
          "Write a markdown report of how much of CAMEO a dictionary folder covers: patterns "
              + "and verbs per event code, and each country's name, adjective and capital.")
  static final class Coverage implements Callable<Integer> {
    @CommandLine.Mixin Folder folder = new Folder();

    @Option(
        names = "--write",
        paramLabel = "FILE",
        description = "Write the report to FILE instead of standard output.")
    Path write;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      String report = markdown(DictionaryCoverage.of(folder.files()), folder.label());
      if (write == null) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(report);
        out.flush();
      } else {
        try {
          Files.writeString(write, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write " + write, e);
        }
      }
      return 0;
    }

    static String markdown(DictionaryCoverage c, String label) {
      StringBuilder b = new StringBuilder();
      b.append("# Dictionary coverage\n\n");
      b.append("Generated by `annalist dict coverage` from the ")
          .append(label.equals("bundled dictionaries") ? label : "dictionaries in `" + label + "`")
          .append(
              ". Do not edit by hand: run `annalist dict coverage --write docs/coverage.md`.\n\n");

      b.append("## Counts\n\n| what | count |\n|---|---:|\n");
      row(b, "actor entries", c.actorEntries());
      row(b, "actor names and aliases", c.actorNames());
      row(b, "agent role words", c.agentWords());
      row(b, "verbs (in verb blocks)", c.verbForms());
      row(b, "verb patterns", c.patterns());

      List<EventCodeCoverage> codes = c.eventCodes().stream().filter(e -> !e.isRoot()).toList();
      List<EventCodeCoverage> uncoded = c.uncodedEventCodes();
      b.append("\n## CAMEO event codes\n\n");
      b.append(
          String.format(
              Locale.ROOT,
              "%d of %d event codes are coded by at least one verb pattern or verb (a verb block's"
                  + " default code); %d are not. The root headings (01 to 20) are left out: an"
                  + " event at a root is coded with its 0 code (010 for 01).%n%n",
              codes.size() - uncoded.size(),
              codes.size(),
              uncoded.size()));
      b.append("Codes nothing codes: ");
      b.append(
          uncoded.isEmpty()
              ? "none"
              : uncoded.stream().map(e -> e.code().code()).collect(Collectors.joining(", ")));
      b.append(".\n\n| code | name | patterns | verbs |\n|---|---|---:|---:|\n");
      for (EventCodeCoverage e : c.eventCodes()) {
        b.append("| ")
            .append(e.isRoot() ? "**" + e.code().code() + "**" : e.code().code())
            .append(" | ")
            .append(e.code().name())
            .append(" | ")
            .append(e.patterns())
            .append(" | ")
            .append(e.verbs())
            .append(" |\n");
      }

      b.append("\n## Countries\n\n");
      for (String kind : List.of("state", "territory", "former")) {
        List<CountryCoverage> of =
            c.countries().stream().filter(x -> x.country().kind().equals(kind)).toList();
        long names = of.stream().filter(x -> x.name() != null).count();
        long adjectives =
            of.stream().filter(x -> x.hasAdjectiveInTable() && x.adjective() != null).count();
        long withAdjective = of.stream().filter(CountryCoverage::hasAdjectiveInTable).count();
        long capitals =
            of.stream().filter(x -> x.hasCapitalInTable() && x.capital() != null).count();
        long withCapital = of.stream().filter(CountryCoverage::hasCapitalInTable).count();
        b.append(
            String.format(
                Locale.ROOT,
                "- %s: %d; name %d/%d, adjective %d/%d, capital %d/%d%n",
                kind.equals("state")
                    ? "states"
                    : kind.equals("territory") ? "territories" : "former states",
                of.size(),
                names,
                of.size(),
                adjectives,
                withAdjective,
                capitals,
                withCapital));
      }
      b.append(
          "\nA name or adjective counts when an actor entry has it with the country's bare code; a"
              + " capital when an entry has it with a code of the country (`SYRGOV`), or when it"
              + " is the country's name. The country list is `org/annalist/cameo/countries.tsv`"
              + " (ISO 3166-1 with CAMEO's own codes); capitals left out of the dictionaries on"
              + " purpose (names mostly used as places or people) show as missing.\n\n");
      b.append("| code | ISO | kind | country | name | adjective | capital |\n");
      b.append("|---|---|---|---|---|---|---|\n");
      for (CountryCoverage x : c.countries()) {
        var country = x.country();
        b.append("| ")
            .append(country.code())
            .append(" | ")
            .append(country.iso3() == null ? "-" : country.iso3())
            .append(" | ")
            .append(country.kind())
            .append(" | ")
            .append(country.name())
            .append(" | ")
            .append(x.name() != null ? "yes" : "**no**")
            .append(" | ")
            .append(
                !x.hasAdjectiveInTable()
                    ? "-"
                    : (x.adjective() != null ? "yes" : "**no**")
                        + " ("
                        + String.join(", ", country.adjectives())
                        + ")")
            .append(" | ")
            .append(
                !x.hasCapitalInTable()
                    ? "-"
                    : (x.capital() != null ? "yes" : "no") + " (" + country.capital() + ")")
            .append(" |\n");
      }
      return b.toString();
    }

    private static void row(StringBuilder b, String what, int n) {
      b.append("| ").append(what).append(" | ").append(String.format(Locale.ROOT, "%,d", n));
      b.append(" |\n");
    }
  }
}
