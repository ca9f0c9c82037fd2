package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.coding.DependencyCoder;
import org.annalist.coding.EventCoder;
import org.annalist.coding.internal.ActorResolver;
import org.annalist.conllu.ConlluReader;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.DictionaryException;
import org.annalist.dictionary.petrarch.PetrarchCodingOntology;
import org.annalist.dictionary.petrarch.PetrarchDictionaryReader;
import org.annalist.eval.petrarch.ExpectedEvent;
import org.annalist.eval.petrarch.RecordOutcome;
import org.annalist.eval.petrarch.RecordScorer;
import org.annalist.eval.petrarch.ValidationEnvironment;
import org.annalist.eval.petrarch.ValidationFile;
import org.annalist.eval.petrarch.ValidationRecord;
import org.annalist.eval.petrarch.ValidationReport;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Problem;
import org.annalist.nlp.Parser;
import org.annalist.nlp.corenlp.CoreNlpParser;
import org.annalist.nlp.corenlp.PennTreeConverter;

/**
 * {@code annalist eval RECORDS.xml}: codes the records of a PETRARCH-2 validation file with its
 * PETRARCH dictionaries and scores them against their expected events. Records are coded one after
 * another; a record that cannot be coded is a failure with its reason and the batch goes on. One
 * instance per run, used from one thread.
 */
final class PetrarchEval {

  /** Where the sentence analyses come from. */
  enum ParseSource {
    /** The record's own parse (CoNLL-U or Penn tree); CoreNLP for records without one. */
    given,
    /** CoreNLP on the record's text, whatever parse the record has. */
    text
  }

  /** The dictionary files named on the command line; {@code null} means the Environment's. */
  record Overrides(
      Path dictionaryDir,
      String verbs,
      List<String> actors,
      String agents,
      String discards,
      String ontology) {}

  /** How each coded record was analysed, for the header. */
  private enum Analysis {
    CONLLU,
    PENN,
    CORENLP
  }

  private final Path file;
  private final ParseSource parseSource;
  private final Overrides overrides;
  private final Map<Analysis, Integer> analyses = new EnumMap<>(Analysis.class);
  private Parser coreNlp;

  PetrarchEval(Path file, ParseSource parseSource, Overrides overrides) {
    this.file = file;
    this.parseSource = parseSource;
    this.overrides = overrides;
  }

  /** Reads, codes, scores and prints; returns the exit code (0: the report is complete). */
  int run(PrintWriter out, PrintWriter err, boolean failures, Path json) {
    ValidationFile records = ValidationFile.read(file);
    DictionaryFiles files = dictionaryFiles(records.environment());
    Reporter reporter = new Reporter(err, Reporter.Progress.NEVER);
    records.problems().forEach(reporter::warning);

    List<Problem> dictionaryProblems = new ArrayList<>();
    long start = System.nanoTime();
    Dictionaries dictionaries;
    try {
      dictionaries =
          PetrarchDictionaryReader.read(
              files.verbs(),
              files.actors(),
              files.agents(),
              files.discards(),
              dictionaryProblems::add);
    } catch (DictionaryException | UncheckedIOException e) {
      throw new Annalist.ConfigurationException("dictionary error: " + e.getMessage());
    }
    double loadSeconds = (System.nanoTime() - start) / 1e9;

    DependencyCoder coder = new DependencyCoder(dictionaries).withBareRoles();
    Path ontology = overrides.ontology() == null ? null : resolve(overrides.ontology(), "ontology");
    if (ontology != null) {
      coder =
          coder.withOpposites(PetrarchCodingOntology.opposites(ontology, dictionaryProblems::add));
    }
    DependencyCoder withoutDyad = coder.withoutDyadRequirement();
    List<RecordOutcome> outcomes = new ArrayList<>();
    for (ValidationRecord r : records.records()) {
      DependencyCoder c = "false".equals(r.options().get("require_dyad")) ? withoutDyad : coder;
      int newActors = newActorLength(r);
      if (newActors > 0) {
        c = c.withNewActors(newActors);
      }
      outcomes.add(r.active() ? code(r, c) : RecordScorer.inactive(r));
    }
    ValidationReport report = ValidationReport.of(outcomes);

    printHeader(out, records, report, files, dictionaryProblems.size(), loadSeconds);
    printTable(out, report);
    if (failures) {
      printFailures(out, records, report);
    }
    out.flush();
    if (json != null) {
      writeJson(json, records, report, files, dictionaryProblems.size(), loadSeconds);
    }
    return 0;
  }

