package org.annalist.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Problem;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.annalist.nlp.Parser;

/**
 * The NLP stage on Stanford CoreNLP 4.5 (English): tokens with lemma, Penn and Universal POS,
 * named-entity tag, character offsets into the article text, and a basic Universal Dependencies
 * parse from the neural dependency parser ({@code english_UD}). Relation names are kept exactly as
 * CoreNLP gives them ({@code nsubj:pass}, {@code nmod:poss}, {@code compound:prt}, ...).
 *
 * <p><b>Pipeline.</b> {@code tokenize,ssplit} runs first; sentences longer than {@link
 * Options#maxSentenceTokens()} are then cut into consecutive chunks (each cut is reported in {@link
 * AnnotatedArticle#skipped()}); {@code pos,lemma,ner,depparse} run last on the same document. With
 * the default {@link Options} NER uses only the 3-class CRF model (PERSON, LOCATION, ORGANIZATION)
 * with SUTime, numeric classifiers, fine-grained rules and entity mentions turned off: event coding
 * needs actors, not dates or numbers, and it is several times faster.
 *
 * <p><b>Thread safety.</b> Instances are immutable and safe to share between threads: every call of
 * {@link #parse} works on its own CoreNLP {@code Annotation}, and {@code StanfordCoreNLP.annotate}
 * is thread-safe on separate annotations. Loading the models takes seconds and a few hundred MB, so
 * build one per JVM (per Spark executor): {@link #shared()}. CoreNLP also caches loaded models per
 * JVM, so two parsers with the same options share them.
 *
 * <p><b>Bad input.</b> {@link #parse} never throws on the article's content. Blank text gives no
 * sentences. If CoreNLP fails on the whole document, each sentence is retried on its own and only
 * the ones that still fail are left out; if tokenization itself fails, the article has no
 * sentences. Every omission and every cut is listed in {@link AnnotatedArticle#skipped()} with the
 * reason. Sentence indices are positions in the article after cutting, so a left-out sentence
 * leaves a gap.
 *
 * <p><b>Logging.</b> Building a parser turns CoreNLP's own logging (Redwood) down to errors for the
 * whole JVM; otherwise every model load prints to stderr.
 */
public final class CoreNlpParser implements Parser {

  /** The 3-class English CRF model: PERSON, LOCATION, ORGANIZATION. */
  static final String THREE_CLASS_NER_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  static final String UD_DEPENDENCY_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /**
   * How the parser is configured.
   *
   * @param maxSentenceTokens sentences with more tokens are cut into chunks of at most this many
   *     before tagging and parsing (default {@value #DEFAULT_MAX_SENTENCE_TOKENS})
   * @param fullNer {@code true} for CoreNLP's default NER (3-, 7- and 4-class models, SUTime,
   *     numeric classifiers, fine-grained rules, entity mentions): adds tags such as {@code DATE},
   *     {@code NUMBER}, {@code COUNTRY}, {@code TITLE} at several times the cost; {@code false}
   *     (default) for the 3-class model alone
   */
  public record Options(int maxSentenceTokens, boolean fullNer) {

    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 120;

    public Options {
      if (maxSentenceTokens < 1) {
        throw new IllegalArgumentException("maxSentenceTokens must be >= 1: " + maxSentenceTokens);
      }
    }

    /** 120-token sentences, 3-class NER. */
    public static Options defaults() {
      return new Options(DEFAULT_MAX_SENTENCE_TOKENS, false);
    }
  }

  private static final class SharedHolder {
    static final CoreNlpParser INSTANCE = new CoreNlpParser(Options.defaults());
  }

  private final Options options;
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP analyser;
  private final SentenceChunker chunker;

  /** A parser with {@link Options#defaults()}; prefer {@link #shared()}. */
  public CoreNlpParser() {
    this(Options.defaults());
  }

  /**
   * Loads the CoreNLP models (seconds).
   *
   * @throws IllegalStateException if CoreNLP cannot be set up, e.g. the models jar is missing
   */
  public CoreNlpParser(Options options) {
    this(options, load(splitterProperties()), load(analyserProperties(options)));
  }

