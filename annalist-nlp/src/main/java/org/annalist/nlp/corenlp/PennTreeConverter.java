package org.annalist.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.GrammaticalStructureFactory;
import edu.stanford.nlp.trees.LabeledScoredTreeFactory;
import edu.stanford.nlp.trees.PennTreeReader;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeFactory;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructureFactory;
import edu.stanford.nlp.util.Filters;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Problem;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * Turns a Penn Treebank constituency tree (as in the PETRARCH validation records) into a
 * one-sentence {@link AnnotatedArticle} in the model {@link CoreNlpParser} produces: one token per
 * leaf, basic Universal Dependencies (v2) from CoreNLP's tree converter ({@code
 * UniversalEnglishGrammaticalStructure}, punctuation kept, every token with one head), relation
 * names exactly as CoreNLP gives them ({@code obj}, {@code obl}, {@code nsubj:pass}, {@code
 * compound:prt}, ...), the tree's tag as Penn POS, UPOS from {@link UniversalPos}, lemmas from
 * CoreNLP's {@code Morphology}, and NER {@code "O"}.
 *
 * <p><b>Trees.</b> Trees may span several lines, with or without an outer {@code (ROOT ...)} or an
 * unlabelled {@code ( ...)} root. Function tags ({@code NP-TMP}) are kept, since the converter uses
 * them ({@code obl:tmod}). TABARI's auxiliary tags are read as the Penn tags they stand for ({@code
 * AUXB} VB, {@code AUXD} VBD, {@code AUXG} VBG, {@code AUXN} VBN, {@code AUXP} VBP, {@code AUXZ}
 * VBZ), both for the conversion and for the tokens' {@code xpos}. A tree that cannot be read or
 * converted is a caller's error: {@link IllegalArgumentException} with the reason.
 *
 * <p><b>Offsets.</b> Leaves are Treebank-escaped ({@code -LRB-}, {@code ``}, {@code n't} split
 * off); each is aligned to the text, left to right, skipping whitespace, to get character offsets.
 * Quote, apostrophe and dash variants and letter case are not told apart, so {@code ``} matches
 * {@code "} and {@code “}, {@code BOKO} matches {@code Boko}. An aligned token's text is the text's
 * characters at its offsets. Some trees were made from slightly different text; alignment then
 * resynchronises where a leaf and the two after it occur in a row further on. A leaf that is not in
 * the text is not an error: its token keeps the leaf's word as text and is placed at the current
 * position, with zero width or, when it stands for one unmatched word of the text ({@code centre}
 * for the tree's {@code center}), that word's offsets. Leaves not found and text left without a
 * token are reported in {@link AnnotatedArticle#skipped()}.
 *
 * <p><b>Thread safety.</b> Stateless: the dependency converter is built once per JVM and is
 * thread-safe; a {@code Morphology} (not thread-safe) is made per call.
 */
public final class PennTreeConverter {

  // accept every word: punctuation keeps its "punct" dependency, as in CoreNLP's own pipeline
  private static final GrammaticalStructureFactory DEPENDENCIES =
      new UniversalEnglishGrammaticalStructureFactory(Filters.acceptFilter());

  private static final TreeFactory TREES = new LabeledScoredTreeFactory(CoreLabel.factory());

  /** TABARI's auxiliary tags, which some PETRARCH trees carry, and the Penn tags they stand for. */
  private static final Map<String, String> TABARI_AUXILIARY_TAGS =
      Map.of(
          "AUXB", "VB", "AUXD", "VBD", "AUXG", "VBG", "AUXN", "VBN", "AUXP", "VBP", "AUXZ", "VBZ");

  /** Treebank escapes and the characters they stand for. */
  private static final Map<String, String> ESCAPES =
      Map.of("-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}");

  /** How many leaves after a leaf must follow it in the text to accept it further on. */
  private static final int RESYNC_CONFIRMATION = 2;

  private static final int MAX_QUOTED = 80;

  private static final String CLOSING_PUNCTUATION = ".,;:!?";

  private PennTreeConverter() {}

  /**
   * The article {@code text} with one sentence, parsed as {@code tree} says.
   *
   * @param id article id, not blank
   * @param text the sentence text the tree was made from; offsets index into it
   * @param date publication date, or {@code null}
   * @param tree a Penn Treebank tree in bracket notation
   * @throws IllegalArgumentException if the tree cannot be read or converted
   */
  public static AnnotatedArticle toArticle(String id, String text, LocalDate date, String tree) {
    return convert(id, text, date, tree).article();
  }

  /** The article and how its leaves were aligned to the text. */
  record Conversion(AnnotatedArticle article, Alignment alignment) {}

  /**
   * Where each leaf landed in the text.
   *
   * @param leaves one span per leaf, in order
   * @param uncovered stretches of text (not whitespace) that no leaf matched
   */
  record Alignment(List<LeafSpan> leaves, List<Span> uncovered) {

    Alignment {
      leaves = List.copyOf(leaves);
      uncovered = List.copyOf(uncovered);
    }

    /** How many leaves were not found in the text. */
    int notFound() {
      return (int) leaves.stream().filter(l -> !l.found()).count();
    }
  }

  /**
   * A leaf's place in the text.
   *
   * @param found whether the leaf's word is at {@code [begin, end)}; if not, the place is a guess
   */
  record LeafSpan(int begin, int end, boolean found) {}

  private record Leaf(String word, String tag) {}

  static Conversion convert(String id, String text, LocalDate date, String tree) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tree, "tree");
    Article article = new Article(id, text, date, null, null, null);
    String where = id + " sentence 0";
    Tree parse = read(tree);
    List<Leaf> leaves = new ArrayList<>();
    collectLeaves(parse, leaves);
    if (leaves.isEmpty()) {
      throw new IllegalArgumentException("tree has no words: " + abbreviate(tree));
    }
    int n = leaves.size();
    int[] heads = new int[n + 1];
    String[] relations = new String[n + 1];
    int root = dependencies(parse, n, heads, relations);
    List<Problem> problems = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      if (heads[i] < 0 && i != root) {
        heads[i] = root;
        relations[i] = UniversalPos.isPunctuation(leaves.get(i - 1).tag()) ? "punct" : "dep";
        problems.add(
            new Problem(
                where,
                "token "
                    + i
                    + " "
                    + quote(leaves.get(i - 1).word())
                    + " has no head in the converted tree; attached to the root as "
                    + relations[i]));
      }
    }
    heads[root] = 0;
    relations[root] = "root";

    Alignment alignment = align(text, leaves.stream().map(Leaf::word).toList());
    reportAlignment(text, leaves, alignment, where, problems);
    Morphology morphology = new Morphology();
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      Leaf leaf = leaves.get(i - 1);
      LeafSpan span = alignment.leaves().get(i - 1);
      String word =
          span.found() ? text.substring(span.begin(), span.end()) : plainWord(leaf.word());
      String lemma = morphology.lemma(word, leaf.tag());
      String upos =
          UniversalPos.of(
              leaf.tag(), lemma == null ? null : lemma.toLowerCase(Locale.ROOT), relations[i]);
      tokens.add(
          new Token(
              i,
              word,
              lemma,
              upos,
              leaf.tag(),
              "O",
              span.begin(),
              span.end(),
              heads[i],
              relations[i]));
    }
    Sentence sentence = new Sentence(0, tokens.get(0).begin(), tokens.get(n - 1).end(), tokens);
    return new Conversion(new AnnotatedArticle(article, List.of(sentence), problems), alignment);
  }

  /** Reads one tree, under a {@code ROOT} node as the converter expects. */
  private static Tree read(String tree) {
    if (tree.isBlank()) {
      throw new IllegalArgumentException("tree is blank");
    }
    checkBrackets(tree);
    PennTreeReader reader = new PennTreeReader(new StringReader(tree), TREES);
    Tree parse;
    Tree extra;
    try {
      parse = reader.readTree();
      extra = parse == null ? null : reader.readTree();
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot read tree: " + CoreNlpParser.describe(e) + ": " + abbreviate(tree), e);
    }
    if (parse == null) {
      throw new IllegalArgumentException("no tree in: " + abbreviate(tree));
    }
    if (extra != null) {
      throw new IllegalArgumentException("more than one tree in: " + abbreviate(tree));
    }
    if (parse.isLeaf()) {
      throw new IllegalArgumentException("tree is a bare word: " + abbreviate(tree));
    }
    String label = parse.value();
    if (label == null || label.isEmpty()) {
      parse.setLabel(CoreLabel.factory().newLabel("ROOT"));
    } else if (!label.equals("ROOT")) {
      parse = TREES.newTreeNode("ROOT", List.of(parse));
    }
    return parse;
  }

  /**
   * Rejects text that is no tree and unbalanced brackets before the reader sees them: it would stop
   * quietly at the first complete tree or return nothing.
   */
  private static void checkBrackets(String tree) {
    if (tree.strip().charAt(0) != '(') {
      throw new IllegalArgumentException("tree does not start with '(': " + abbreviate(tree));
    }
    int depth = 0;
    for (int i = 0; i < tree.length(); i++) {
      char c = tree.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          throw new IllegalArgumentException(
              "unmatched ')' at offset " + i + " of tree: " + abbreviate(tree));
        }
      }
    }
    if (depth > 0) {
      throw new IllegalArgumentException(
          depth + " bracket(s) not closed in tree: " + abbreviate(tree));
    }
  }

  /** Words and tags in order; TABARI auxiliary tags become Penn tags in the tree too. */
  private static void collectLeaves(Tree node, List<Leaf> leaves) {
    if (node.isPreTerminal()) {
      String tag = TABARI_AUXILIARY_TAGS.getOrDefault(node.value(), node.value());
      node.label().setValue(tag);
      leaves.add(new Leaf(node.firstChild().value(), tag));
      return;
    }
    for (Tree child : node.children()) {
      if (child.isLeaf()) {
        throw new IllegalArgumentException(
            "word "
                + quote(child.value())
                + " has no part-of-speech tag (under "
                + node.value()
                + ")");
      }
      collectLeaves(child, leaves);
    }
  }

  /**
   * Fills {@code heads} and {@code relations} (1-based, -1 where none) from the basic UD
   * dependencies.
   *
   * @return the root's index
   */
  private static int dependencies(Tree parse, int n, int[] heads, String[] relations) {
    List<TypedDependency> dependencies;
    try {
      GrammaticalStructure structure = DEPENDENCIES.newGrammaticalStructure(parse);
      dependencies = structure.typedDependencies(GrammaticalStructure.Extras.NONE);
    } catch (RuntimeException | StackOverflowError e) {
      throw new IllegalArgumentException(
          "cannot convert the tree to dependencies: " + CoreNlpParser.describe(e), e);
    }
    Arrays.fill(heads, -1);
    int root = 0;
    for (TypedDependency d : dependencies) {
      int dependent = d.dep().index();
      int governor = d.gov().index();
      if (dependent < 1 || dependent > n || governor < 0 || governor > n || dependent == governor) {
        continue;
      }
      if (governor == 0) {
        if (root == 0 || dependent < root) {
          root = dependent;
        }
        continue;
      }
      // a basic graph is a tree; should a word get two heads, keep the same one every time
      if (heads[dependent] < 0 || governor < heads[dependent]) {
        heads[dependent] = governor;
        relations[dependent] = d.reln().toString();
      }
    }
    for (int i = 1; i <= n && root == 0; i++) { // no declared root: the first word nothing governs
      if (heads[i] < 0) {
        root = i;
      }
    }
    if (root == 0) {
      throw new IllegalArgumentException("the converted tree has no root: " + parse);
    }
    return root;
  }

  /**
   * Aligns Treebank leaves to {@code text}, left to right. A leaf matches where one of its surface
   * forms stands after the current position (skipping whitespace), ignoring case and quote, dash
   * and apostrophe variants. A leaf that does not match there is looked for further on, accepted
   * only if the next {@value #RESYNC_CONFIRMATION} leaves follow it; the text skipped is reported
   * as uncovered. A leaf found nowhere gets the current position, with zero width, or with the
   * width of the single word (no whitespace) that lies between it and where the next leaf matches.
   */
  static Alignment align(String text, List<String> leaves) {
    List<LeafSpan> spans = new ArrayList<>(leaves.size());
    List<Span> uncovered = new ArrayList<>();
    int pos = 0;
    for (int i = 0; i < leaves.size(); i++) {
      pos = skipWhitespace(text, pos);
      int end = matchAt(text, pos, leaves.get(i));
      if (end >= 0) {
        spans.add(new LeafSpan(pos, end, true));
        pos = end;
        continue;
      }
      int later = findAhead(text, pos, leaves, i);
      if (later >= 0) {
        uncovered.add(Span.of(text, pos, trimEnd(text, pos, later)));
        end = matchAt(text, later, leaves.get(i));
        spans.add(new LeafSpan(later, end, true));
        pos = end;
        continue;
      }
      int next = i + 1 < leaves.size() ? resync(text, pos, leaves, i + 1) : text.length();
      int gapEnd = next < 0 ? pos : wordEnd(text, pos, trimEnd(text, pos, next), leaves.get(i));
      if (gapEnd > pos && noWhitespace(text, pos, gapEnd)) {
        spans.add(new LeafSpan(pos, gapEnd, false));
        pos = gapEnd;
      } else {
        spans.add(new LeafSpan(pos, pos, false));
      }
    }
    pos = skipWhitespace(text, pos);
    if (pos < text.length()) {
      uncovered.add(Span.of(text, pos, trimEnd(text, pos, text.length())));
    }
    return new Alignment(spans, uncovered);
  }

  /** Where leaf {@code i} matches: at {@code from} (after whitespace) or confirmed further on. */
  private static int resync(String text, int from, List<String> leaves, int i) {
    int start = skipWhitespace(text, from);
    return matchAt(text, start, leaves.get(i)) >= 0 ? start : findAhead(text, start, leaves, i);
  }

  /**
   * The first position after {@code from} where leaf {@code i} matches and the next {@value
   * #RESYNC_CONFIRMATION} leaves (fewer at the end) follow it, or -1.
   */
  private static int findAhead(String text, int from, List<String> leaves, int i) {
    for (int p = from + 1; p < text.length(); p++) {
      if (isWhitespace(text.charAt(p))) {
        continue;
      }
      int end = matchAt(text, p, leaves.get(i));
      if (end >= 0 && followedBy(text, end, leaves, i + 1)) {
        return p;
      }
    }
    return -1;
  }

  private static boolean followedBy(String text, int pos, List<String> leaves, int first) {
    int last = Math.min(leaves.size(), first + RESYNC_CONFIRMATION);
    for (int j = first; j < last; j++) {
      pos = matchAt(text, skipWhitespace(text, pos), leaves.get(j));
      if (pos < 0) {
        return false;
      }
    }
    return true;
  }

  /** The end of {@code leaf} matched at {@code pos}, or -1. */
  private static int matchAt(String text, int pos, String leaf) {
    for (String form : surfaceForms(leaf)) {
      int end = pos + form.length();
      if (form.isEmpty() || end > text.length()) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < form.length() && same; k++) {
        same = fold(text.charAt(pos + k)) == fold(form.charAt(k));
      }
      if (same) {
        return end;
      }
    }
    return -1;
  }

  /** What a Treebank leaf may stand for in running text, most likely first. */
  private static List<String> surfaceForms(String leaf) {
    String escaped = ESCAPES.get(leaf);
    if (escaped != null) {
      return List.of(escaped, leaf);
    }
    return switch (leaf) {
      case "``", "''" -> List.of(leaf, "\"", "'");
      case "--" -> List.of("--", "-");
      case "..." -> List.of("...", "…");
      default -> List.of(leaf.indexOf('\\') < 0 ? leaf : leaf.replaceAll("\\\\(\\W)", "$1"));
    };
  }

  /** The leaf as a word of running text: {@code (} for {@code -LRB-}, {@code "} for {@code ``}. */
  private static String plainWord(String leaf) {
    if (leaf.equals("``") || leaf.equals("''")) {
      return "\"";
    }
    return surfaceForms(leaf).get(0);
  }

  /** Characters compared without regard to case or to quote, apostrophe and dash variants. */
  private static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '`', '\u00B4', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      default -> Character.toLowerCase(c);
    };
  }

  private static void reportAlignment(
      String text, List<Leaf> leaves, Alignment alignment, String where, List<Problem> problems) {
    List<LeafSpan> spans = alignment.leaves();
    int i = 0;
    while (i < spans.size()) {
      if (spans.get(i).found()) {
        i++;
        continue;
      }
      int first = i;
      while (i < spans.size() && !spans.get(i).found()) {
        i++;
      }
      int last = i - 1;
      StringBuilder words = new StringBuilder();
      for (int k = first; k <= last; k++) {
        words.append(k > first ? " " : "").append(leaves.get(k).word());
      }
      LeafSpan lastSpan = spans.get(last);
      StringBuilder reason =
          new StringBuilder(
              first == last ? "token " + (first + 1) : "tokens " + (first + 1) + "-" + (last + 1));
      reason.append(' ').append(quote(words.toString())).append(" not found in the text (");
      if (first < last || lastSpan.begin() == lastSpan.end()) {
        reason.append("zero width at offset ").append(spans.get(first).begin());
      }
      if (lastSpan.begin() < lastSpan.end()) {
        reason
            .append(first < last ? "; token " + (last + 1) + " given" : "given")
            .append(" the unmatched text ")
            .append(quote(text.substring(lastSpan.begin(), lastSpan.end())))
            .append(", ")
            .append(lastSpan.begin())
            .append('-')
            .append(lastSpan.end());
      }
      problems.add(new Problem(where, reason.append(')').toString()));
    }
    for (Span span : alignment.uncovered()) {
      problems.add(
          new Problem(
              where,
              "text "
                  + quote(span.text())
                  + " ("
                  + span.begin()
                  + "-"
                  + span.end()
                  + ") has no word in the tree"));
    }
  }

  private static int skipWhitespace(String text, int pos) {
    while (pos < text.length() && isWhitespace(text.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  /** {@code end} moved back over whitespace, not before {@code begin}. */
  private static int trimEnd(String text, int begin, int end) {
    while (end > begin && isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * {@code end} moved back over closing punctuation ({@code week.} for the leaf {@code wednesday}),
   * unless the leaf itself ends with it.
   */
  private static int wordEnd(String text, int begin, int end, String leaf) {
    if (leaf.isEmpty() || CLOSING_PUNCTUATION.indexOf(leaf.charAt(leaf.length() - 1)) >= 0) {
      return end;
    }
    while (end > begin + 1 && CLOSING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  private static boolean noWhitespace(String text, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String quote(String s) {
    return "\"" + (s.length() <= MAX_QUOTED ? s : s.substring(0, MAX_QUOTED - 3) + "...") + "\"";
  }

  private static String abbreviate(String tree) {
    String line = tree.replaceAll("\\s+", " ").strip();
    return line.length() <= MAX_QUOTED ? line : line.substring(0, MAX_QUOTED - 3) + "...";
  }
}
