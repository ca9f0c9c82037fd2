package org.annalist.nlp.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * What full CoreNLP NER costs: parses the first articles of a JSON-lines corpus (about 200
 * sentences) with {@link CoreNlpParser} in its default speed configuration (3-class NER only) and
 * with {@code fullNer} (CoreNLP's default NER: 3 CRF models, SUTime, numeric classifiers,
 * fine-grained rules, entity mentions), and prints sentences per second, single-threaded, as the
 * median of several runs interleaved between the two configurations, after one warm-up pass each.
 * Model loading is timed separately. A measurement, not a test: it lives under {@code src/test} so
 * it is not shipped.
 *
 * <pre>
 * cd annalist-nlp &amp;&amp; mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.annalist.nlp.corenlp.NerCostProbe [corpus.jsonl] [minSentences] [runs]
 * </pre>
 */
public final class NerCostProbe {

  private NerCostProbe() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/news.jsonl");
    int minSentences = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;

    long start = System.nanoTime();
    CoreNlpParser fast = new CoreNlpParser(new CoreNlpParser.Options(120, false));
    double fastLoad = seconds(start);
    start = System.nanoTime();
    CoreNlpParser full = new CoreNlpParser(new CoreNlpParser.Options(120, true));
    double fullLoad = seconds(start);

    List<Article> articles = firstArticles(corpus, fast, minSentences);
    List<AnnotatedArticle> fastOut = parseAll(fast, articles); // warm-up, and the reference output
    List<AnnotatedArticle> fullOut = parseAll(full, articles);
    int sentences = fastOut.stream().mapToInt(a -> a.sentences().size()).sum();
    int tokens =
        fastOut.stream().flatMap(a -> a.sentences().stream()).mapToInt(Sentence::size).sum();

    double[] fastRates = new double[runs];
    double[] fullRates = new double[runs];
    for (int run = 0; run < runs; run++) {
      fastRates[run] = sentencesPerSecond(fast, articles, sentences);
      fullRates[run] = sentencesPerSecond(full, articles, sentences);
    }

    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, %s %s, Java %s, max heap %d MB%n",
        rt.availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        rt.maxMemory() >> 20);
    System.out.printf(
        Locale.ROOT,
        "input: %s, first %d articles, %d sentences, %d tokens; 1 thread%n",
        corpus,
        articles.size(),
        sentences,
        tokens);
    System.out.printf(
        Locale.ROOT,
        "model loading: speed %.1f s, full NER %.1f s (POS and parser shared)%n",
        fastLoad,
        fullLoad);
    report("speed (3class NER)", fastRates);
    report("full NER (default)", fullRates);
    System.out.printf(
        Locale.ROOT, "ratio speed/full (medians): %.2fx%n", median(fastRates) / median(fullRates));
    System.out.println("NER tags, speed: " + nerCounts(fastOut));
    System.out.println("NER tags, full:  " + nerCounts(fullOut));
  }

  private static List<Article> firstArticles(Path corpus, CoreNlpParser parser, int minSentences)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    int sentences = 0;
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while (sentences < minSentences && (line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        Article article =
            Article.of(
                node.path("id").asText("line" + articles.size()), node.path("text").asText(""));
        articles.add(article);
        sentences += parser.parse(article).sentences().size();
      }
    }
    return articles;
  }

  private static List<AnnotatedArticle> parseAll(CoreNlpParser parser, List<Article> articles) {
    return articles.stream().map(parser::parse).toList();
  }

  private static double sentencesPerSecond(
      CoreNlpParser parser, List<Article> articles, int sentences) {
    long start = System.nanoTime();
    parseAll(parser, articles);
    return sentences / seconds(start);
  }

  private static void report(String name, double[] rates) {
    StringBuilder runs = new StringBuilder();
    for (double r : rates) {
      runs.append(String.format(Locale.ROOT, " %.1f", r));
    }
    System.out.printf(
        Locale.ROOT, "%-20s median %.1f sentences/s (runs:%s)%n", name, median(rates), runs);
  }

  private static Map<String, Integer> nerCounts(List<AnnotatedArticle> parsed) {
    Map<String, Integer> counts = new TreeMap<>();
    for (AnnotatedArticle a : parsed) {
      for (Sentence s : a.sentences()) {
        for (Token t : s.tokens()) {
          if (!t.ner().equals("O")) {
            counts.merge(t.ner(), 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