  // ------------------------------------------------------------------ coding

  private RecordOutcome code(ValidationRecord r, EventCoder coder) {
    try {
      AnnotatedArticle article = analyse(r);
      if (article.sentences().isEmpty()) {
        List<String> why = article.skipped().stream().map(Problem::reason).toList();
        return RecordScorer.failed(
            r, "no sentence to code" + (why.isEmpty() ? "" : ": " + String.join("; ", why)));
      }
      List<ExpectedEvent> actual =
          coder.code(article).events().stream()
              .map(
                  e ->
                      new ExpectedEvent(
                          e.event().code(),
                          petrarchCode(e.source().code()),
                          petrarchCode(e.target().code())))
              .toList();
      return RecordScorer.score(r, actual);
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return RecordScorer.failed(r, message);
    }
  }

  /** The record's {@code new_actor_length} option, 0 when absent or unreadable. */
  private static int newActorLength(ValidationRecord r) {
    try {
      return Integer.parseInt(r.options().getOrDefault("new_actor_length", "0").strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** PETRARCH writes a role whose country is unknown as {@code ---GOV}. */
  static String petrarchCode(String code) {
    return ActorResolver.isBareRole(code) ? "---" + code : code;
  }

  private AnnotatedArticle analyse(ValidationRecord r) {
    if (parseSource == ParseSource.text || r.parse() == null) {
      count(Analysis.CORENLP);
      if (coreNlp == null) {
        coreNlp = CoreNlpParser.shared();
      }
      return coreNlp.parse(new Article(r.id(), r.text(), r.date(), null, null, null));
    }
    return switch (r.parseFormat()) {
      case CONLLU -> {
        count(Analysis.CONLLU);
        yield ConlluReader.read(r.id(), r.parse(), r.date());
      }
      case PENN -> {
        count(Analysis.PENN);
        yield PennTreeConverter.toArticle(r.id(), r.text(), r.date(), r.parse());
      }
      case NONE ->
          throw new IllegalArgumentException("the parse is neither CoNLL-U nor a Penn tree");
    };
  }

  private void count(Analysis a) {
    analyses.merge(a, 1, Integer::sum);
  }

  // ------------------------------------------------------------- dictionaries

  /** The dictionary files used, resolved. */
  private record DictionaryFiles(Path verbs, List<Path> actors, Path agents, Path discards) {
    /** The files by name, with their folder once when they share one. */
    String describe() {
      List<Path> all = new ArrayList<>(actors);
      all.add(verbs);
      all.add(agents);
      all.add(discards);
      Path folder = verbs.toAbsolutePath().getParent();
      boolean shared =
          all.stream().allMatch(p -> p == null || p.toAbsolutePath().getParent().equals(folder));
      return String.format(
          Locale.ROOT,
          "verbs %s, actors %s, agents %s, discards %s%s",
          name(verbs, shared),
          String.join(",", actors.stream().map(p -> name(p, shared)).toList()),
          name(agents, shared),
          name(discards, shared),
          shared ? " (in " + folder + ")" : "");
    }

    private static String name(Path p, boolean shortName) {
      return p == null ? "none" : shortName ? p.getFileName().toString() : p.toString();
    }
  }

  private DictionaryFiles dictionaryFiles(ValidationEnvironment env) {
    String verbs =
        overrides.verbs() != null ? overrides.verbs() : env == null ? null : env.verbFile();
    List<String> actors =
        overrides.actors() != null && !overrides.actors().isEmpty()
            ? overrides.actors()
            : env == null ? List.of() : env.actorFiles();
    String agents =
        overrides.agents() != null ? overrides.agents() : env == null ? null : env.agentFile();
    String discards =
        overrides.discards() != null
            ? overrides.discards()
            : env == null ? null : env.discardFile();
    if (verbs == null || actors.isEmpty()) {
      throw new Annalist.ConfigurationException(
          file
              + (env == null
                  ? " has no <Environment>"
                  : "'s <Environment> names no verb or actor file")
              + ": give the dictionaries with --verbs and --actors");
    }
    return new DictionaryFiles(
        resolve(verbs, "verb"),
        actors.stream().map(a -> resolve(a, "actor")).toList(),
        agents == null ? null : resolve(agents, "agent"),
        discards == null ? null : resolve(discards, "discard"));
  }

  /**
   * A dictionary file: as given when it is absolute or exists, else in the dictionary folders
   * ({@code --dictionary-dir}, or the records file's folder and then its sibling {@code
   * dictionaries}).
   */
  private Path resolve(String name, String what) {
    Path given = Path.of(name);
    if (given.isAbsolute() || Files.isRegularFile(given)) {
      if (!Files.isRegularFile(given)) {
        throw new Annalist.ConfigurationException(what + " file not found: " + given);
      }
      return given;
    }
    Path folder = file.toAbsolutePath().getParent();
    List<Path> folders =
        overrides.dictionaryDir() != null
            ? List.of(overrides.dictionaryDir())
            : List.of(folder, folder.resolveSibling("dictionaries"));
    for (Path f : folders) {
      Path p = f.resolve(name).normalize();
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new Annalist.ConfigurationException(
        what + " file not found: " + name + " (looked in " + folders + ")");
  }

  // ------------------------------------------------------------------ output

  private void printHeader(
      PrintWriter out,
      ValidationFile records,
      ValidationReport report,
      DictionaryFiles files,
      int dictionaryProblems,
      double loadSeconds) {
    ValidationReport.Tally t = report.overall();
    out.printf(
        Locale.ROOT,
        "records: %s: %d records, %d active, %d scored; %d file problems%n",
        file,
        t.records(),
        t.active(),
        t.scored(),
        records.problems().size());
    out.printf(
        Locale.ROOT,
        "dictionaries: %s%s: %d problems, loaded in %.2f s%n",
        files.describe(),
        overrides.ontology() == null ? "" : ", negation by " + overrides.ontology(),
        dictionaryProblems,
        loadSeconds);
    out.printf(
        Locale.ROOT,
        "parse: %s (%d CoNLL-U, %d Penn tree, %d by CoreNLP from the text)%n%n",
        parseSource,
        analyses.getOrDefault(Analysis.CONLLU, 0),
        analyses.getOrDefault(Analysis.PENN, 0),
        analyses.getOrDefault(Analysis.CORENLP, 0));
  }

  private static void printTable(PrintWriter out, ValidationReport report) {
    int width =
        Math.max(
            "category".length(),
            report.categories().keySet().stream().mapToInt(String::length).max().orElse(0));
    boolean scored = report.overall().scored() > 0;
    String name = "%-" + width + "s";
    if (scored) {
      out.printf(
          Locale.ROOT,
          name + " %7s %6s %7s %6s %8s %6s %8s %6s %6s %6s %6s%n",
          "category",
          "records",
          "active",
          "correct",
          "%",
          "expected",
          "found",
          "spurious",
          "P",
          "R",
          "F1",
          "failed");
    } else {
      out.printf(
          Locale.ROOT,
          name + " %7s %6s %6s %6s%n",
          "category",
          "records",
          "active",
          "events",
          "failed");
    }
    report.categories().forEach((category, t) -> row(out, name, category, t, scored));
    row(out, name, "overall", report.overall(), scored);
  }

  private static void row(
      PrintWriter out, String name, String label, ValidationReport.Tally t, boolean scored) {
    if (scored) {
      out.printf(
          Locale.ROOT,
          name + " %7d %6d %7d %6.1f %8d %6d %8d %6.3f %6.3f %6.3f %6d%n",
          label,
          t.records(),
          t.active(),
          t.correct(),
          100 * t.correctShare(),
          t.expected(),
          t.found(),
          t.spurious(),
          t.precision(),
          t.recall(),
          t.f1(),
          t.failed());
    } else {
      out.printf(
          Locale.ROOT,
          name + " %7d %6d %6d %6d%n",
          label,
          t.records(),
          t.active(),
          t.events(),
          t.failed());
    }
  }

  private static void printFailures(
      PrintWriter out, ValidationFile records, ValidationReport report) {
    List<RecordOutcome> outcomes = report.outcomes(); // one per record, in record order
    for (int i = 0; i < outcomes.size(); i++) {
      RecordOutcome o = outcomes.get(i);
      if (!o.failure()) {
        continue;
      }
      ValidationRecord r = records.records().get(i);
      out.printf(Locale.ROOT, "%nFAILED %s [%s]: %s%n", o.id(), o.category(), r.text());
      out.printf(
          Locale.ROOT, "  expected: %s%n", o.scored() ? triples(o.expected()) : "(not given)");
      if (o.status() == RecordOutcome.Status.FAILED) {
        out.printf(Locale.ROOT, "  not coded: %s%n", o.reason());
      } else {
        out.printf(Locale.ROOT, "  actual:   %s%n", triples(o.actual()));
      }
    }
  }

  private static String triples(List<ExpectedEvent> events) {
    return events.isEmpty()
        ? "none"
        : String.join(", ", events.stream().map(ExpectedEvent::toString).toList());
  }

  private void writeJson(
      Path json,
      ValidationFile records,
      ValidationReport report,
      DictionaryFiles files,
      int dictionaryProblems,
      double loadSeconds) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("file", file.toString());
    root.put("parse", parseSource.name());
    ObjectNode d = root.putObject("dictionaries");
    d.put("files", files.describe());
    d.put("problems", dictionaryProblems);
    d.put("loadSeconds", loadSeconds);
    ArrayNode problems = root.putArray("fileProblems");
    records.problems().forEach(p -> problems.add(p.toString()));
    put(root.putObject("overall"), report.overall());
    ObjectNode categories = root.putObject("categories");
    report.categories().forEach((c, t) -> put(categories.putObject(c), t));
    ArrayNode list = root.putArray("records");
    for (RecordOutcome o : report.outcomes()) {
      ObjectNode n = list.addObject();
      n.put("id", o.id());
      n.put("category", o.category());
      n.put("status", o.status().name().toLowerCase(Locale.ROOT));
      n.put("scored", o.scored());
      n.put("correct", o.correct());
      put(n.putArray("expected"), o.expected());
      put(n.putArray("actual"), o.actual());
      n.put("found", o.found());
      n.put("spurious", o.spurious());
      if (o.reason() != null) {
        n.put("reason", o.reason());
      }
    }
    try {
      mapper.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + json + ": " + e.getMessage(), e);
    }
  }

  private static void put(ObjectNode n, ValidationReport.Tally t) {
    n.put("records", t.records());
    n.put("active", t.active());
    n.put("scored", t.scored());
    n.put("correct", t.correct());
    n.put("expected", t.expected());
    n.put("found", t.found());
    n.put("spurious", t.spurious());
    n.put("events", t.events());
    n.put("failed", t.failed());
    n.put("precision", t.precision());
    n.put("recall", t.recall());
    n.put("f1", t.f1());
  }

  private static void put(ArrayNode a, List<ExpectedEvent> events) {
    for (ExpectedEvent e : events) {
      ObjectNode n = a.addObject();
      n.put("code", e.code());
      n.put("source", e.source());
      n.put("target", e.target());
    }
  }
}
