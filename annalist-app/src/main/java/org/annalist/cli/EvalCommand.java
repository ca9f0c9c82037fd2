package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.coding.ActorMention;
import org.annalist.coding.CodedEvent;
import org.annalist.coding.DependencyCoder;
import org.annalist.context.EventContext;
import org.annalist.context.StandardContextStage;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.petrarch.PetrarchDictionaryReader;
import org.annalist.eval.ContextScorer;
import org.annalist.eval.EntityScorer;
import org.annalist.eval.GoldEntity;
import org.annalist.eval.GoldEvent;
import org.annalist.eval.GoldScorer;
import org.annalist.eval.GoldSet;
import org.annalist.eval.Score;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Problem;
import org.annalist.nlp.corenlp.CoreNlpParser;
import org.annalist.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist eval}: accuracy against a gold set (strict and lenient), or against a PETRARCH-2
 * validation file ({@link PetrarchEval}).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Code a gold set's articles and score the events against its hand-coded events: precision, "
          + "recall and F1, strict (primary codes) and lenient (alternative codes accepted).",
      "GOLD is a folder with articles.jsonl and events.jsonl (the layout of ../shared/gold/dev). "
          + "With entities.jsonl, also entity recognition: for each gold person, organisation and "
          + "country with a code, whether the coder's actor resolution reads an actor at its text "
          + "(else a variant found verbatim) in its article, and whether the code is right, exactly "
          + "and on its three-letter prefix.",
      "RECORDS.xml is a PETRARCH-2 validation file (e.g. PETR.UnitTest.records.ud.xml): its records "
          + "are coded with its PETRARCH dictionaries and scored per record (fully correct when the "
          + "coded (code, source, target) triples are exactly the expected ones) and per event, "
          + "overall and per category. Files without expectations (GigaWord samples) are coded "
          + "and counted."
    })
final class EvalCommand implements Callable<Integer> {

  @Parameters(paramLabel = "GOLD|RECORDS.xml", description = "Gold folder or validation file.")
  Path gold;

  @Option(
      names = "--dictionaries",
      paramLabel = "DIR",
      description = "Gold folder: dictionary folder to use instead of the bundled one.")
  Path dictionaries;

  @Option(
      names = "--failures",
      description =
          "List the events that did not match, both ways, and the entities read with a wrong "
              + "code or not recognised (gold folder); the records not coded exactly as expected, "
              + "with text, triples and reason (validation file).")
  boolean failures;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON.")
  Path json;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Gold folder: worker threads (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--parse",
      paramLabel = "given|text",
      description =
          "Validation file: code the records' own parses (given; CoreNLP for records without one) "
              + "or parse their text with CoreNLP (text). Default: given.")
  PetrarchEval.ParseSource parse;

  @Option(
      names = "--dictionary-dir",
      paramLabel = "DIR",
      description =
          "Validation file: folder of the dictionary files it names (default: its own folder, "
              + "then ../dictionaries beside it). Gold folder: folder of the PETRARCH files "
              + "named by --verbs, --actors, --agents, --discards.")
  Path dictionaryDir;