  /** With given pipelines: lets tests make CoreNLP fail. */
  CoreNlpParser(Options options, StanfordCoreNLP splitter, StanfordCoreNLP analyser) {
    this.options = Objects.requireNonNull(options, "options");
    this.chunker = new SentenceChunker(options.maxSentenceTokens());
    this.splitter = Objects.requireNonNull(splitter, "splitter");
    this.analyser = Objects.requireNonNull(analyser, "analyser");
  }

  /** The parser with default options, built on first use, one per JVM (class loader). */
  public static CoreNlpParser shared() {
    return SharedHolder.INSTANCE;
  }

  public Options options() {
    return options;
  }

  @Override
  public AnnotatedArticle parse(Article article) {
    Objects.requireNonNull(article, "article");
    String text = article.text();
    if (text.isBlank()) {
      return new AnnotatedArticle(article, List.of());
    }
    List<Problem> problems = new ArrayList<>();
    Annotation document = new Annotation(text);
    // only SUTime (fullNer) reads it, to resolve "yesterday" and the like
    article
        .date()
        .ifPresent(date -> document.set(CoreAnnotations.DocDateAnnotation.class, date.toString()));
    List<CoreMap> coreSentences;
    try {
      splitter.annotate(document);
      chunker.apply(document, article.id(), problems);
      coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    } catch (RuntimeException
        | StackOverflowError e) { // StackOverflowError: pathological input, the stack unwinds
      rethrowIfInterrupted(e);
      return new AnnotatedArticle(
          article,
          List.of(),
          List.of(new Problem(article.id(), "CoreNLP could not split the text: " + describe(e))));
    }
    if (coreSentences == null || coreSentences.isEmpty()) {
      return new AnnotatedArticle(article, List.of(), problems);
    }
    Set<Integer> failed = analyse(document, coreSentences, article, problems);
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    for (int i = 0; i < coreSentences.size(); i++) {
      if (failed.contains(i)) {
        continue;
      }
      try {
        Sentence sentence = toSentence(i, coreSentences.get(i), text, article.id(), problems);
        if (sentence != null) {
          sentences.add(sentence);
        }
      } catch (RuntimeException e) {
        problems.add(
            new Problem(where(article.id(), i), "cannot read CoreNLP's analysis: " + describe(e)));
      }
    }
    return new AnnotatedArticle(article, sentences, problems);
  }

  @Override
  public String toString() {
    return "CoreNlpParser[maxSentenceTokens="
        + options.maxSentenceTokens()
        + ", ner="
        + (options.fullNer() ? "full" : "3class")
        + "]";
  }

