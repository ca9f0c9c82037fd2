package org.annalist.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.model.Token;

/**
 * A verb's clause: its subject (through open complements, conjuncts, relative clauses and pronouns
 * that stand for the embedding clause's subject), its passive object and agent, and the verbs above
 * it. Stateless.
 */
public final class Clauses {

  private static final Set<String> PRONOUN_SUBJECTS = Set.of("it", "they", "he", "she");

  /** Prepositions of a noun that may act (none: a subject or object; "a declaration by ..."). */
  private static final Set<String> AUTHOR_PREPOSITIONS = Set.of("", "by", "from", "of");

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");

  /**
   * Subordinators of a participle that sets the scene rather than adding an act: "after leaving
   * Eriador" is background, not the subject's news.
   */
  private static final Set<String> TEMPORAL_MARKERS =
      Set.of("after", "before", "since", "while", "when", "upon");

  private Clauses() {}

  public static Token passiveObject(SentenceGraph g, Token v) {
    Token subj = g.child(v, SentenceGraph.PASSIVE_SUBJECT);
    if (subj == null && v.deprel().equals("acl")) {
      return g.head(v);
    }
    return subj;
  }

  public static Token passiveAgent(SentenceGraph g, Token v) {
    Token agent = g.child(v, SentenceGraph.AGENT);
    if (agent != null) {
      return agent;
    }
    for (Token o : g.children(v, SentenceGraph.OBLIQUE)) {
      if (g.preposition(o).equals("by")) {
        return o;
      }
    }
    return null;
  }

  /**
   * The subject of {@code v}: its own, its governor's for complements and conjuncts, the noun of a
   * relative clause.
   */
  public static Token subject(SentenceGraph g, Token v) {
    Token t = v;
    boolean controlled = false;
    for (int depth = 0; depth < 6; depth++) {
      Token subj = g.child(t, SentenceGraph.SUBJECT);
      if (subj == null && controlled) {
        subj = g.child(t, SentenceGraph.PASSIVE_SUBJECT); // "Gollum was seen to break into"
      }
      String rel = t.deprel();
      if (rel.equals("acl:relcl")) {
        if (subj == null || RELATIVE_PRONOUNS.contains(g.lemma(subj))) {
          return g.head(t);
        }
        return subj;
      }
      if (subj == null && rel.equals("acl") && t.xpos().equals("VBG")) {
        // a present participle modifying a noun is that noun's act: "a declaration by all 29 Nato
        // countries calling on Russia to ..."; not a place's ("fired at bases hosting troops")
        Token noun = g.head(t);
        return noun != null && AUTHOR_PREPOSITIONS.contains(g.preposition(noun)) ? noun : null;
      }
      if (subj != null && subj.baseRelation().equals("csubj")) {
        // "Ethiopia indicated it should have acted", read as a clausal subject: its subject
        Token inner = g.child(subj, Set.of("nsubj"));
        subj = inner != null && g.hasChild(subj, SentenceGraph.OBJECT) ? inner : subj;
      }
      if (subj != null) {
        return PRONOUN_SUBJECTS.contains(g.keys().text(subj.index() - 1))
            ? antecedent(g, t, subj)
            : subj;
      }
      Token head = g.head(t);
      if (head == null) {
        return null;
      }
      if (rel.equals("xcomp") || rel.equals("conj")) {
        controlled = rel.equals("xcomp");
        t = head;
      } else if ((rel.equals("advcl") || rel.equals("dep") && head.isVerb())
          && nonFinite(g, t)
          && !ModalityRules.hasMarker(g, t, TEMPORAL_MARKERS)) {
        // a participle or infinitive modifying the clause shares its subject: "the army said it
        // had carried out the detentions, imposing a state of emergency"
        controlled = false;
        t = head;
      } else if (rel.equals("dep") && nonFinite(g, t) && commaBefore(g, t)) {
        // a participle after a comma that the parser hung on a noun of the clause: "carried out
        // the detentions in response to fraud, imposing a state of emergency" modifies the clause
        Token verb = verbAbove(g, head);
        if (verb == null) {
          return null;
        }
        controlled = false;
        t = verb;
      } else {
        return null;
      }
    }
    return null;
  }

  /** Whether the word before {@code v} is a comma. */
  private static boolean commaBefore(SentenceGraph g, Token v) {
    return v.index() > 1 && g.keys().text(v.index() - 2).equals(",");
  }

  /** The nearest verb above {@code t}, through nouns and their phrases, or null. */
  private static Token verbAbove(SentenceGraph g, Token t) {
    Token x = t;
    for (int depth = 0; x != null && depth < 6; depth++) {
      if (x.isVerb() && !x.upos().equals("AUX")) {
        return x;
      }
      x = g.head(x);
    }
    return null;
  }

  /** A present participle ("imposing") or a to-infinitive ("to supply"), with no subject. */
  private static boolean nonFinite(SentenceGraph g, Token v) {
    if (v.xpos().equals("VBG")) {
      return !g.hasChild(v, SentenceGraph.PASSIVE_AUX);
    }
    return v.xpos().equals("VB") && ModalityRules.hasMarker(g, v, Set.of("to"));
  }

  /**
   * A pronoun subject of an embedded clause stands for the subject of the clause that embeds it
   * ("Ethiopia indicated it would act", "Russia said it would withdraw"); otherwise the pronoun
   * stays (and resolves to no actor).
   */
  private static Token antecedent(SentenceGraph g, Token clause, Token pronoun) {
    String rel = clause.baseRelation();
    Token head = g.head(clause);
    if (head != null && (rel.equals("ccomp") || rel.equals("advcl") || rel.equals("parataxis"))) {
      Token s = subject(g, head);
      if (s != null && !PRONOUN_SUBJECTS.contains(g.keys().text(s.index() - 1))) {
        return s;
      }
    }
    return pronoun;
  }

  /**
   * {@code v} and the verbs above it through open complements and verb conjunctions, up to the top
   * of its clause ("preparing" above "withdraw" in "Moscow is preparing to withdraw").
   */
  public static List<Token> verbChain(SentenceGraph g, Token v) {
    List<Token> chain = new ArrayList<>(2);
    Token t = v;
    chain.add(t);
    for (int depth = 0; depth < 8; depth++) {
      String rel = t.baseRelation();
      Token head = g.head(t);
      if (head == null || !(rel.equals("xcomp") || rel.equals("conj"))) {
        break;
      }
      t = head;
      chain.add(t);
    }
    return chain;
  }
}
