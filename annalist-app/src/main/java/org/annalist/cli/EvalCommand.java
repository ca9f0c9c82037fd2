package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.coding.CodedEvent;
import org.annalist.eval.GoldEvent;
import org.annalist.eval.GoldScorer;
import org.annalist.eval.GoldSet;
import org.annalist.eval.Score;
import org.annalist.model.Article;
import org.annalist.nlp.corenlp.CoreNlpParser;
import org.annalist.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annalist eval}: accuracy against a gold set, strict and lenient. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Code a gold set's articles and score the events against its hand-coded events: precision, "
          + "recall and F1, strict (primary codes) and lenient (alternative codes accepted).",
      "GOLD is a folder with articles.jsonl and events.jsonl (the layout of ../shared/gold/dev)."
    })
final class EvalCommand implements Callable<Integer> {

  @Parameters(paramLabel = "GOLD", description = "Gold folder.")
  Path gold;

  @Option(
      names = "--dictionaries",
      paramLabel = "DIR",
      description = "Dictionary folder to use instead of the bundled one.")
  Path dictionaries;

  @Option(names = "--failures", description = "List the events that did not match, both ways.")
  boolean failures;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON.")
  Path json;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
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
    Pipeline pipeline =
        new Pipeline(
            CoreNlpParser.shared(),
            CodeCommand.coder(CodeCommand.loadDictionaries(dictionaries), false));
    List<CodedEvent> events = codeAll(pipeline, set.articles());
    GoldScorer.Evaluation e = GoldScorer.evaluate(events, set.events());

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
    }
    out.flush();
    if (json != null) {
      writeJson(e);
    }
    return 0;
  }

  private List<CodedEvent> codeAll(Pipeline pipeline, List<Article> articles) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<Pipeline.Result>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> pipeline.process(a)));
      }
      List<CodedEvent> events = new ArrayList<>();
      for (Future<Pipeline.Result> f : futures) {
        events.addAll(f.get().coding().events());
      }
      return events;
    } catch (ExecutionException e) {
      throw new IllegalStateException("coding failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    } finally {
      pool.shutdownNow();
    }
  }

  private void writeJson(GoldScorer.Evaluation e) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("gold", gold.toString());
    put(root.putObject("strict"), e.strict());
    put(root.putObject("lenient"), e.lenient());
    try {
      mapper.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), root);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + json, ex);
    }
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
