package org.annalist.context.features.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.context.features.Quotation;
import org.annalist.context.features.SpeakerRule;
import org.annalist.dictionary.TextNormalizer;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * Finds quoted statements in the article text and their speakers.
 *
 * <p><b>Quotes</b> are found on the text, not the tokens (tokenizers rewrite quotation marks):
 * curly quotes pair as opening and closing marks, straight double quotes pair in turn; a quote
 * still open at the end of its paragraph (news style for a quotation running on into the next
 * paragraph) ends there. Quotes longer than {@value #MAX_CHARS} characters, of one word, or of
 * fewer than {@value #MIN_WORDS} words without a saying verb right before or after them, are not
 * statements (scare quotes, titles) and are skipped.
 *
 * <p><b>Speakers</b>, tried in the order of {@link SpeakerRule}: a saying verb ("say", "tell",
 * "warn", ...) right after the quote, or right before it, "according to X", any saying verb of the
 * quote's sentence outside it, and for a quote opening a sentence without a speaker of its own, the
 * speaker of the previous sentence. The speaker is the verb's subject in the parse ({@code nsubj},
 * without appositions or relative clauses), or when the parse has none, the words next to the verb.
 * Immutable and thread-safe.
 */
public final class QuotationFinder {

  static final int MIN_WORDS = 4;
  static final int MAX_CHARS = 3000;
  private static final int WINDOW = 8;

  private static final Set<String> SAY_LEMMAS =
      Set.of(
          "say",
          "tell",
          "add",
          "state",
          "declare",
          "announce",
          "insist",
          "warn",
          "claim",
          "explain",
          "note",
          "argue",
          "write",
          "reply",
          "respond",
          "ask",
          "urge",
          "stress",
          "affirm",
          "assert",
          "deny",
          "admit",
          "acknowledge",
          "confirm",
          "reiterate",
          "remark",
          "comment",
          "conclude",
          "retort",
          "agree",
          "complain",
          "predict",
          "suggest",
          "vow",
          "pledge",
          "promise",
          "threaten",
          "allege",
          "tweet",
          "recall",
          "emphasise",
          "emphasize",
          "observe",
          "quip",
          "shout",
          "testify",
          "proclaim",
          "caution",
          "plead",
          "concede",
          "counter",
          "contend",
          "maintain",
          "answer",
          "demand",
          "boast",
          "lament");
  private static final Set<String> IRREGULAR_SAY_FORMS =
      Set.of("said", "says", "told", "tells", "wrote", "writes", "written");
  private static final Set<String> TELL_LEMMAS = Set.of("tell", "ask", "assure", "inform", "warn");
  private static final Set<String> NOT_IN_NAMES =
      Set.of("ADP", "PUNCT", "VERB", "AUX", "SCONJ", "CCONJ", "ADV", "PART", "NUM", "SYM", "INTJ");
  private static final Set<String> KEEP_OUT_OF_SPEAKER =
      Set.of(
          "appos",
          "acl",
          "acl:relcl",
          "punct",
          "parataxis",
          "conj",
          "cc",
          "advcl",
          "dep",
          "cc:preconj");

  private QuotationFinder() {}

  /** The quotes of {@code article} in text order, speakers resolved against {@code entities}. */
  public static List<Quotation> find(AnnotatedArticle article, Entities entities) {
    List<Sentence> sentences = article.sentences();
    List<Quotation> out = new ArrayList<>();
    if (sentences.isEmpty()) {
      return out;
    }
    String text = article.text();
    for (int[] q : quoteMarks(text)) {
      int open = q[0];
      int close = q[1]; // offset of the closing mark, or of the paragraph end when unclosed
      int qb = open + 1;
      int qe = close;
      while (qb < qe && Character.isWhitespace(text.charAt(qb))) {
        qb++;
      }
      // the comma before a closing mark belongs to the frame ("...," he said), not the quote
      while (qe > qb
          && (Character.isWhitespace(text.charAt(qe - 1)) || text.charAt(qe - 1) == ',')) {
        qe--;
      }
      String quoted = text.substring(qb, qe);
      int words = quoted.strip().split("\\s+").length;
      if (quoted.length() > MAX_CHARS || words < 2) {
        continue;
      }
      // a short quote is a statement only when a saying verb frames it ("Preparations are
      // underway," Patrushev told ...); else a scare quote or a title
      boolean isShort = words < MIN_WORDS;
      Sentence first = sentenceAt(sentences, open);
      Sentence last = sentenceAt(sentences, Math.max(open, close - 1));
      Found found = null;
      if (close < text.length()) {
        found = afterQuote(last, close);
      }
      if (found == null) {
        found = beforeQuote(first, open);
      }
      if (isShort && (found == null || !isSpeaker(found, open, close))) {
        continue;
      }
      if (found == null) {
        found = accordingTo(sentences, first, last, open, close);
      }
      if (found == null) {
        found = sayingVerb(sentences, first, last, open, close);
      }
      if (found == null && opensSentence(first, open) && first.index() > 0) {
        found = previousSentence(sentences.get(first.index() - 1), out);
      }
      Span quote = Span.of(text, qb, qe);
      if (found != null && found.reused == null && !isSpeaker(found, open, close)) {
        found = null;
      }
      if (found == null) {
        out.add(new Quotation(first.index(), quote, null, null, null, SpeakerRule.NONE));
        continue;
      }
      Span speaker = found.speaker(text);
      String name = entities.nameAt(speaker.begin(), speaker.end(), speaker.text());
      Span verb = found.verb == null ? null : Span.of(text, found.verb.begin(), found.verb.end());
      out.add(
          new Quotation(
              first.index(),
              quote,
              speaker,
              name == null ? speaker.text() : name,
              verb,
              found.rule));
    }
    return out;
  }

  /** A speaker's first and last token, the verb, and the rule. */
  private record Found(Token from, Token to, Token verb, SpeakerRule rule, Span reused) {
    Span speaker(String text) {
      return reused != null ? reused : Span.of(text, from.begin(), to.end());
    }
  }

  /** Pairs of {@code [open, close]} mark offsets, in text order. */
  static List<int[]> quoteMarks(String text) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c != '"' && c != '\u201C' && c != '\u201E' && c != '\u00AB') {
        i++;
        continue;
      }
      int j = i + 1;
      int close = -1;
      while (j < n && j - i <= MAX_CHARS + 1) {
        char d = text.charAt(j);
        if (d == '\n') {
          break;
        }
        if (d == '"' || d == '\u201D' || d == '\u00BB') {
          close = j;
          break;
        }
        if (d == '\u201C' && c != '"') {
          break; // a new opening mark: the first quote ran on unclosed
        }
        j++;
      }
      if (close >= 0) {
        out.add(new int[] {i, close});
        i = close + 1;
      } else {
        out.add(new int[] {i, j});
        i = j;
      }
    }
    return out;
  }

  private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
    Sentence best = sentences.get(0);
    for (Sentence s : sentences) {
      if (s.begin() <= offset) {
        best = s;
      } else {
        break;
      }
    }
    return best;
  }

  /** {@code "…," X said} / {@code "…," said X}. */
  private static Found afterQuote(Sentence s, int close) {
    List<Token> after = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.begin() > close) {
        if (isQuoteMark(t)) {
          break;
        }
        after.add(t);
      }
    }
    int words = 0;
    int depth = 0;
    for (int i = 0; i < after.size() && words < WINDOW; i++) {
      Token t = after.get(i);
      // a parenthesis is an aside: "…," Nikolai Patrushev (pictured below) told reporters
      if (t.text().equals("(") || t.text().equals("-LRB-")) {
        depth++;
        continue;
      }
      if (depth > 0) {
        if (t.text().equals(")") || t.text().equals("-RRB-")) {
          depth--;
        }
        continue;
      }
      if (isPunct(t)) {
        if (words > 0) {
          return null; // "…," X, who ..., the clause has moved on
        }
        continue;
      }
      words++;
      if (isSay(t)) {
        Found f = subjectOf(s, t, SpeakerRule.AFTER_QUOTE);
        if (f != null) {
          return f;
        }
        if (words > 1) { // X said: the words between quote and verb
          int first = firstWordIndex(after);
          return new Found(after.get(first), after.get(i - 1), t, SpeakerRule.AFTER_QUOTE, null);
        }
        return nameAfter(after, i + 1, t, SpeakerRule.AFTER_QUOTE); // said X
      }
    }
    return null;
  }

  /** {@code X said: "…"} / {@code X told reporters "…"} / {@code X said that "…"}. */
  private static Found beforeQuote(Sentence s, int open) {
    List<Token> before = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.end() <= open) {
        before.add(t);
      }
    }
    int between = 0;
    for (int i = before.size() - 1; i >= 0 && between <= 3; i--) {
      Token t = before.get(i);
      if (isQuoteMark(t)) {
        return null;
      }
      if (isSay(t)) {
        boolean tell = TELL_LEMMAS.contains(key(t.lemma()));
        if (between > 0 && !tell && !onlyThat(before, i + 1)) {
          return null;
        }
        Found f = subjectOf(s, t, SpeakerRule.BEFORE_QUOTE);
        if (f != null) {
          return f;
        }
        int from = i - 1;
        while (from >= 0 && !isPunct(before.get(from)) && i - from <= WINDOW) {
          from--;
        }
        from++;
        return from < i
            ? new Found(before.get(from), before.get(i - 1), t, SpeakerRule.BEFORE_QUOTE, null)
            : null;
      }
      if (!isPunct(t)) {
        between++;
      }
    }
    return null;
  }

  private static boolean onlyThat(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!isPunct(t) && !key(t.text()).equals("that")) {
        return false;
      }
    }
    return true;
  }

  /** {@code according to X} in the quote's sentences, outside the quote. */
  private static Found accordingTo(
      List<Sentence> sentences, Sentence first, Sentence last, int open, int close) {
    for (int si = first.index(); si <= last.index(); si++) {
      List<Token> tokens = sentences.get(si).tokens();
      for (int i = 0; i + 2 < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (inside(t, open, close)
            || !key(t.text()).equals("according")
            || !key(tokens.get(i + 1).text()).equals("to")) {
          continue;
        }
        Found f = nameAfter(tokens, i + 2, null, SpeakerRule.ACCORDING_TO);
        if (f != null && !inside(f.from, open, close)) {
          return f;
        }
      }
    }
    return null;
  }

  /** The subject of any saying verb of the quote's sentences, outside the quote. */
  private static Found sayingVerb(
      List<Sentence> sentences, Sentence first, Sentence last, int open, int close) {
    for (int si = first.index(); si <= last.index(); si++) {
      Sentence s = sentences.get(si);
      for (Token t : s.tokens()) {
        if (!inside(t, open, close) && isSay(t)) {
          Found f = subjectOf(s, t, SpeakerRule.SAYING_VERB);
          if (f != null && !inside(f.from, open, close)) {
            return f;
          }
        }
      }
    }
    return null;
  }

  /** The speaker of the previous sentence: its quote's, or its saying verb's subject. */
  private static Found previousSentence(Sentence previous, List<Quotation> found) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Quotation q = found.get(i);
      if (q.quote().end() <= previous.end()
          && q.quote().end() >= previous.begin()
          && q.speaker() != null) {
        return new Found(null, null, null, SpeakerRule.PREVIOUS_SENTENCE, q.speaker());
      }
    }
    for (Token t : previous.tokens()) {
      if (isSay(t)) {
        Found f = subjectOf(previous, t, SpeakerRule.PREVIOUS_SENTENCE);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  /** Speaker words outside the quote, naming someone: not starting with "and", "but", "as"... */
  private static boolean isSpeaker(Found f, int open, int close) {
    if (inside(f.from, open, close) || inside(f.to, open, close)) {
      return false;
    }
    return switch (f.from.upos()) {
      case "CCONJ", "SCONJ", "ADP", "ADV", "PUNCT", "VERB", "AUX", "PART" -> false;
      default -> true;
    };
  }

  private static boolean opensSentence(Sentence s, int open) {
    for (Token t : s.tokens()) {
      if (t.end() <= open && !isPunct(t)) {
        return false;
      }
    }
    return true;
  }

  /** The verb's {@code nsubj} as a phrase: the subject and its dependents, clauses left out. */
  private static Found subjectOf(Sentence s, Token verb, SpeakerRule rule) {
    Token subject = null;
    for (Token t : s.tokens()) {
      if (t.head() == verb.index() && t.deprel().equals("nsubj")) {
        subject = t;
        break;
      }
    }
    if (subject == null) {
      return null;
    }
    boolean[] kept = new boolean[s.size() + 1];
    keep(s, subject.index(), kept);
    int from = subject.index();
    while (from > 1 && kept[from - 1]) {
      from--;
    }
    int to = subject.index();
    while (to < s.size() && kept[to + 1]) {
      to++;
    }
    return new Found(s.token(from), s.token(to), verb, rule, null);
  }

  private static void keep(Sentence s, int index, boolean[] kept) {
    kept[index] = true;
    for (Token t : s.tokens()) {
      if (t.head() == index && !KEEP_OUT_OF_SPEAKER.contains(t.deprel())) {
        keep(s, t.index(), kept);
      }
    }
  }

  /** The name-like words from {@code from}: up to punctuation, a preposition or a verb. */
  private static Found nameAfter(List<Token> tokens, int from, Token verb, SpeakerRule rule) {
    int to = from;
    while (to < tokens.size()
        && to - from < WINDOW
        && !isPunct(tokens.get(to))
        && !NOT_IN_NAMES.contains(tokens.get(to).upos())) {
      to++;
    }
    return to > from ? new Found(tokens.get(from), tokens.get(to - 1), verb, rule, null) : null;
  }

  private static int firstWordIndex(List<Token> tokens) {
    int i = 0;
    while (i < tokens.size() && isPunct(tokens.get(i))) {
      i++;
    }
    return i;
  }

  private static boolean inside(Token t, int open, int close) {
    return t.begin() >= open && t.end() <= close + 1;
  }

  static boolean isSay(Token t) {
    if (t.upos().equals("NOUN") || t.upos().equals("PROPN") || t.upos().equals("ADJ")) {
      return false;
    }
    String lemma = key(t.lemma());
    return SAY_LEMMAS.contains(lemma) || IRREGULAR_SAY_FORMS.contains(key(t.text()));
  }

  private static boolean isQuoteMark(Token t) {
    return switch (t.text()) {
      case "\"", "``", "''", "\u201C", "\u201D", "\u00AB", "\u00BB", "\u201E" -> true;
      default -> false;
    };
  }

  private static boolean isPunct(Token t) {
    if (t.upos().equals("PUNCT")) {
      return true;
    }
    for (int i = 0; i < t.text().length(); i++) {
      if (Character.isLetterOrDigit(t.text().charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String key(String s) {
    return TextNormalizer.key(s);
  }
}
