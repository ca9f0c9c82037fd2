package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.coding.CodingResult;
import org.annalist.coding.EventCoder;
import org.annalist.context.ContextStage;
import org.annalist.context.StandardContextStage;
import org.annalist.context.place.Gazetteer;
import org.annalist.ingest.ArticleReader;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Problem;
import org.annalist.nlp.Parser;
import org.annalist.nlp.corenlp.CoreNlpParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist bench}: throughput of the NLP stage, of coding alone and of the context stage
 * alone (with its share of the pipeline's time per sentence), and peak memory, on a JSON-lines
 * corpus. A measurement, not a test: it prints figures and never fails on time.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure sentences per second for NLP (CoreNLP), for coding given parses and for the context stage, and peak "
          + "resident memory, on a JSON-lines corpus (default ../shared/corpus/news.jsonl)."
    })
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

  @Parameters(paramLabel = "CORPUS", arity = "0..1", description = "JSON-lines corpus.")
  Path corpus = Path.of("..", "shared", "corpus", "news.jsonl");

  @Option(
      names = "--articles",
      paramLabel = "N",
      defaultValue = "200",
      description = "Articles to parse (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--threads",
      paramLabel = "N[,N...]",
      split = ",",
      defaultValue = "1,2",
      description = "Thread counts for the NLP runs (default: ${DEFAULT-VALUE}).")
  int[] threads;

  @Option(
      names = "--coding-rounds",
      paramLabel = "N",
      defaultValue = "15",
      description =
          "Rounds of coding over the parsed articles; the median is reported (default: ${DEFAULT-VALUE}).")
  int codingRounds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call()
      throws IOException, InterruptedException, java.util.concurrent.ExecutionException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isReadable(corpus)) {
      throw new Annalist.ConfigurationException("cannot read corpus " + corpus);
    }
    List<Article> docs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new ArticleReader()
        .read(
            corpus,
            a -> {
              if (docs.size() < articles) {
                docs.add(a);
              }
            },
            problems::add);
    for (Problem p : problems.subList(0, Math.min(5, problems.size()))) {
      spec.commandLine().getErr().println("annalist: " + p);
    }
    out.printf(
        Locale.ROOT,
        "machine: %d cores, %s %s, Java %s, max heap %,d MB%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    out.printf(
        Locale.ROOT,
        "corpus: %s, first %d articles (%,d characters)%n",
        corpus,
        docs.size(),
        docs.stream().mapToLong(a -> a.text().length()).sum());

    long t0 = System.nanoTime();
    Parser parser = CoreNlpParser.shared();
    EventCoder coder = CodeCommand.coder(CodeCommand.loadDictionaries(null), false);
    out.printf(
        Locale.ROOT,
        "load: CoreNLP pipeline and dictionaries in %.1f s%n",
        (System.nanoTime() - t0) / 1e9);
    long heapBefore = usedHeap();
    long t1 = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.standard();
    ContextStage context = StandardContextStage.shared().withActors(coder::actorAt);
    double gazetteerSeconds = (System.nanoTime() - t1) / 1e9;
    out.printf(
        Locale.ROOT,
        "load: gazetteer (%,d places) and context stage in %.2f s, about %,d MB of heap%n",
        gazetteer.size(),
        gazetteerSeconds,
        Math.max(0, usedHeap() - heapBefore) >> 20);
    for (Article a : docs.subList(0, Math.min(10, docs.size()))) {
      parser.parse(a); // warm-up
    }

    List<AnnotatedArticle> parsed = null;
    double nlpSecondsPerSentence = Double.NaN; // one thread's cost per sentence
    for (int n : threads) {
      ExecutorService pool = Executors.newFixedThreadPool(n);
      long start = System.nanoTime();
      List<Future<AnnotatedArticle>> futures = new ArrayList<>();
      for (Article a : docs) {
        futures.add(pool.submit(() -> parser.parse(a)));
      }
      List<AnnotatedArticle> result = new ArrayList<>();
      for (Future<AnnotatedArticle> f : futures) {
        result.add(f.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      long sentences = result.stream().mapToLong(r -> r.sentences().size()).sum();
      out.printf(
          Locale.ROOT,
          "nlp: %d thread(s): %,d sentences in %.1f s = %.1f sentences/s%n",
          n,
          sentences,
          seconds,
          sentences / seconds);
      out.flush();
      parsed = result;
      double perSentence = seconds * n / sentences;
      if (n == 1 || Double.isNaN(nlpSecondsPerSentence)) {
        nlpSecondsPerSentence = perSentence; // with n threads, an upper bound of one's cost
      }
    }

    long sentences = parsed.stream().mapToLong(r -> r.sentences().size()).sum();
    long events = 0;
    double[] rates = new double[codingRounds];
    for (int round = 0; round < codingRounds; round++) {
      long start = System.nanoTime();
      long e = 0;
      for (AnnotatedArticle a : parsed) {
        e += coder.code(a).events().size();
      }
      rates[round] = sentences / ((System.nanoTime() - start) / 1e9);
      events = e;
    }
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    out.printf(
        Locale.ROOT,
        "coding: 1 thread, %,d sentences, %,d events per round: median %,.0f sentences/s "
            + "(min %,.0f, max %,.0f over %d rounds)%n",
        sentences,
        events,
        sorted[sorted.length / 2],
        sorted[0],
        sorted[sorted.length - 1],
        codingRounds);
    List<CodingResult> coded = new ArrayList<>(parsed.size());
    for (AnnotatedArticle a : parsed) {
      coded.add(coder.code(a));
    }
    double[] contextRates = new double[codingRounds];
    for (int round = 0; round < codingRounds; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < parsed.size(); i++) {
        context.annotate(parsed.get(i), coded.get(i));
      }
      contextRates[round] = sentences / ((System.nanoTime() - start) / 1e9);
    }
    double[] contextSorted = contextRates.clone();
    Arrays.sort(contextSorted);
    double contextRate = contextSorted[contextSorted.length / 2];
    double codingRate = sorted[sorted.length / 2];
    out.printf(
        Locale.ROOT,
        "context: 1 thread (dates, places, features, attribution): median %,.0f sentences/s "
            + "(min %,.0f, max %,.0f over %d rounds)%n",
        contextRate,
        contextSorted[0],
        contextSorted[contextSorted.length - 1],
        codingRounds);
    double base = nlpSecondsPerSentence + 1 / codingRate;
    out.printf(
        Locale.ROOT,
        "context cost: %.3f ms per sentence, %.1f%% of NLP and coding's %.2f ms per sentence"
            + " (one thread)%n",
        1e3 / contextRate,
        100 / contextRate / base,
        1e3 * base);
    out.printf(
        Locale.ROOT,
        "memory: peak resident set %s, resident now %s%n",
        status("VmHWM"),
        status("VmRSS"));
    out.flush();
    return 0;
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }

  private static String status(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith(field + ":")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return String.format(Locale.ROOT, "%,d MB", kb >> 10);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return "unknown (" + e.getMessage() + ")";
    }
    return "unknown";
  }
}
