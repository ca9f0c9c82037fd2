package org.annalist.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.context.time.ArticleDates;
import org.annalist.context.time.EventDate;
import org.annalist.context.time.EventDater;
import org.annalist.eval.GoldSet;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.annalist.nlp.corenlp.CoreNlpParser;
import org.annalist.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Event-date accuracy on the gold development set (../shared/gold/dev): for every gold event with a
 * date, the {@link EventDater}'s date for the event's verb must {@link EventDate#matchesGold match}
 * the gold date.
 *
 * <p>An approximation until coded events are wired in: the event's verb is found from the gold
 * record alone, as the verb that governs both the source and the target as written in the sentence
 * (the lowest verb above both in the parse), else the verb above the source, else above the target,
 * else the root of the sentence. The gold {@code hypothetical} flag is passed on. Prints the
 * accuracy and every miss.
 */
class GoldDatesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eventDatesMatchTheGoldForAtLeastTheFloor() throws IOException {
    Path folder = SharedData.require("gold/dev");
    GoldSet gold = GoldSet.read(folder);
    EventDater dater = new EventDater();
    Map<String, ArticleDates> dates = new HashMap<>();
    Map<String, AnnotatedArticle> parsed = new HashMap<>();
    for (Article a : gold.articles()) {
      AnnotatedArticle p = CoreNlpParser.shared().parse(a);
      parsed.put(a.id(), p);
      dates.put(a.id(), dater.forArticle(p));
    }
    int total = 0;
    int correct = 0;
    List<String> misses = new ArrayList<>();
    Map<String, Integer> byBasis = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(folder.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode e = JSON.readTree(line);
      if (e.path("date").isNull() || e.path("date").isMissingNode()) {
        continue;
      }
      total++;
      String id = e.get("event_id").asText();
      String goldDate = e.get("date").asText();
      AnnotatedArticle article = parsed.get(e.get("article_id").asText());
      EventVerb verb = verbOf(article, e);
      if (verb == null) {
        misses.add(id + " gold " + goldDate + ": sentence or verb not found");
        continue;
      }
      EventDate ours =
          dates
              .get(article.article().id())
              .date(
                  verb.sentence().index(), verb.token().index(), e.get("hypothetical").asBoolean());
      if (ours != null) {
        byBasis.merge(
            ours.basis() + (ours.matchesGold(goldDate) ? " ok" : " miss"), 1, Integer::sum);
      }
      if (ours != null && ours.matchesGold(goldDate)) {
        correct++;
      } else {
        misses.add(
            String.format(
                Locale.ROOT,
                "%s gold %s ours %s (%s '%s') verb '%s'",
                id,
                goldDate,
                ours == null ? "none" : ours.iso(),
                ours == null ? "-" : ours.basis(),
                ours == null ? "" : ours.evidenceText(),
                verb.token().text()));
      }
    }
    double accuracy = total == 0 ? 0 : (double) correct / total;
    String report =
        String.format(Locale.ROOT, "event dates: %d/%d = %.3f correct", correct, total, accuracy);
    System.out.println(report + "; by basis " + byBasis);
    misses.forEach(m -> System.out.println("  miss " + m));
    System.out.println(timing(dater, parsed));
    assertTrue(total >= 90, report); // the dev set's dated events
    // measured 2026-11-25: 98/101 = 0.970 (publication date alone: 69/101 = 0.683); the issue
    // asks for >= 0.85 on matched events
    assertTrue(accuracy >= 0.93, report);
  }

  /**
   * Tagging cost, printed, never asserted: {@code forArticle} (tagging every sentence) over the
   * parsed gold articles, 200 rounds after 50 warm-up rounds, in microseconds per sentence.
   */
  private static String timing(EventDater dater, Map<String, AnnotatedArticle> parsed) {
    int sentences = parsed.values().stream().mapToInt(a -> a.sentences().size()).sum();
    long sink = 0;
    for (int round = 0; round < 50; round++) {
      for (AnnotatedArticle a : parsed.values()) {
        sink += dater.forArticle(a).allExpressions().size();
      }
    }
    int rounds = 200;
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (AnnotatedArticle a : parsed.values()) {
        sink += dater.forArticle(a).allExpressions().size();
      }
    }
    double micros = (System.nanoTime() - start) / 1000.0 / rounds / sentences;
    return String.format(
        Locale.ROOT,
        "tagging: %.1f us per sentence (%d sentences of %d gold articles, %d rounds, %d cores; %d)",
        micros,
        sentences,
        parsed.size(),
        rounds,
        Runtime.getRuntime().availableProcessors(),
        sink % 10);
  }

  private record EventVerb(Sentence sentence, Token token) {}

  /** The gold event's verb, as the class comment describes. */
  private static EventVerb verbOf(AnnotatedArticle article, JsonNode e) {
    String text = article.text();
    String sentenceText = e.get("sentence").asText();
    int begin = text.indexOf(sentenceText);
    if (begin < 0) {
      begin = text.indexOf(sentenceText.substring(0, Math.min(40, sentenceText.length())));
    }
    if (begin < 0) {
      return null;
    }
    int end = begin + sentenceText.length();
    Token source = mention(article, e.path("source_text").asText(""), begin, end);
    Token target = mention(article, e.path("target_text").asText(""), begin, end);
    for (Sentence s : article.sentences()) {
      if (s.end() <= begin || s.begin() >= end) {
        continue;
      }
      Token src = source != null && inSentence(s, source) ? source : null;
      Token tgt = target != null && inSentence(s, target) ? target : null;
      Token verb = null;
      if (src != null && tgt != null) {
        for (Token a = verbAbove(s, src); a != null; a = verbAbove(s, a)) {
          if (isAncestorOrSelf(s, a, tgt)) {
            verb = a;
            break;
          }
        }
      }
      if (verb == null && src != null) {
        verb = verbAbove(s, src);
      }
      if (verb == null && tgt != null) {
        verb = verbAbove(s, tgt);
      }
      if (verb == null && (src != null || tgt != null || s.begin() <= begin)) {
        for (Token t : s.tokens()) {
          if (t.head() == 0) {
            verb = t;
          }
        }
      }
      if (verb != null) {
        return new EventVerb(s, verb);
      }
    }
    return null;
  }

  private static boolean inSentence(Sentence s, Token t) {
    return t.begin() >= s.begin() && t.end() <= s.end() && s.tokens().contains(t);
  }

  /** The head token of the first occurrence of the mention (parentheses dropped) in the range. */
  private static Token mention(AnnotatedArticle article, String mention, int begin, int end) {
    String m = mention.replaceAll("\\([^)]*\\)", "").strip();
    if (m.isEmpty()) {
      return null;
    }
    int at = article.text().indexOf(m, begin);
    if (at < 0 || at >= end) {
      return null;
    }
    int mEnd = at + m.length();
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        if (t.begin() >= at && t.end() <= mEnd) {
          Token head = s.headOf(t);
          if (head == null || head.begin() < at || head.end() > mEnd) {
            return t;
          }
        }
      }
    }
    return null;
  }

  /** The nearest verb strictly above {@code t}, or null. */
  private static Token verbAbove(Sentence s, Token t) {
    for (Token a = s.headOf(t); a != null; a = s.headOf(a)) {
      if (a.isVerb()) {
        return a;
      }
    }
    return null;
  }

  private static boolean isAncestorOrSelf(Sentence s, Token ancestor, Token t) {
    for (Token a = t; a != null; a = s.headOf(a)) {
      if (a.index() == ancestor.index()) {
        return true;
      }
    }
    return false;
  }
}
