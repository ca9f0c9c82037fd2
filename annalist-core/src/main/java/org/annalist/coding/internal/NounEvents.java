package org.annalist.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.model.Token;

/**
 * Events named by nouns whose actors stand in the noun's phrases: <em>the withdrawal of Russian
 * troops from Syria</em>, <em>the removal of President Bazoum by his country's military</em>,
 * <em>the arrest of X by police</em>. A noun names an event only when the sentence asserts or
 * reports it, so that topics (<em>talks on the withdrawal</em>) and appeals (<em>urged the
 * withdrawal</em>, coded by the appeal's verb) are not taken for acts:
 *
 * <ul>
 *   <li>the subject of a predicate of occurrence (<em>began</em>, <em>took place</em>, <em>is under
 *       way</em>) or the object of a verb that announces, orders, carries out or shows it
 *       (<em>announced</em>, <em>ordered</em>, <em>saw</em>): the act;
 *   <li>the aim of a preparation or plan (<em>preparations for the withdrawal</em>, <em>preparing
 *       for the withdrawal</em>, <em>the withdrawal will be ready</em>): the intention to act, with
 *       the intention code.
 * </ul>
 *
 * <p>Each noun says which phrase is its actor and which its target: a withdrawal's {@code of}
 * phrase is who withdraws and its {@code from} phrase whom from; an arrest's or a removal's {@code
 * of} phrase is whom it befalls and its {@code by} phrase who does it. A noun with no actor phrase
 * names no event. Stateless; thread-safe.
 */
public final class NounEvents {

  /**
   * What an event noun codes and where its actors stand.
   *
   * @param id the rule's name, for provenance
   * @param code the act's CAMEO code
   * @param intentionCode the code of the intention to act, or null when the noun has none
   * @param sourcePreposition the preposition of the actor's phrase
   * @param targetPreposition the preposition of the target's phrase
   * @param targetRole a role the target must have, named (a removal is of a named leader:
   *     <em>President Bazoum</em>, not <em>the ambassador</em>), or null
   */
  public record Rule(
      String id,
      String code,
      String intentionCode,
      String sourcePreposition,
      String targetPreposition,
      String targetRole) {

    @Override
    public String toString() {
      return id
          + " ("
          + sourcePreposition
          + " $) ("
          + targetPreposition
          + " +) = "
          + code
          + (intentionCode == null ? "" : ", intended " + intentionCode);
    }
  }

  /**
   * An event noun the sentence asserts.
   *
   * @param noun the event noun
   * @param rule its rule
   * @param code the code: the act's, or the intention's
   * @param source the head of the actor's phrase
   * @param target the head of the target's phrase, or null
   * @param governor the word whose modality and reporting the event takes
   * @param intended whether the sentence states an intention or preparation to act
   */
  public record Found(
      Token noun,
      Rule rule,
      String code,
      Token source,
      Token target,
      Token governor,
      boolean intended) {}

  private static final Rule WITHDRAWAL = new Rule("withdrawal", "0874", "0356", "of", "from", null);
  private static final Rule ARREST = new Rule("arrest", "173", null, "by", "of", null);
  private static final Rule REMOVAL = new Rule("removal", "180", null, "by", "of", "GOV");

  private static final Map<String, Rule> RULES =
      Map.ofEntries(
          Map.entry("withdrawal", WITHDRAWAL),
          Map.entry("pullout", WITHDRAWAL),
          Map.entry("pull-out", WITHDRAWAL),
          Map.entry("drawdown", WITHDRAWAL),
          Map.entry("arrest", ARREST),
          Map.entry("detention", ARREST),
          Map.entry("removal", REMOVAL),
          Map.entry("ouster", REMOVAL),
          Map.entry("overthrow", REMOVAL),
          Map.entry("toppling", REMOVAL));

  /** Predicates whose subject the sentence says happens: "the withdrawal began". */
  private static final Set<String> OCCURRING =
      Set.of("begin", "start", "happen", "occur", "commence", "continue", "proceed", "way");

  /** Verbs whose object the sentence says happens: "announced the withdrawal". */
  private static final Set<String> ASSERTING =
      Set.of(
          "announce",
          "order",
          "begin",
          "start",
          "complete",
          "see",
          "show",
          "confirm",
          "report",
          "conduct",
          "carry",
          "finish",
          "witness");

  /** Nouns and verbs that prepare or plan an act: "preparations for the withdrawal". */
  private static final Set<String> PREPARING =
      Set.of("preparation", "prepare", "plan", "ready", "timetable", "schedule");

  private NounEvents() {}

  /** The rule for a noun, or null. */
  public static Rule rule(SentenceGraph g, Token noun) {
    if (!noun.upos().equals("NOUN")) {
      return null;
    }
    Rule r = RULES.get(g.lemma(noun));
    return r != null ? r : RULES.get(g.keys().text(noun.index() - 1));
  }

  /** The asserted event nouns of a sentence, in order. */
  public static List<Found> find(SentenceGraph g) {
    List<Found> out = new ArrayList<>(1);
    for (Token noun : g.sentence().tokens()) {
      Rule rule = rule(g, noun);
      if (rule == null) {
        continue;
      }
      Token source = phrase(g, noun, rule.sourcePreposition());
      if (source == null) {
        continue;
      }
      Token target = phrase(g, noun, rule.targetPreposition());
      Token head = g.head(noun);
      if (head == null) {
        continue;
      }
      String rel = noun.baseRelation();
      String governing = g.lemma(head);
      if (rel.equals("nsubj") && PREPARING.contains(governing) && rule.intentionCode() != null) {
        // "the withdrawal of Russian troops will be ready"
        out.add(new Found(noun, rule, rule.intentionCode(), source, target, head, true));
      } else if ((rel.equals("nmod") || rel.equals("obl"))
          && g.preposition(noun).equals("for")
          && PREPARING.contains(governing)
          && rule.intentionCode() != null) {
        // "preparations for the withdrawal were under way", "preparing for the withdrawal"
        Token governor = head.upos().equals("NOUN") ? predicateOf(g, head) : head;
        if (governor != null) {
          out.add(new Found(noun, rule, rule.intentionCode(), source, target, governor, true));
        }
      } else if (rel.equals("nsubj") && OCCURRING.contains(governing)) {
        out.add(new Found(noun, rule, rule.code(), source, target, head, false));
      } else if (rel.equals("obj") && ASSERTING.contains(governing)) {
        out.add(new Found(noun, rule, rule.code(), source, target, head, false));
      }
    }
    return out;
  }

  /** The predicate a subject noun belongs to ("preparations ... were under way"), or null. */
  private static Token predicateOf(SentenceGraph g, Token noun) {
    if (!noun.baseRelation().equals("nsubj")) {
      return null;
    }
    Token head = g.head(noun);
    return head != null && OCCURRING.contains(g.lemma(head)) ? head : null;
  }

  /** The noun of {@code noun}'s phrase introduced by {@code preposition}, or null. */
  private static Token phrase(SentenceGraph g, Token noun, String preposition) {
    for (Token d : g.children(noun, Set.of("nmod"))) {
      if (g.preposition(d).equals(preposition)) {
        return d;
      }
    }
    return null;
  }
}
