package org.annalist.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.model.Problem;

/**
 * Cuts sentences longer than a token limit into consecutive chunks, between CoreNLP's sentence
 * splitting and the taggers. Text without sentence punctuation (tables, lists, scraped boilerplate)
 * otherwise becomes one "sentence" of thousands of tokens: slow to tag, meaningless to parse and
 * useless to the event coder.
 *
 * <p>A chunk ends after the last clause punctuation ({@code , ; :} and dashes) in the second half
 * of its window when there is one, else at the limit. Chunks are rebuilt as CoreNLP sentences
 * (text, character and token offsets), and every sentence and token is renumbered, because the
 * taggers and the dependency parser rely on {@code SentenceIndexAnnotation} and the 1-based {@code
 * IndexAnnotation}.
 *
 * <p>First, a sentence is also cut where a paragraph that was cut off mid-sentence runs into the
 * next one ({@link #paragraphCuts}): CoreNLP breaks sentences at blank lines only, and scraped text
 * often has one paragraph a line.
 */
final class SentenceChunker {

  private static final Set<String> CLAUSE_PUNCTUATION = Set.of(",", ";", ":", "--", "–", "—");

  private final int maxTokens;

  SentenceChunker(int maxTokens) {
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be >= 1: " + maxTokens);
    }
    this.maxTokens = maxTokens;
  }

  /**
   * Replaces the document's sentences with sentences of at most {@code maxTokens} tokens and
   * renumbers them.
   *
   * @param document a document after {@code tokenize} and {@code ssplit}
   * @param articleId the article id, for problem reports
   * @param problems receives one problem per sentence that was cut
   */
  void apply(Annotation document, String articleId, List<Problem> problems) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    String text = document.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>(sentences.size());
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> all = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int tokenBase = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      List<Integer> cuts = paragraphCuts(text, all);
      if (cuts.isEmpty() && all.size() <= maxTokens) {
        out.add(sentence);
        continue;
      }
      changed = true;
      cuts.add(all.size());
      int from = 0;
      for (int cut : cuts) {
        List<CoreLabel> piece = all.subList(from, cut);
        if (piece.size() <= maxTokens) {
          out.add(chunk(text, piece, tokenBase + from));
        } else {
          chunkLong(text, piece, tokenBase + from, articleId, out, problems);
        }
        from = cut;
      }
    }
    if (!changed) {
      return;
    }
    renumber(out);
    document.set(CoreAnnotations.SentencesAnnotation.class, out);
  }

  /**
   * Where a paragraph that was cut off mid-sentence runs into the next one (scraped text:
   * "...recognised opposition leader Juan" then a paragraph "The Venezuelan opposition leader
   * declared..."): the token indexes that start a new line with a capital after a line of at least
   * {@value #PARAGRAPH_CHARS} characters with no final punctuation. Shorter lines are left joined:
   * headings (whose words, cut off, would make events of their own) and hard-wrapped text.
   */
  static List<Integer> paragraphCuts(String text, List<CoreLabel> tokens) {
    List<Integer> cuts = new ArrayList<>(0);
    for (int i = 1; i < tokens.size(); i++) {
      CoreLabel before = tokens.get(i - 1);
      CoreLabel next = tokens.get(i);
      int gap = text.indexOf('\n', before.endPosition());
      if (gap < 0 || gap >= next.beginPosition()) {
        continue;
      }
      String last = before.word();
      String first = next.word();
      if (last.isEmpty()
          || !Character.isLetterOrDigit(last.charAt(last.length() - 1))
          || first.isEmpty()
          || !Character.isUpperCase(first.charAt(0))) {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', before.beginPosition()) + 1;
      if (before.endPosition() - lineStart >= PARAGRAPH_CHARS) {
        cuts.add(i);
      }
    }
    return cuts;
  }

  /** The shortest line taken for a whole paragraph (longer than a heading or a wrapped line). */
  static final int PARAGRAPH_CHARS = 120;

  private void chunkLong(
      String text,
      List<CoreLabel> tokens,
      int tokenBase,
      String articleId,
      List<CoreMap> out,
      List<Problem> problems) {
    int firstChunk = out.size();
    int start = 0;
    while (start < tokens.size()) {
      int end = chunkEnd(tokens, start);
      out.add(chunk(text, tokens.subList(start, end), tokenBase + start));
      start = end;
    }
    int chunks = out.size() - firstChunk;
    problems.add(
        new Problem(
            articleId + " sentence " + firstChunk,
            String.format(
                Locale.ROOT,
                "sentence of %,d tokens split into %,d chunks of at most %,d tokens (sentences %d-%d)",
                tokens.size(),
                chunks,
                maxTokens,
                firstChunk,
                out.size() - 1)));
  }

  private int chunkEnd(List<CoreLabel> tokens, int start) {
    int limit = start + maxTokens;
    if (limit >= tokens.size()) {
      return tokens.size();
    }
    for (int i = limit - 1; i >= start + maxTokens / 2; i--) {
      if (CLAUSE_PUNCTUATION.contains(tokens.get(i).word())) {
        return i + 1;
      }
    }
    return limit;
  }

  private static CoreMap chunk(String text, List<CoreLabel> tokens, int tokenBegin) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation chunk = new Annotation(text.substring(begin, end));
    chunk.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    chunk.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    chunk.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    chunk.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    chunk.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
    return chunk;
  }

  private static void renumber(List<CoreMap> sentences) {
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int t = 0; t < tokens.size(); t++) {
        tokens.get(t).setSentIndex(s);
        tokens.get(t).setIndex(t + 1);
      }
    }
  }
}