  /**
   * Runs the taggers and the parser on the whole document, or, if that fails, on one sentence at a
   * time so that a bad sentence costs only itself.
   *
   * @return indices of the sentences left without analysis (each reported in {@code problems})
   */
  private Set<Integer> analyse(
      Annotation document, List<CoreMap> sentences, Article article, List<Problem> problems) {
    try {
      analyser.annotate(document);
      return Set.of();
    } catch (RuntimeException | StackOverflowError e) {
      rethrowIfInterrupted(e);
    }
    Set<Integer> failed = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap sentence = sentences.get(i);
      Annotation single = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
      single.set(
          CoreAnnotations.TokensAnnotation.class,
          sentence.get(CoreAnnotations.TokensAnnotation.class));
      single.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(List.of(sentence)));
      if (document.containsKey(CoreAnnotations.DocDateAnnotation.class)) {
        single.set(
            CoreAnnotations.DocDateAnnotation.class,
            document.get(CoreAnnotations.DocDateAnnotation.class));
      }
      try {
        analyser.annotate(single);
      } catch (RuntimeException | StackOverflowError e) {
        rethrowIfInterrupted(e);
        failed.add(i);
        problems.add(
            new Problem(
                where(article.id(), i), "CoreNLP could not analyse the sentence: " + describe(e)));
      }
    }
    return failed;
  }

  /** Our sentence for CoreNLP's, or {@code null} for a sentence without tokens. */
  private static Sentence toSentence(
      int index, CoreMap sentence, String text, String articleId, List<Problem> problems) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int n = labels.size();
    if (n == 0) {
      return null;
    }
    int[] heads = new int[n + 1];
    String[] relations = new String[n + 1];
    Arrays.fill(heads, -1);
    int root =
        readTree(
            sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class),
            n,
            heads,
            relations);
    if (root == 0) {
      root = 1;
      problems.add(
          new Problem(
              where(articleId, index),
              "no dependency parse from CoreNLP; tokens attached to token 1 as 'dep'"));
    }
    heads[root] = 0;
    relations[root] = "root";
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      CoreLabel label = labels.get(i - 1);
      String xpos = label.tag() == null ? "_" : label.tag();
      if (heads[i] < 0) { // CoreNLP left it out of the tree (stray punctuation, a second root)
        heads[i] = root;
        relations[i] = UniversalPos.isPunctuation(xpos) ? "punct" : "dep";
      }
      String lemma = label.lemma();
      String upos = label.get(CoreAnnotations.CoarseTagAnnotation.class);
      if (upos == null || upos.isEmpty()) {
        upos =
            UniversalPos.of(
                xpos, lemma == null ? null : lemma.toLowerCase(Locale.ROOT), relations[i]);
      }
      int begin = label.beginPosition();
      int end = label.endPosition();
      tokens.add(
          new Token(
              i,
              text.substring(begin, end),
              lemma,
              upos,
              xpos,
              label.ner(),
              begin,
              end,
              heads[i],
              relations[i]));
    }
    return new Sentence(index, tokens.get(0).begin(), tokens.get(n - 1).end(), tokens);
  }

  /**
   * Fills {@code heads} and {@code relations} (1-based) from the basic dependency graph.
   *
   * @return the root's index, or 0 when the graph has none
   */
  private static int readTree(SemanticGraph graph, int n, int[] heads, String[] relations) {
    if (graph == null) {
      return 0;
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      int dependent = edge.getDependent().index();
      int governor = edge.getGovernor().index();
      if (dependent < 1 || dependent > n || governor < 1 || governor > n || dependent == governor) {
        continue;
      }
      // a basic graph is a tree; should a word get two heads, keep the same one every time
      if (heads[dependent] < 0 || governor < heads[dependent]) {
        heads[dependent] = governor;
        relations[dependent] = edge.getRelation().toString();
      }
    }
    int root = 0;
    for (IndexedWord word : graph.getRoots()) {
      int i = word.index();
      if (i >= 1 && i <= n && (root == 0 || i < root)) {
        root = i;
      }
    }
    if (root == 0) { // no declared root: the first word nothing governs
      for (int i = 1; i <= n && root == 0; i++) {
        if (heads[i] < 0) {
          root = i;
        }
      }
    }
    return root;
  }

  private static StanfordCoreNLP load(Properties properties) {
    RedwoodConfiguration.errorLevel().apply();
    try {
      return new StanfordCoreNLP(properties);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot set up CoreNLP "
              + properties.getProperty("annotators")
              + " (is stanford-corenlp:models on the classpath?): "
              + describe(e),
          e);
    }
  }

  /** {@code tokenize,ssplit}. */
  static Properties splitterProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    return p;
  }

  /** {@code pos,lemma,ner,depparse}, to run on a document {@link #splitterProperties()} split. */
  static Properties analyserProperties(Options options) {
    Objects.requireNonNull(options, "options");
    Properties p = new Properties();
    p.setProperty("annotators", "pos,lemma,ner,depparse");
    // tokenize and ssplit ran in the splitter, on the same document
    p.setProperty("enforceRequirements", "false");
    p.setProperty("depparse.model", UD_DEPENDENCY_MODEL);
    if (!options.fullNer()) {
      p.setProperty("ner.model", THREE_CLASS_NER_MODEL);
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.buildEntityMentions", "false");
    }
    return p;
  }

  private static String where(String articleId, int sentenceIndex) {
    return articleId + " sentence " + sentenceIndex;
  }

  /** One line: the exception's type and message, no stack trace. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    String line =
        e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    line = line.replaceAll("\\s+", " ").strip();
    return line.length() <= 300 ? line : line.substring(0, 297) + "...";
  }

  private static void rethrowIfInterrupted(Throwable e) {
    if (e instanceof RuntimeInterruptedException interrupted) {
      throw interrupted;
    }
  }
}
