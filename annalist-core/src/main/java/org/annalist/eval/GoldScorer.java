package org.annalist.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.coding.CodedEvent;
import org.annalist.dictionary.TextNormalizer;

/**
 * Scores coded events against a gold set the way its README suggests: an event matches a gold event
 * of the same article when the sentences match, the CAMEO roots match, and source and target match
 * on their three-letter country or organisation prefix. Strict scoring uses the primary codes;
 * lenient scoring also accepts the {@code *Alt} codes. Negated gold events are not counted (CAMEO
 * coders do not code them). As the gold codes a restated event once, the coded events of an article
 * with the same source, code and target are one event with several mentions: it counts once, and is
 * right when one of its mentions matches. Stateless.
 */
public final class GoldScorer {

  /** Which gold codes count. */
  public enum Mode {
    STRICT,
    LENIENT
  }

  /** A scoring run: both scores, and the lenient misses both ways for inspection. */
  public record Evaluation(
      Score strict, Score lenient, List<CodedEvent> falsePositives, List<GoldEvent> missed) {
    public Evaluation {
      falsePositives = List.copyOf(falsePositives);
      missed = List.copyOf(missed);
    }
  }

  private GoldScorer() {}

  public static Evaluation evaluate(List<CodedEvent> predicted, List<GoldEvent> gold) {
    List<GoldEvent> counted = gold.stream().filter(g -> !g.negated()).toList();
    List<CodedEvent> falsePositives = new ArrayList<>();
    List<GoldEvent> missed = new ArrayList<>();
    Score strict = score(predicted, counted, Mode.STRICT, null, null);
    Score lenient = score(predicted, counted, Mode.LENIENT, falsePositives, missed);
    return new Evaluation(strict, lenient, falsePositives, missed);
  }

  private static Score score(
      List<CodedEvent> predicted,
      List<GoldEvent> gold,
      Mode mode,
      List<CodedEvent> falsePositives,
      List<GoldEvent> missed) {
    // an article that restates an event (same source, code and target in another sentence)
    // reports one event: it counts once, and is right when any of its mentions matches
    Map<List<String>, List<CodedEvent>> events = new LinkedHashMap<>();
    for (CodedEvent p : predicted) {
      events
          .computeIfAbsent(
              List.of(p.articleId(), p.source().code(), p.event().code(), p.target().code()),
              k -> new ArrayList<>())
          .add(p);
    }
    int correct = 0;
    for (List<CodedEvent> mentions : events.values()) {
      if (mentions.stream().anyMatch(p -> gold.stream().anyMatch(g -> matches(p, g, mode)))) {
        correct++;
      } else if (falsePositives != null) {
        falsePositives.add(mentions.get(0));
      }
    }
    int found = 0;
    for (GoldEvent g : gold) {
      if (predicted.stream().anyMatch(p -> matches(p, g, mode))) {
        found++;
      } else if (missed != null) {
        missed.add(g);
      }
    }
    return new Score(events.size(), gold.size(), correct, found);
  }

  /** Whether a coded event matches a gold event under {@code mode}. */
  public static boolean matches(CodedEvent p, GoldEvent g, Mode mode) {
    if (!p.articleId().equals(g.articleId()) || !sameSentence(p.sentence().text(), g.sentence())) {
      return false;
    }
    boolean lenient = mode == Mode.LENIENT;
    return anyPrefix(p.event().root(), g.cameo(), lenient ? g.cameoAlt() : List.of(), 2)
        && anyPrefix(p.source().code(), g.sourceCode(), lenient ? g.sourceAlt() : List.of(), 3)
        && anyPrefix(p.target().code(), g.targetCode(), lenient ? g.targetAlt() : List.of(), 3);
  }

  private static boolean anyPrefix(
      String actual, String primary, List<String> alternatives, int n) {
    if (actual == null || actual.length() < n) {
      return false;
    }
    String want = actual.substring(0, n);
    if (primary != null && primary.startsWith(want)) {
      return true;
    }
    for (String alt : alternatives) {
      if (alt != null && alt.startsWith(want)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Equal after normalising white space, quotes and case, or one contains the other (truncated
   * gold).
   */
  static boolean sameSentence(String a, String b) {
    String x = normal(a);
    String y = normal(b);
    return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.contains(y) || y.contains(x));
  }

  private static String normal(String s) {
    return TextNormalizer.key(TextNormalizer.collapseSpaces(s));
  }
}
