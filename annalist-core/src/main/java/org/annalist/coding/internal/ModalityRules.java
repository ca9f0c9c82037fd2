package org.annalist.coding.internal;

import java.util.Set;
import org.annalist.coding.Modality;
import org.annalist.model.Token;

/**
 * How an event is asserted: its verb's auxiliaries and negation, and the verbs and clauses that
 * govern it (intention, aspect, future, obligation, condition, negating governors). Stateless.
 */
public final class ModalityRules {

  private static final Set<String> INTENTION =
      Set.of(
          "prepare",
          "plan",
          "intend",
          "want",
          "seek",
          "aim",
          "hope",
          "expect",
          "vow",
          "pledge",
          "promise",
          "decide",
          "agree",
          "consider",
          "offer",
          "propose",
          "try",
          "attempt",
          "mull",
          "wish",
          "strive",
          "threaten",
          "aspire",
          "resolve",
          "undertake",
          "push",
          "move",
          "look",
          "prefer",
          "wait",
          "hesitate",
          "scramble",
          "rush");
  private static final Set<String> NEGATING =
      Set.of(
          "refuse", "fail", "decline", "reject", "avoid", "cease", "stop", "halt", "abandon",
          "deny", "forget", "neglect", "quit", "forgo", "refrain");
  private static final Set<String> ASPECT =
      Set.of(
          "begin",
          "start",
          "continue",
          "resume",
          "keep",
          "manage",
          "proceed",
          "commence",
          "dare",
          "tend",
          "seem",
          "appear",
          "use");
  private static final Set<String> FUTURE_GOVERNOR =
      Set.of(
          "about",
          "set",
          "poised",
          "ready",
          "due",
          "likely",
          "expected",
          "scheduled",
          "slated",
          "bound",
          "willing",
          "prepared",
          "eager",
          "determined",
          "unlikely");
  private static final Set<String> OBLIGATION =
      Set.of(
          "have", "need", "ought", "obliged", "required", "forced", "compelled", "able", "unable");
  private static final Set<String> EVIDENTIAL =
      Set.of(
          "see",
          "know",
          "believe",
          "report",
          "say",
          "think",
          "hear",
          "understand",
          "rumor",
          "rumour",
          "allege",
          "suspect",
          "thought",
          "seen",
          "known");

  /**
   * Verbs of getting in touch whose to-infinitive with an object is the purpose the contact served,
   * reported as done: "Jonathan called Buhari to concede defeat".
   */
  private static final Set<String> CONTACT = Set.of("call", "phone", "telephone", "ring");

  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> CONDITIONAL_AUX =
      Set.of("would", "may", "might", "could", "should", "can", "must", "ca", "'d");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");
  private static final Set<String> CONDITION_MARKERS = Set.of("if", "unless", "whether");
  private static final Set<String> AUX = Set.of("aux", "aux:pass", "auxpass");
  private static final Set<String> NEG = Set.of("neg", "advmod");

  private ModalityRules() {}

  /**
   * The modality of the event at {@code v}, or {@code null} when {@code v} is not an event of its
   * own.
   */
  public static Modality of(SentenceGraph g, Token v) {
    Modality m = local(g, v, true);
    Token t = v;
    for (int depth = 0; depth < 8; depth++) {
      Token gov = g.head(t);
      String rel = t.baseRelation();
      if (gov == null) {
        break;
      }
      if (rel.equals("xcomp")) {
        String lemma = g.lemma(gov);
        if (INTENTION.contains(lemma)) {
          // a negated intention ("won't try to clash") is still only an intention: the negation
          // belongs to the intending, and the event is flagged as intended, not as done
          m = m.or(new Modality(false, false, false, true)).or(local(g, gov, false));
          t = gov;
          continue;
        } else if (NEGATING.contains(lemma)) {
          m = m.or(new Modality(true, false, false, false));
        } else if (lemma.equals("be")) {
          // "is about to restore", "is to expel"
          m = m.or(new Modality(false, true, false, false));
        } else if (lemma.equals("go") && g.hasChild(gov, AUX) && gov.xpos().equals("VBG")) {
          m = m.or(new Modality(false, true, false, false));
        } else if (FUTURE_GOVERNOR.contains(lemma)
            || FUTURE_GOVERNOR.contains(g.keys().text(gov.index() - 1))) {
          m = m.or(new Modality(false, true, false, false));
        } else if (g.hasChild(gov, SentenceGraph.PASSIVE_SUBJECT) && EVIDENTIAL.contains(lemma)) {
          // "was seen to break into", "is known to have attacked": as reported
        } else if (isContactPurpose(g, t)) {
          // "called Buhari to congratulate him": what the call was for
        } else if (OBLIGATION.contains(lemma)) {
          m = m.or(new Modality(false, false, true, false));
        } else if (!ASPECT.contains(lemma)) {
          return null;
        }
        m = m.or(local(g, gov, true));
        t = gov;
      } else if (rel.equals("conj")) {
        m = m.or(local(g, gov, false));
        t = gov;
      } else {
        break;
      }
    }
    String rel = t.baseRelation();
    Token head = g.head(t);
    if (rel.equals("advcl") && hasMarker(g, t, CONDITION_MARKERS)) {
      m = m.or(new Modality(false, false, true, false));
    }
    if (head != null && (rel.equals("ccomp") || rel.equals("parataxis"))) {
      if (NEGATING.contains(g.lemma(head))) {
        m = m.or(new Modality(true, false, false, false));
      }
      if (hasMarker(g, t, CONDITION_MARKERS)) {
        m = m.or(new Modality(false, false, true, false));
      }
    }
    return m;
  }

  /**
   * Whether {@code v} is the to-infinitive of a verb of getting in touch that has an object, the
   * person contacted: "called Buhari to congratulate him", "phoned the president to concede". Its
   * subject is the caller's (subject control), and the person called is its target when it names
   * none.
   */
  public static boolean isContactPurpose(SentenceGraph g, Token v) {
    Token gov = g.head(v);
    return gov != null
        && v.baseRelation().equals("xcomp")
        && CONTACT.contains(g.lemma(gov))
        && g.hasChild(gov, SentenceGraph.OBJECT)
        && g.child(gov, Set.of("compound:prt")) == null
        && hasMarker(g, v, Set.of("to"));
  }

  /** Flags from {@code v}'s own auxiliaries and negation. */
  private static Modality local(SentenceGraph g, Token v, boolean withNegation) {
    boolean negated = false;
    boolean future = false;
    boolean conditional = false;
    for (int c : g.childIndexes(v)) {
      Token d = g.token(c);
      String rel = d.deprel();
      String word = g.keys().text(d.index() - 1);
      if (AUX.contains(rel)) {
        String lemma = g.lemma(d);
        if (FUTURE_AUX.contains(word) || FUTURE_AUX.contains(lemma)) {
          future = true;
        } else if (CONDITIONAL_AUX.contains(word) || CONDITIONAL_AUX.contains(lemma)) {
          conditional = true;
        }
      } else if (withNegation
          && (rel.equals("neg") || (NEG.contains(rel) && NEGATORS.contains(word)))) {
        negated = true;
      }
    }
    return new Modality(negated, future, conditional, false);
  }

  /** Whether {@code clause} has a {@code mark} among {@code markers} ("if", "to"). */
  public static boolean hasMarker(SentenceGraph g, Token clause, Set<String> markers) {
    for (int c : g.childIndexes(clause)) {
      Token d = g.token(c);
      if (d.deprel().equals("mark") && markers.contains(g.keys().text(d.index() - 1))) {
        return true;
      }
    }
    return false;
  }
}
