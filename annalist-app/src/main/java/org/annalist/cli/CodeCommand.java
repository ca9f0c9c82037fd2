package org.annalist.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.coding.CodedEvent;
import org.annalist.coding.DependencyCoder;
import org.annalist.coding.EventCoder;
import org.annalist.context.EventContext;
import org.annalist.context.StandardContextStage;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.DictionaryException;
import org.annalist.ingest.ArticleReader;
import org.annalist.model.Article;
import org.annalist.model.Problem;
import org.annalist.nlp.corenlp.CoreNlpParser;
import org.annalist.output.ArticleFeaturesWriter;
import org.annalist.output.EventWriter;
import org.annalist.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annalist code}: articles in, CAMEO events out. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Code news articles into CAMEO events, written to standard output.",
      "Inputs are plain-text files (one article each), JSON-lines files (.jsonl: one article per line, "
          + "fields text, id, date, title, url, source), folders (read recursively) or - for standard input.",
      "Problems with inputs are reported on standard error, one line each; the other inputs are still coded."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was coded",
      "1:some inputs failed (each is reported on stderr)",
      "2:bad command line or configuration"
    })
final class CodeCommand implements java.util.concurrent.Callable<Integer> {

  enum Format {
    jsonl,
    tsv
  }

  @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*", description = "Articles to code.")
  List<String> inputs;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description =
          "Publication date for articles that carry none (dates decide date-limited actor codes).")
  LocalDate date;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      paramLabel = "FORMAT",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); see docs/output.md.")
  Format format;

  @Option(
      names = "--dictionaries",
      paramLabel = "DIR",
      description =
          "Dictionary folder to use instead of the bundled one (see docs/dictionaries.md).")
  Path dictionaries;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      defaultValue = "1000000",
      description = "Reject articles longer than N characters (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(
      names = "--include-negated",
      description = "Also write negated events (flagged modality.negated), for evaluation.")
  boolean includeNegated;

  @Option(
      names = "--features",
      paramLabel = "FILE",
      description =
          "Also write each article's features (persons, organisations, places with coordinates,"
              + " quotations, casualty and arrest counts, tone; GKG-like) to FILE as JSON lines.")
  Path featuresFile;

  @Option(
      names = "--progress",
      defaultValue = "auto",
      paramLabel = "WHEN",
      description =
          "Progress bar on stderr: ${COMPLETION-CANDIDATES} (default: auto, when stderr is a terminal).")
  Reporter.Progress progress;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also report sentences the coder declined and why.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand Annalist root;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (maxChars < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-chars must be at least 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    Reporter reporter = new Reporter(err, progress);
    EventCoder coder = coder(loadDictionaries(dictionaries), includeNegated);
    List<Inputs.Input> files = Inputs.expand(inputs, reporter::failed);
    ArticleReader reader = new ArticleReader(date, maxChars);

    long events = 0;
    int articles = 0;
    int sentences = 0;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "annalist-worker");
              t.setDaemon(true);
              return t;
            });
    try (OutputStream out = new BufferedOutputStream(new NonClosing(root.out), 1 << 16);
        EventWriter writer = EventWriter.forFormat(format.name(), out);
        OutputStream featuresOut =
            featuresFile == null
                ? OutputStream.nullOutputStream()
                : new BufferedOutputStream(Files.newOutputStream(featuresFile), 1 << 16);
        ArticleFeaturesWriter features = new ArticleFeaturesWriter(featuresOut)) {
      this.features = featuresFile == null ? null : features;
      Pipeline pipeline = null;
      Deque<Pending> pending = new ArrayDeque<>();
      int done = 0;
      for (Inputs.Input input : files) {
        List<Article> read = Inputs.read(input, reader, root.in, reporter::failed);
        if (!read.isEmpty() && pipeline == null) {
          pipeline =
              new Pipeline(
                  CoreNlpParser.shared(),
                  coder,
                  StandardContextStage.shared().withActors(coder::actorAt));
        }
        for (Article a : read) {
          Pipeline p = pipeline;
          pending.add(new Pending(a.id(), pool.submit(() -> p.process(a))));
          while (pending.size() >= threads * 4) {
            Pipeline.Result r = drain(pending.removeFirst(), reporter);
            if (r != null) {
              articles++;
              sentences += r.annotated().sentences().size();
              events += write(writer, r, reporter);
            }
          }
        }
        done++;
        reporter.progress(done, files.size(), events);
      }
      while (!pending.isEmpty()) {
        Pipeline.Result r = drain(pending.removeFirst(), reporter);
        if (r != null) {
          articles++;
          sentences += r.annotated().sentences().size();
          events += write(writer, r, reporter);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write events: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    reporter.endProgress();
    if (verbose || reporter.failures() > 0 || files.size() > 1) {
      reporter.info(
          String.format(
              java.util.Locale.ROOT,
              "%,d articles, %,d sentences, %,d events; %d inputs failed",
              articles,
              sentences,
              events,
              reporter.failures()));
    }
    return reporter.failures() > 0 ? Annalist.EXIT_INPUT_FAILED : 0;
  }

  /** Where article features go during a run, or {@code null}. */
  private ArticleFeaturesWriter features;

  private record Pending(String articleId, Future<Pipeline.Result> result) {}

  private long write(EventWriter writer, Pipeline.Result r, Reporter reporter) throws IOException {
    for (Problem p : r.annotated().skipped()) {
      reporter.warning(p);
    }
    if (verbose) {
      r.coding().notes().forEach(reporter::warning);
    }
    for (Problem p : r.problems()) {
      if (!r.annotated().skipped().contains(p) && !r.coding().notes().contains(p)) {
        reporter.warning(p); // a later stage's, e.g. the context stage failed on this article
      }
    }
    if (features != null && r.context() != null) {
      features.write(r.context().features());
    }
    Map<String, EventContext> context = r.context() == null ? Map.of() : r.context().byId();
    for (CodedEvent e : r.coding().events()) {
      writer.write(e, context.get(e.id()));
    }
    return r.coding().events().size();
  }

  private static Pipeline.Result drain(Pending p, Reporter reporter) {
    try {
      return p.result().get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      reporter.failed(new Problem(p.articleId(), "could not be coded: " + cause));
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  static Dictionaries loadDictionaries(Path folder) {
    try {
      return folder == null ? Dictionaries.defaults() : Dictionaries.load(folder);
    } catch (DictionaryException e) {
      throw new Annalist.ConfigurationException("dictionary error: " + e.getMessage());
    }
  }

  static EventCoder coder(Dictionaries d, boolean includeNegated) {
    DependencyCoder coder = new DependencyCoder(d);
    return includeNegated ? coder.includingNegated() : coder;
  }

  /** Keeps standard output open when the writer is closed. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