  @Option(
      names = "--verbs",
      paramLabel = "FILE",
      description =
          "PETRARCH verb dictionary: instead of a validation file's <Verbfile>, or (gold "
              + "folder, with --actors) to code the gold set with PETRARCH dictionaries.")
  String verbs;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      split = ",",
      description =
          "PETRARCH actor dictionaries, instead of a validation file's <Actorfile> or of "
              + "the bundled actors (gold folder).")
  List<String> actors;

  @Option(
      names = "--agents",
      paramLabel = "FILE",
      description =
          "PETRARCH agent dictionary, instead of a validation file's <Agentfile> or of "
              + "the bundled agents (gold folder).")
  String agents;

  @Option(
      names = "--discards",
      paramLabel = "FILE",
      description =
          "PETRARCH discard list, instead of a validation file's <Discardfile> or of the "
              + "bundled discards (gold folder).")
  String discards;

  @Option(
      names = "--ontology",
      paramLabel = "FILE",
      description =
          "Validation file: UD-PETRARCH coding ontology (PETR.Internal.Coding.Ontology.txt); a "
              + "negated event takes the code it names as its negation, as UD-PETRARCH codes.")
  String ontology;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isDirectory(gold)
        && gold.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
      if (!Files.isRegularFile(gold)) {
        throw new Annalist.ConfigurationException("no such validation file: " + gold);
      }
      return validationFile();
    }
    if (parse != null || ontology != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--parse and --ontology apply to a validation file (RECORDS.xml), not to a gold folder");
    }
    Dictionaries dictionarySet = goldDictionaries();
    if (!Files.isRegularFile(gold.resolve("events.jsonl"))
        || !Files.isRegularFile(gold.resolve("articles.jsonl"))) {
      throw new Annalist.ConfigurationException(
          "not a gold folder (needs articles.jsonl and events.jsonl): " + gold);
    }
    GoldSet set;
    try {
      set = GoldSet.read(gold);
    } catch (IllegalArgumentException e) {
      throw new Annalist.ConfigurationException(e.getMessage());
    }
    DependencyCoder coder = new DependencyCoder(dictionarySet);
    Pipeline pipeline =
        new Pipeline(
            CoreNlpParser.shared(),
            coder,
            StandardContextStage.shared().withActors(coder::actorAt));
    List<Pipeline.Result> results = codeAll(pipeline, set.articles());
    List<CodedEvent> events = new ArrayList<>();
    Map<String, EventContext> contexts = new HashMap<>();
    Map<String, AnnotatedArticle> parsed = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    for (Pipeline.Result r : results) {
      events.addAll(r.coding().events());
      contexts.putAll(r.context().byId());
      parsed.put(r.annotated().article().id(), r.annotated());
      texts.put(r.annotated().article().id(), r.annotated().text());
    }
    GoldScorer.Evaluation e = GoldScorer.evaluate(events, set.events());
    ContextScorer.Evaluation context = ContextScorer.evaluate(events, contexts, set.events());
    EntityScorer.Evaluation entities;
    try {
      entities =
          EntityScorer.evaluate(
              set.entities(), texts, (id, b, end) -> coder.actorAt(parsed.get(id), b, end));
    } catch (IllegalArgumentException ex) {
      throw new Annalist.ConfigurationException(ex.getMessage());
    }

    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "gold: %s: %d articles, %d events (%d negated, not counted)%n",
        gold,
        set.articles().size(),
        set.events().size(),
        set.events().stream().filter(GoldEvent::negated).count());
    out.printf(Locale.ROOT, "strict:  %s%n", e.strict());
    out.printf(Locale.ROOT, "lenient: %s%n", e.lenient());
    out.printf(
        Locale.ROOT,
        "context of matched events: date %s, place country %s%n",
        context.dates(),
        context.countries());
    if (!set.entities().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "entities: %d persons, organisations and countries with a code (%d without, not scored)%n",
          entities.recognitions().size(),
          entities.unscored());
      for (Map.Entry<GoldEntity.Kind, EntityScorer.Counts> k : entities.byKind().entrySet()) {
        out.printf(Locale.ROOT, "  %-8s %s%n", k.getKey().label() + ":", k.getValue());
      }
      out.printf(Locale.ROOT, "  %-8s %s%n", "all:", entities.all());
    }
    if (failures) {
      for (CodedEvent p : e.falsePositives()) {
        out.printf(
            Locale.ROOT,
            "spurious %s: %s %s %s (%s / %s / %s) [%s]%n",
            p.articleId(),
            p.source().code(),
            p.event().code(),
            p.target().code(),
            p.source().text(),
            p.verb().text(),
            p.target().text(),
            p.patternId());
      }
      for (ContextScorer.Miss m : context.misses()) {
        out.printf(
            Locale.ROOT,
            "wrong %s %s: gold %s, coded %s in: %s%n",
            m.what(),
            m.gold().id(),
            m.expected(),
            m.actual(),
            m.gold().sentence());
      }
      for (GoldEvent g : e.missed()) {
        out.printf(
            Locale.ROOT,
            "missed %s: %s %s %s in: %s%n",
            g.id(),
            g.sourceCode(),
            g.cameo(),
            g.targetCode(),
            g.sentence());
      }
      for (EntityScorer.Recognition r : entities.wrong()) {
        ActorMention a = r.actor();
        out.printf(
            Locale.ROOT,
            "wrong entity %s %s: %s is %s, read %s%s from \"%s\" %s%n",
            r.entity().articleId(),
            r.entity().kind().label(),
            r.entity().text(),
            r.entity().code(),
            a.code(),
            r.prefix() ? " (prefix right)" : "",
            a.text(),
            a.entries());
      }
      for (EntityScorer.Recognition r : entities.unrecognised()) {
        out.printf(
            Locale.ROOT,
            "unrecognised entity %s %s: %s (%s), %s%n",
            r.entity().articleId(),
            r.entity().kind().label(),
            r.entity().text(),
            r.entity().code(),
            r.occurrences() == 0
                ? "not in the article verbatim"
                : r.occurrences() + (r.occurrences() == 1 ? " occurrence" : " occurrences"));
      }
    }
    out.flush();
    if (json != null) {
      writeJson(e, set.entities().isEmpty() ? null : entities, context);
    }
    return 0;
  }

  /**
   * The dictionaries a gold folder is coded with: the bundled ones, a folder of Annalist
   * dictionaries, or PETRARCH-format files (--verbs, --actors, --agents, --discards, named relative
   * to --dictionary-dir when given) so that the same engine can be compared across dictionaries.
   */
  private Dictionaries goldDictionaries() {
    boolean petrarch = verbs != null || actors != null || agents != null || discards != null;
    if (!petrarch) {
      if (dictionaryDir != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--dictionary-dir names the folder of PETRARCH files given with --verbs, --actors, "
                + "--agents or --discards");
      }
      return CodeCommand.loadDictionaries(dictionaries);
    }
    if (dictionaries != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "give either --dictionaries (Annalist format) or PETRARCH files, not both");
    }
    if (verbs == null || actors == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "a gold folder coded with PETRARCH dictionaries needs at least --verbs and --actors");
    }
    List<Problem> problems = new ArrayList<>();
    Dictionaries d =
        PetrarchDictionaryReader.read(
            petrarchFile(verbs),
            actors.stream().map(this::petrarchFile).toList(),
            agents == null ? null : petrarchFile(agents),
            discards == null ? null : petrarchFile(discards),
            problems::add);
    spec.commandLine()
        .getErr()
        .printf(
            Locale.ROOT,
            "PETRARCH dictionaries: %d problems reported while reading (see `annalist "
                + "dictionaries --petrarch-* --problems`)%n",
            problems.size());
    return d;
  }

  private Path petrarchFile(String name) {
    Path p = dictionaryDir == null ? Path.of(name) : dictionaryDir.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new Annalist.ConfigurationException("no such dictionary file: " + p);
    }
    return p;
  }

  private int validationFile() {
    if (dictionaries != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--dictionaries is for Annalist dictionaries; a validation file is coded with PETRARCH "
              + "dictionaries (see --dictionary-dir, --verbs, --actors, --agents, --discards, --ontology)");
    }
    PetrarchEval eval =
        new PetrarchEval(
            gold,
            parse == null ? PetrarchEval.ParseSource.given : parse,
            new PetrarchEval.Overrides(dictionaryDir, verbs, actors, agents, discards, ontology));
    return eval.run(spec.commandLine().getOut(), spec.commandLine().getErr(), failures, json);
  }

  private List<Pipeline.Result> codeAll(Pipeline pipeline, List<Article> articles) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<Pipeline.Result>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> pipeline.process(a)));
      }
      List<Pipeline.Result> results = new ArrayList<>();
      for (Future<Pipeline.Result> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (ExecutionException e) {
      throw new IllegalStateException("coding failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    } finally {
      pool.shutdownNow();
    }
  }

  private void writeJson(
      GoldScorer.Evaluation e, EntityScorer.Evaluation entities, ContextScorer.Evaluation context) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("gold", gold.toString());
    put(root.putObject("strict"), e.strict());
    put(root.putObject("lenient"), e.lenient());
    ObjectNode matched = root.putObject("context");
    for (var c : Map.of("dates", context.dates(), "countries", context.countries()).entrySet()) {
      ObjectNode node = matched.putObject(c.getKey());
      node.put("scored", c.getValue().scored());
      node.put("correct", c.getValue().correct());
      node.put("accuracy", c.getValue().accuracy());
    }
    if (entities != null) {
      ObjectNode node = root.putObject("entities");
      node.put("unscored", entities.unscored());
      for (Map.Entry<GoldEntity.Kind, EntityScorer.Counts> k : entities.byKind().entrySet()) {
        put(node.putObject(k.getKey().label()), k.getValue());
      }
      put(node.putObject("all"), entities.all());
    }
    try {
      mapper.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), root);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + json, ex);
    }
  }

  private static void put(ObjectNode node, EntityScorer.Counts c) {
    node.put("total", c.total());
    node.put("recognised", c.recognised());
    node.put("exact", c.exact());
    node.put("prefix", c.prefix());
    node.put("recognition", c.recognition());
    node.put("exactAccuracy", c.exactAccuracy());
    node.put("prefixAccuracy", c.prefixAccuracy());
  }

  private static void put(ObjectNode node, Score s) {
    node.put("predicted", s.predicted());
    node.put("gold", s.gold());
    node.put("correct", s.correct());
    node.put("found", s.found());
    node.put("precision", s.precision());
    node.put("recall", s.recall());
    node.put("f1", s.f1());
  }
}
