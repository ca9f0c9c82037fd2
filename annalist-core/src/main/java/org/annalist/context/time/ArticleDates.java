package org.annalist.context.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.context.time.TimeExpression.Kind;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * One article's time expressions and narrative dates, computed once by {@link
 * EventDater#forArticle}; immutable and thread-safe.
 *
 * <p>How an event verb is dated, first rule that gives a date wins:
 *
 * <ol>
 *   <li><b>Own clause.</b> The time expressions attached to the verb: those whose head reaches the
 *       verb in the dependency tree without leaving a clause of their own (not through a {@code
 *       ccomp}, {@code xcomp}, {@code advcl}, {@code parataxis}, {@code csubj}, relative clause, or
 *       a verb's {@code conj} / {@code dep}; participles such as "an airstrike ordered last week"
 *       stay in). The one with the shortest path wins, then the nearest in the text. Deadlines
 *       ({@link Kind#BEFORE}) and possessive dates ("the weekend's elections") never date an event;
 *       for a hypothetical event neither does a date after the reference date (the planned date).
 *       {@link Kind#SINCE} gives the start of the ongoing period ("have been conducting raids since
 *       September 2015" is dated 2015-09, as the gold sets do).
 *   <li><b>Offsets.</b> "X came one week after Y announced ...": the clause "after" introduces (Y)
 *       is dated from its governor (X) minus the offset; X from Y's own date plus it. "Two days
 *       later" and "the next day" count from the narrative date; "three days ago" from the
 *       reference. Basis {@link DateBasis#RELATIVE}.
 *   <li><b>Governing clause.</b> An undated verb takes the date of the clause it depends on (a
 *       reported act takes the saying verb's date, "preparing to withdraw" the date of
 *       "preparing"), up to the sentence root.
 *   <li><b>Narrative.</b> An undated sentence in the past tense takes the last day stated by the
 *       main clause (root) of an earlier sentence; a main clause in the present tense ("has
 *       resolved", "says") speaks of the publication day and resets the narrative. Basis {@link
 *       DateBasis#NARRATIVE}, evidence that earlier expression.
 *   <li><b>Publication date</b>, basis {@link DateBasis#PUBLICATION}.
 * </ol>
 */
public final class ArticleDates {

  /** Relations that open a clause of its own: a time expression inside does not date the head. */
  private static final Set<String> CLAUSE_RELATIONS =
      Set.of("ccomp", "xcomp", "advcl", "parataxis", "csubj", "acl:relcl", "list", "root");

  private static final int MAX_DEPTH = 12;

  private final AnnotatedArticle article;
  private final LocalDate reference;
  private final Map<Integer, Sentence> sentences;
  private final Map<Integer, List<TimeExpression>> expressions;
  private final Map<Integer, EventDate> narrativeBefore;

  private ArticleDates(
      AnnotatedArticle article,
      LocalDate reference,
      Map<Integer, Sentence> sentences,
      Map<Integer, List<TimeExpression>> expressions) {
    this.article = article;
    this.reference = reference;
    this.sentences = Map.copyOf(sentences);
    this.expressions = Map.copyOf(expressions);
    this.narrativeBefore = new HashMap<>();
    EventDate narrative = null;
    for (Sentence s : article.sentences()) {
      if (narrative != null) {
        narrativeBefore.put(s.index(), narrative);
      }
      Token root = root(s);
      if (root == null) {
        continue;
      }
      EventDate own = ownDate(s, root, false, 0);
      if (own != null
          && own.precision() == DatePrecision.DAY
          && (own.basis() == DateBasis.TEXT || own.basis() == DateBasis.RELATIVE)
          && (reference == null || !own.start().isAfter(reference))) {
        narrative = own.withBasis(DateBasis.NARRATIVE, own.evidence());
      }
    }
  }

  static ArticleDates of(AnnotatedArticle article, TemporalTagger tagger) {
    LocalDate reference = article.article().publicationDate();
    boolean anchored = reference != null;
    if (!anchored) {
      reference = dateline(article, tagger);
      anchored = reference != null;
    }
    Map<Integer, Sentence> sentences = new HashMap<>();
    Map<Integer, List<TimeExpression>> expressions = new HashMap<>();
    LocalDate tagReference = anchored ? reference : LocalDate.of(2000, 1, 1);
    for (Sentence s : article.sentences()) {
      sentences.put(s.index(), s);
      List<TimeExpression> found = tagger.find(s, article.text(), tagReference);
      if (!anchored) {
        found = found.stream().filter(ArticleDates::namesItsYear).toList();
      }
      if (!found.isEmpty()) {
        expressions.put(s.index(), found);
      }
    }
    return new ArticleDates(article, anchored ? reference : null, sentences, expressions);
  }

  private static LocalDate dateline(AnnotatedArticle article, TemporalTagger tagger) {
    for (Sentence s : article.sentences()) {
      for (TimeExpression e : tagger.find(s, article.text(), LocalDate.of(2000, 1, 1))) {
        if (e.kind() == Kind.POINT
            && (e.rule().equals("iso-date")
                || e.rule().equals("month-day-year")
                || e.rule().equals("day-month-year"))) {
          return e.value().start();
        }
      }
    }
    return null;
  }

  /** Rules whose value does not depend on the reference date. */
  private static final Set<String> ABSOLUTE_RULES =
      Set.of("iso-date", "month-day-year", "day-month-year", "month-year", "year");

  private static boolean namesItsYear(TimeExpression e) {
    String rule = e.rule().replaceFirst("^(since|before)-", "");
    return ABSOLUTE_RULES.contains(rule);
  }

  /** The article this was computed for. */
  public AnnotatedArticle article() {
    return article;
  }

  /** The date relative expressions were resolved against, or {@code null} if none was known. */
  public LocalDate reference() {
    return reference;
  }

  /** The time expressions of a sentence, in text order (empty when it has none). */
  public List<TimeExpression> expressions(int sentenceIndex) {
    return expressions.getOrDefault(sentenceIndex, List.of());
  }

  /**
   * The date of the event whose verb is token {@code verbTokenIndex} (1-based) of sentence {@code
   * sentenceIndex}, by the rules in the class comment.
   *
   * @return the date, or {@code null} only when no reference date is known and the text dates
   *     nothing
   * @throws IllegalArgumentException when the sentence or token does not exist
   */
  public EventDate date(int sentenceIndex, int verbTokenIndex, boolean hypothetical) {
    Sentence s = sentences.get(sentenceIndex);
    if (s == null) {
      throw new IllegalArgumentException(
          "article " + article.article().id() + " has no sentence " + sentenceIndex);
    }
    if (verbTokenIndex < 1 || verbTokenIndex > s.size()) {
      throw new IllegalArgumentException(
          "sentence " + sentenceIndex + " has no token " + verbTokenIndex);
    }
    Token verb = s.token(verbTokenIndex);
    boolean hyp = hypothetical;
    Token at = verb;
    for (int depth = 0; at != null && depth < MAX_DEPTH; depth++) {
      EventDate d = ownDate(s, at, hyp, 0);
      if (d != null) {
        return d;
      }
      at = governingVerb(s, at);
      hyp = false; // the governing clause (the saying or deciding) has happened
    }
    return sentenceDefault(s);
  }

  /** The date an undated clause of sentence {@code s} gets: narrative or publication. */
  private EventDate sentenceDefault(Sentence s) {
    Token root = root(s);
    EventDate narrative = narrativeBefore.get(s.index());
    if (narrative != null && (root == null || !presentTense(s, root))) {
      return narrative;
    }
    return reference == null ? null : EventDate.publication(reference);
  }

  /** The date the narrative has reached at sentence {@code s}, or the publication date. */
  private EventDate narrativeAt(Sentence s) {
    EventDate n = narrativeBefore.get(s.index());
    if (n != null) {
      return n;
    }
    return reference == null ? null : EventDate.publication(reference);
  }

  /** The date of {@code verb}'s own clause, from its attached expressions; null if none. */
  private EventDate ownDate(Sentence s, Token verb, boolean hypothetical, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    EventDate bestDate = null;
    for (TimeExpression e : expressions(s.index())) {
      if (e.kind() == Kind.BEFORE || head(s, e).deprel().equals("nmod:poss")) {
        continue; // a deadline, or a date that qualifies a noun ("the weekend's elections")
      }
      int distance = distance(s, head(s, e), verb);
      if (distance < 0) {
        continue;
      }
      EventDate d = resolve(s, e, verb, depth);
      if (d == null) {
        continue;
      }
      if (hypothetical && reference != null && d.start().isAfter(reference)) {
        continue;
      }
      int textDistance = Math.abs(e.firstToken() - verb.index());
      if (distance < bestDistance
          || (distance == bestDistance
              && textDistance < Math.abs(best.firstToken() - verb.index()))) {
        best = e;
        bestDistance = distance;
        bestDate = d;
      }
    }
    return bestDate;
  }

  /** The date expression {@code e} gives {@code verb} (to which it is attached), or null. */
  private EventDate resolve(Sentence s, TimeExpression e, Token verb, int depth) {
    if (e.kind() != Kind.DURATION_OFFSET) {
      return e.value();
    }
    long days = days(e);
    switch (e.anchor()) {
      case REFERENCE -> {
        return e.value();
      }
      case NARRATIVE -> {
        EventDate base = narrativeAt(s);
        return base == null ? null : base.plusDays(days, DateBasis.RELATIVE, e.span());
      }
      default -> {
        // FOLLOWING: the word "after" / "before" introduces the anchor clause or noun phrase
        Token link = s.token(e.lastToken());
        Token anchor = s.headOf(link);
        if (anchor == null) {
          return null;
        }
        if (isWithin(s, verb, anchor)) {
          // the verb is in the anchored clause: date it from its governor, minus the offset
          Token governor = governingVerb(s, anchor);
          if (governor == null) {
            return null;
          }
          EventDate base = clauseDate(s, governor, depth + 1);
          return base == null ? null : base.plusDays(-days, DateBasis.RELATIVE, e.span());
        }
        EventDate anchorDate = ownDate(s, anchor, false, depth + 1);
        if (anchorDate == null || anchorDate.basis() == DateBasis.PUBLICATION) {
          return null;
        }
        return anchorDate.plusDays(days, DateBasis.RELATIVE, e.span());
      }
    }
  }

  /** A clause's date by rules 1-4 (own, governing, narrative, publication). */
  private EventDate clauseDate(Sentence s, Token verb, int depth) {
    Token at = verb;
    for (int d = depth; at != null && d < MAX_DEPTH; d++) {
      EventDate own = ownDate(s, at, false, d);
      if (own != null) {
        return own;
      }
      at = governingVerb(s, at);
    }
    return sentenceDefault(s);
  }

  private static long days(TimeExpression e) {
    return e.offset().getYears() * 365L + e.offset().getMonths() * 30L + e.offset().getDays();
  }

  /** Whether {@code t} is {@code ancestor} or lies in its subtree. */
  private static boolean isWithin(Sentence s, Token t, Token ancestor) {
    Token at = t;
    for (int guard = 0; at != null && guard <= s.size(); guard++) {
      if (at.index() == ancestor.index()) {
        return true;
      }
      at = s.headOf(at);
    }
    return false;
  }

  /** The token of the expression whose head lies outside it (its syntactic head). */
  private static Token head(Sentence s, TimeExpression e) {
    Token fallback = null;
    for (int i = e.firstToken(); i <= e.lastToken(); i++) {
      Token t = s.token(i);
      if (!e.covers(t.head())) {
        boolean function = t.upos().equals("ADP") || t.upos().equals("SCONJ");
        if (!function) {
          return t;
        }
        if (fallback == null) {
          fallback = t;
        }
      }
    }
    return fallback != null ? fallback : s.token(e.lastToken());
  }

  /**
   * Edges from {@code from} up to {@code verb}, or -1 when the path leaves a clause of its own
   * first (or never reaches the verb).
   */
  private static int distance(Sentence s, Token from, Token verb) {
    Token at = from;
    int steps = 0;
    for (int guard = 0; guard <= s.size(); guard++) {
      if (at.index() == verb.index()) {
        return steps;
      }
      if (at != from && opensClause(at)) {
        return -1;
      }
      if (at == from && opensClause(at) && at.isVerb()) {
        return -1;
      }
      Token up = s.headOf(at);
      if (up == null) {
        return -1;
      }
      at = up;
      steps++;
    }
    return -1;
  }

  private static boolean opensClause(Token t) {
    String rel = t.deprel();
    if (CLAUSE_RELATIONS.contains(rel) || rel.startsWith("csubj") || rel.startsWith("advcl")) {
      return true;
    }
    return t.isVerb() && (rel.equals("conj") || rel.equals("dep"));
  }

  /** The verb whose clause {@code verb}'s clause depends on (through any nouns), or null. */
  private static Token governingVerb(Sentence s, Token verb) {
    Token at = s.headOf(verb);
    for (int guard = 0; at != null && guard <= s.size(); guard++) {
      if (at.isVerb() || at.head() == 0) {
        return at;
      }
      at = s.headOf(at);
    }
    return null;
  }

  private static Token root(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.head() == 0 && !t.upos().equals("PUNCT")) {
        return t;
      }
    }
    return null;
  }

  /** "says", "has resolved", "is reported": the main clause speaks of the publication day. */
  private static boolean presentTense(Sentence s, Token root) {
    if (root.xpos().equals("VBZ") || root.xpos().equals("VBP")) {
      return true;
    }
    for (Token t : s.tokens()) {
      if (t.head() == root.index()
          && t.deprel().startsWith("aux")
          && (t.xpos().equals("VBZ") || t.xpos().equals("VBP"))) {
        return true;
      }
    }
    return false;
  }

  /** All the article's time expressions, in text order (for reports and provenance). */
  public List<TimeExpression> allExpressions() {
    List<TimeExpression> all = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      all.addAll(expressions(s.index()));
    }
    return List.copyOf(all);
  }
}
