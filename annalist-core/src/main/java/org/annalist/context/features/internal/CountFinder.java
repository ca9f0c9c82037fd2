package org.annalist.context.features.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.context.features.CountKind;
import org.annalist.context.features.CountMention;
import org.annalist.context.features.CountQualifier;
import org.annalist.context.internal.CalendarWords;
import org.annalist.dictionary.TextNormalizer;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * Finds counts of killed, wounded, arrested, displaced and kidnapped people in a sentence, on word
 * forms (so a wrong parse does not lose them). Each number ({@link NumberReader}) is tried against
 * these patterns, first match wins; the pattern id is the {@link CountMention#patternId()}:
 *
 * <ul>
 *   <li>{@code toll}: "the death toll rose to 40": a number within eight words after "death toll"
 *   <li>{@code verb-object}: "killing 12 soldiers", "police arrested 30 protesters"
 *   <li>{@code left}: "the blast left 5 people dead", "leaving 12 injured"
 *   <li>{@code conjunct}: "killed 12 soldiers and 3 civilians": the second number, same kind
 *   <li>{@code subject}: "at least 156 people were killed", "12 were detained", "5 soldiers wounded
 *       in the attack", "30 dead", "300 refugees fled", "40 people died"; a bare participle
 *       followed by an object is active ("12 gunmen killed 3 soldiers") and counts nothing
 *   <li>{@code noun}: "40 deaths", "2,000 refugees", "12 hostages"
 * </ul>
 *
 * <p>Guards against numbers that are not counts of people: years (four digits from 1000 to 2100
 * without a qualifier), ages ("aged 30"), dates (a month name next to the number), money, clock
 * times, and numbers counting time or measures ("3 days", "10 percent", "5 km"). Stateless and
 * thread-safe.
 */
public final class CountFinder {

  private static final Map<String, CountKind> TRANSITIVE = new HashMap<>();
  private static final Map<String, CountKind> STATE = new HashMap<>();
  private static final Map<String, CountKind> INTRANSITIVE = new HashMap<>();
  private static final Map<String, CountKind> NOUNS = new HashMap<>();
  private static final Map<String, CountKind> LEFT_STATE = new HashMap<>();

  static {
    forms(
        TRANSITIVE,
        CountKind.KILLED,
        "kill killed killing kills murder murdered murdering massacre massacred massacring execute"
            + " executed executing slay slew slain slaying assassinate assassinated behead"
            + " beheaded beheading");
    forms(
        TRANSITIVE,
        CountKind.WOUNDED,
        "wound wounded wounding wounds injure injured injuring injures hurt hurting maim maimed"
            + " maiming");
    forms(
        TRANSITIVE,
        CountKind.ARRESTED,
        "arrest arrested arresting arrests detain detained detaining detains jail jailed jailing"
            + " imprison imprisoned imprisoning apprehend apprehended capture captured capturing");
    forms(
        TRANSITIVE,
        CountKind.DISPLACED,
        "displace displaced displacing displaces uproot uprooted uprooting evacuate evacuated"
            + " evacuating");
    forms(
        TRANSITIVE,
        CountKind.KIDNAPPED,
        "kidnap kidnapped kidnapping kidnaps abduct abducted abducting abducts");
    forms(STATE, CountKind.KILLED, "dead");
    forms(STATE, CountKind.DISPLACED, "homeless");
    forms(INTRANSITIVE, CountKind.KILLED, "die died dies dying perish perished perishing");
    forms(INTRANSITIVE, CountKind.DISPLACED, "flee fled flees fleeing");
    forms(NOUNS, CountKind.KILLED, "deaths fatalities");
    forms(NOUNS, CountKind.WOUNDED, "injuries");
    forms(NOUNS, CountKind.ARRESTED, "arrests detainees");
    forms(NOUNS, CountKind.DISPLACED, "refugees evacuees");
    forms(NOUNS, CountKind.KIDNAPPED, "hostages abductees");
    forms(LEFT_STATE, CountKind.KILLED, "dead");
    forms(LEFT_STATE, CountKind.WOUNDED, "wounded injured hurt");
    forms(LEFT_STATE, CountKind.DISPLACED, "homeless displaced");
  }

  /** Words allowed between the counted noun and the participle: auxiliaries and hedges. */
  private static final Set<String> AUXILIARY =
      Set.of(
          "were",
          "was",
          "are",
          "is",
          "be",
          "been",
          "being",
          "have",
          "has",
          "had",
          "reportedly",
          "also",
          "allegedly",
          "reported",
          "confirmed",
          "believed",
          "feared",
          "thought",
          "said",
          "to",
          "later",
          "all",
          "now",
          "already",
          "since",
          "subsequently",
          "shot",
          "found",
          "left",
          "either",
          "still");

  private static final Set<String> LEAVE = Set.of("left", "leaving", "leave", "leaves");
  private static final Set<String> NOT_OBJECT_UPOS =
      Set.of(
          "VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "ADV", "NUM", "PART",
          "SYM");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "of", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but",
          "were", "was", "are", "is", "be", "been", "have", "has", "had", "who", "which", "that",
          "when", "as", "to", "after", "before", "during", "since", "this", "these", "those",
          "them", "whom", "they", "it", "its", "their", "there", "while", "so", "far");
  private static final Set<String> MEASURES =
      Set.of(
          "year",
          "years",
          "month",
          "months",
          "week",
          "weeks",
          "day",
          "days",
          "hour",
          "hours",
          "minute",
          "minutes",
          "second",
          "seconds",
          "decade",
          "decades",
          "century",
          "centuries",
          "percent",
          "per",
          "%",
          "km",
          "kilometres",
          "kilometers",
          "kilometre",
          "kilometer",
          "mile",
          "miles",
          "metre",
          "metres",
          "meter",
          "meters",
          "kg",
          "kilograms",
          "tons",
          "tonnes",
          "dollars",
          "euros",
          "pounds",
          "yuan",
          "rupees",
          "times",
          "am",
          "pm",
          "a.m.",
          "p.m.",
          "o'clock",
          "gmt",
          "utc",
          "-year-old",
          "year-old",
          "years-old",
          "points",
          "votes",
          "seats",
          "barrels",
          "acres",
          "hectares",
          "square",
          "feet",
          "inches");
  private static final Set<String> BEFORE_NOT_A_COUNT =
      Set.of(
          "aged",
          "age",
          "ages",
          "$",
          "us$",
          "£",
          "€",
          "¥",
          "usd",
          "eur",
          "no.",
          "number",
          "page",
          "article",
          "resolution",
          "flight",
          "route",
          "chapter",
          "section",
          "paragraph",
          "room",
          "highway",
          "road",
          "km",
          "channel",
          "gate",
          "platform",
          "terminal",
          "level",
          "phase",
          "grade",
          "category",
          "rs",
          "rs.");
  private static final Set<String> ACTIVE_OBJECT_START =
      Set.of(
          "the",
          "a",
          "an",
          "his",
          "her",
          "their",
          "its",
          "several",
          "many",
          "some",
          "dozens",
          "hundreds",
          "thousands",
          "at",
          "more",
          "nearly",
          "about",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "one",
          "him",
          "them",
          "us",
          "me",
          "people",
          "civilians",
          "soldiers");

  private CountFinder() {}

  private static void forms(Map<String, CountKind> table, CountKind kind, String words) {
    for (String w : words.split("\\s+")) {
      table.put(w, kind);
    }
  }

  /** The counts of one sentence, in text order. */
  public static List<CountMention> find(Sentence sentence, String text) {
    List<Token> tokens = sentence.tokens();
    List<String> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      words.add(TextNormalizer.key(t.text()));
    }
    List<CountMention> out = new ArrayList<>();
    CountMention previous = null;
    int previousEnd = -1; // token index after the previous count's match
    int i = 0;
    while (i < tokens.size()) {
      NumberReader.Found n = NumberReader.read(words, i);
      if (n == null) {
        i++;
        continue;
      }
      int next = Math.max(n.end(), i + 1);
      if (!isCount(words, n)) {
        i = next;
        continue;
      }
      Match m = toll(words, n);
      if (m == null) {
        m = verbObject(words, tokens, n);
      }
      if (m == null) {
        m = left(words, tokens, n);
      }
      if (m == null
          && previous != null
          && previousEnd == n.begin() - 1
          && (words.get(n.begin() - 1).equals("and") || words.get(n.begin() - 1).equals(","))
          && (previous.patternId().equals("verb-object")
              || previous.patternId().equals("conjunct"))) {
        Noun o = object(words, tokens, n.end());
        if (o != null) {
          m = new Match(previous.kind(), n.begin(), o.end, o.from, o.end, "conjunct");
        }
      }
      if (m == null) {
        m = subject(words, tokens, n);
      }
      if (m == null) {
        m = noun(words, tokens, n);
      }
      if (m != null) {
        CountMention c = mention(sentence, tokens, text, n, m);
        out.add(c);
        previous = c;
        previousEnd = m.end;
        next = Math.max(next, n.end());
      }
      i = next;
    }
    return out;
  }

  /** A pattern's result: kind, matched words {@code [begin, end)}, object words. */
  private record Match(
      CountKind kind, int begin, int end, int objectBegin, int objectEnd, String patternId) {}

  /** The counted noun's words {@code [from, end)}, possibly none. */
  private record Noun(int from, int end) {}

  private static boolean isCount(List<String> words, NumberReader.Found n) {
    String first = words.get(n.numberBegin());
    boolean digits = first.matches("\\d{4}");
    if (digits && n.qualifier() == CountQualifier.EXACT && n.end() == n.numberBegin() + 1) {
      long year = Long.parseLong(first);
      if (year >= 1000 && year <= 2100) {
        return false;
      }
    }
    if (n.begin() > 0) {
      String before = words.get(n.begin() - 1);
      if (BEFORE_NOT_A_COUNT.contains(before) || CalendarWords.isMonth(before)) {
        return false;
      }
    }
    if (n.end() < words.size()) {
      String after = words.get(n.end());
      if (CalendarWords.isMonth(after) || MEASURES.contains(after) || after.startsWith("-year")) {
        return false;
      }
      if (after.equals(":")
          || after.equals(".")
              && n.end() + 1 < words.size()
              && words.get(n.end() + 1).matches("\\d+")) {
        return false; // 10:30, 3.5
      }
    }
    return true;
  }

  private static Match toll(List<String> words, NumberReader.Found n) {
    for (int j = n.begin() - 1; j >= Math.max(1, n.begin() - 8); j--) {
      String w = words.get(j);
      if (w.matches("\\d.*") || w.equals(";")) {
        return null;
      }
      if (w.equals("toll") && words.get(j - 1).equals("death")) {
        return new Match(CountKind.KILLED, j - 1, n.end(), n.end(), n.end(), "toll");
      }
    }
    return null;
  }

  private static Match verbObject(List<String> words, List<Token> tokens, NumberReader.Found n) {
    if (n.begin() == 0) {
      return null;
    }
    CountKind kind = TRANSITIVE.get(words.get(n.begin() - 1));
    if (kind == null) {
      return null;
    }
    Noun o = object(words, tokens, n.end());
    if (o == null) {
      return null;
    }
    return new Match(kind, n.begin() - 1, Math.max(o.end, n.end()), o.from, o.end, "verb-object");
  }

  private static Match left(List<String> words, List<Token> tokens, NumberReader.Found n) {
    if (n.begin() == 0 || !LEAVE.contains(words.get(n.begin() - 1))) {
      return null;
    }
    Noun o = object(words, tokens, n.end());
    if (o == null || o.end >= words.size()) {
      return null;
    }
    CountKind kind = LEFT_STATE.get(words.get(o.end));
    return kind == null ? null : new Match(kind, n.begin() - 1, o.end + 1, o.from, o.end, "left");
  }

  private static Match subject(List<String> words, List<Token> tokens, NumberReader.Found n) {
    Noun o = object(words, tokens, n.end());
    if (o == null) {
      return null;
    }
    int j = o.end;
    boolean auxiliary = false;
    while (j < words.size() && AUXILIARY.contains(words.get(j)) && j - o.end < 5) {
      auxiliary = true;
      j++;
    }
    if (j >= words.size()) {
      return null;
    }
    String w = words.get(j);
    CountKind kind = STATE.get(w);
    if (kind == null) {
      kind = INTRANSITIVE.get(w);
    }
    if (kind == null
        && "lost".equals(w)
        && j + 2 < words.size()
        && words.get(j + 2).equals("lives")) {
      return new Match(CountKind.KILLED, n.begin(), j + 3, o.from, o.end, "subject");
    }
    if (kind == null) {
      kind = TRANSITIVE.get(w);
      // after "were", "have been": a participle; "attempts to assassinate" is no count
      boolean participle = w.endsWith("ed") || w.equals("slain") || w.equals("hurt");
      if (kind == null || !participle || isActive(words, tokens, j, auxiliary)) {
        return null;
      }
    }
    return new Match(kind, n.begin(), j + 1, o.from, o.end, "subject");
  }

  /** A bare participle followed by its object is an active verb: the number did the killing. */
  private static boolean isActive(
      List<String> words, List<Token> tokens, int verb, boolean auxiliary) {
    if (auxiliary) {
      return false;
    }
    if (!words.get(verb).endsWith("ed")
        && !words.get(verb).equals("slain")
        && !words.get(verb).equals("hurt")) {
      return true; // "kill", "kills", "killing" after a number are never passive
    }
    if (verb + 1 >= words.size()) {
      return false;
    }
    Token next = tokens.get(verb + 1);
    String w = words.get(verb + 1);
    return ACTIVE_OBJECT_START.contains(w)
        || w.matches("\\d.*")
        || next.upos().equals("NOUN")
        || next.upos().equals("PROPN")
        || next.upos().equals("NUM")
        || (next.upos().equals("PRON") && !w.equals("when"));
  }

  private static Match noun(List<String> words, List<Token> tokens, NumberReader.Found n) {
    Noun o = object(words, tokens, n.end());
    if (o == null || o.end == o.from) {
      return null;
    }
    CountKind kind = NOUNS.get(words.get(o.end - 1));
    return kind == null ? null : new Match(kind, n.begin(), o.end, o.from, o.end, "noun");
  }

  /**
   * The counted noun after a number ending before {@code at}: up to four content words, after an
   * optional "of" ("dozens of people"); "of them" / "of whom" leave it empty. {@code null} when the
   * words count time or measures.
   */
  private static Noun object(List<String> words, List<Token> tokens, int at) {
    int from = at;
    if (from < words.size() && words.get(from).equals("of")) {
      from++;
      if (from < words.size()
          && Set.of("them", "whom", "those", "these", "us").contains(words.get(from))) {
        return new Noun(from + 1, from + 1);
      }
      if (from < words.size() && words.get(from).equals("the")) {
        from++;
      }
    }
    if (from < words.size() && MEASURES.contains(words.get(from))) {
      return null;
    }
    int end = from;
    while (end < words.size() && end - from < 4 && isObjectWord(words.get(end), tokens.get(end))) {
      end++;
    }
    if (end == from) {
      from = at; // no noun: "12 were killed"
      end = at;
    }
    return new Noun(from, end);
  }

  private static boolean isObjectWord(String w, Token t) {
    if (!w.matches("\\p{L}[\\p{L}'-]*")
        || FUNCTION_WORDS.contains(w)
        || NOT_OBJECT_UPOS.contains(t.upos())
        || STATE.containsKey(w)
        || INTRANSITIVE.containsKey(w)
        || LEFT_STATE.containsKey(w)
        || AUXILIARY.contains(w)) {
      return false;
    }
    // a participle is the pattern's verb, not the object; nouns like "detainees" stay objects
    return !TRANSITIVE.containsKey(w) || NOUNS.containsKey(w);
  }

  private static CountMention mention(
      Sentence sentence, List<Token> tokens, String text, NumberReader.Found n, Match m) {
    int length = text.length();
    Span number =
        Span.of(
            text,
            Math.min(tokens.get(n.begin()).begin(), length),
            Math.min(tokens.get(n.end() - 1).end(), length));
    int matchBegin = Math.min(tokens.get(m.begin).begin(), number.begin());
    int matchEnd = Math.max(Math.min(tokens.get(m.end - 1).end(), length), number.end());
    String object =
        m.objectEnd > m.objectBegin
            ? text.substring(
                tokens.get(m.objectBegin).begin(),
                Math.min(tokens.get(m.objectEnd - 1).end(), length))
            : "";
    return new CountMention(
        m.kind,
        n.value(),
        n.qualifier(),
        object,
        sentence.index(),
        number,
        Span.of(text, matchBegin, matchEnd),
        m.patternId);
  }
}
