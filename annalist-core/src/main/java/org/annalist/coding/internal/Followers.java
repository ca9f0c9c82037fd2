package org.annalist.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.model.Token;

/**
 * Acts done again by others, named only by reference to the first one: <em>the United States and
 * France followed suit</em>, <em>the move by the U.S. administration was followed by similar
 * statements from Canada, Brazil and Colombia</em>. The followers do what the leader did, to the
 * same target. The coder copies the leader's event for each follower; this class only finds the
 * construction and the words that name the followers and the leader. Stateless.
 */
public final class Followers {

  /** Nouns of the agent phrase that name a like act: "similar statements", "the same step". */
  private static final Set<String> ACTS =
      Set.of(
          "statement",
          "move",
          "step",
          "decision",
          "announcement",
          "action",
          "measure",
          "declaration",
          "recognition",
          "expulsion",
          "sanction");

  private static final Set<String> LIKE = Set.of("similar", "same", "like");

  /** Relations of a possessor: "Venezuela's neighbours" are not Venezuela. */
  private static final Set<String> POSSESSOR = Set.of("nmod:poss", "poss");

  /**
   * One construction.
   *
   * @param verb the verb of following
   * @param followers the heads of the phrases that name the followers, in sentence order
   * @param leader the head of the phrase naming the act followed ("the move by the U.S.
   *     administration"), or null ("followed suit")
   */
  public record Found(Token verb, List<Token> followers, Token leader) {}

  private Followers() {}

  /** The construction at {@code v}, or null. */
  public static Found find(SentenceGraph g, Token v) {
    if (!g.lemma(v).equals("follow")) {
      return null;
    }
    boolean passive =
        g.hasChild(v, SentenceGraph.PASSIVE_SUBJECT) || g.hasChild(v, SentenceGraph.PASSIVE_AUX);
    if (!passive) {
      Token object = g.child(v, SentenceGraph.OBJECT);
      Token subject = Clauses.subject(g, v);
      if (object == null || subject == null || !g.lemma(object).equals("suit")) {
        return null;
      }
      return new Found(v, g.withConjuncts(subject), null);
    }
    Token agent = Clauses.passiveAgent(g, v);
    if (agent == null || !likeAct(g, agent)) {
      return null;
    }
    List<Token> followers = new ArrayList<>();
    for (Token act : g.withConjuncts(agent)) {
      names(g, act, followers, 0);
    }
    followers.sort(java.util.Comparator.comparingInt(Token::index));
    return followers.isEmpty()
        ? null
        : new Found(v, followers, g.child(v, SentenceGraph.PASSIVE_SUBJECT));
  }

  /** "similar statements", "the same step". */
  private static boolean likeAct(SentenceGraph g, Token agent) {
    if (!ACTS.contains(g.lemma(agent))) {
      return false;
    }
    for (Token m : g.children(agent, Set.of("amod"))) {
      if (LIKE.contains(g.lemma(m))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The proper names in the phrases of {@code t} that may name an actor: conjuncts, phrases and
   * apposed names ("from Canada and a slew of governments, including Venezuela's neighbours Brazil
   * and Colombia"), not possessors.
   */
  private static void names(SentenceGraph g, Token t, List<Token> out, int depth) {
    if (depth > 5) {
      return;
    }
    for (int c : g.childIndexes(t)) {
      Token d = g.token(c);
      if (POSSESSOR.contains(d.deprel()) || d.upos().equals("PUNCT")) {
        continue;
      }
      if (d.upos().equals("PROPN") && !d.deprel().equals("compound") && !out.contains(d)) {
        out.add(d);
      }
      names(g, d, out, depth + 1);
    }
  }
}
