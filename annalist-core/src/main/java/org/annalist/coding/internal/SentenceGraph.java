package org.annalist.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.annalist.coding.ActorMention;
import org.annalist.dictionary.TokenKeys;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * A sentence's dependency tree with children lists and dictionary keys, built once per sentence.
 * Knows the relation names of both UD v1 (as in older parses: {@code dobj}, {@code nsubjpass},
 * {@code neg}) and UD v2 (CoreNLP 4.5: {@code obj}, {@code nsubj:pass}, {@code obl}).
 */
public final class SentenceGraph {

  public static final Set<String> SUBJECT = Set.of("nsubj", "csubj");
  public static final Set<String> PASSIVE_SUBJECT =
      Set.of("nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass");
  public static final Set<String> OBJECT = Set.of("obj", "dobj");
  public static final Set<String> INDIRECT_OBJECT = Set.of("iobj");
  public static final Set<String> OBLIQUE = Set.of("obl", "nmod", "obl:tmod", "obl:npmod", "advcl");
  public static final Set<String> AGENT = Set.of("obl:agent", "nmod:agent");
  public static final Set<String> PASSIVE_AUX = Set.of("aux:pass", "auxpass");
  public static final Set<String> PARTICLE = Set.of("compound:prt", "prt");

  private final Sentence sentence;
  private final String articleText;
  private final TokenKeys keys;
  private final int[][] children;
  private final Function<Token, ActorMention> antecedents;
  private final Supplier<String> articleCountry;

  public SentenceGraph(Sentence sentence, String articleText) {
    this(sentence, articleText, t -> null, () -> null);
  }

  /**
   * A sentence whose pronouns stand for the actors {@code antecedents} gives them (see {@link
   * Discourse}).
   */
  public SentenceGraph(
      Sentence sentence,
      String articleText,
      Function<Token, ActorMention> antecedents,
      Supplier<String> articleCountry) {
    this.antecedents = antecedents;
    this.articleCountry = articleCountry;
    this.sentence = sentence;
    this.articleText = articleText;
    this.keys = new TokenKeys(sentence.tokens());
    int n = sentence.size();
    int[] counts = new int[n + 1];
    for (Token t : sentence.tokens()) {
      counts[t.head()]++;
    }
    children = new int[n + 1][];
    for (int i = 0; i <= n; i++) {
      children[i] = new int[counts[i]];
      counts[i] = 0;
    }
    for (Token t : sentence.tokens()) {
      children[t.head()][counts[t.head()]++] = t.index();
    }
  }

  /** The actor a pronoun of this sentence stands for, or null when the discourse gives none. */
  public ActorMention antecedent(Token pronoun) {
    return antecedents.apply(pronoun);
  }

  /** The state the article is mostly about ({@link Discourse#articleCountry()}), or null. */
  public String articleCountry() {
    return articleCountry.get();
  }

  public Sentence sentence() {
    return sentence;
  }

  /** The article text between two offsets. */
  public String sentenceText(int begin, int end) {
    return articleText.substring(begin, end);
  }

  public TokenKeys keys() {
    return keys;
  }

  public Token token(int index) {
    return sentence.token(index);
  }

  public Token head(Token t) {
    return t.head() == 0 ? null : sentence.token(t.head());
  }

  /** Token {@code t}'s text or lemma key is {@code key}. */
  public boolean is(Token t, String key) {
    return keys.is(t.index() - 1, key);
  }

  public String lemma(Token t) {
    String l = keys.lemma(t.index() - 1);
    return l == null ? keys.text(t.index() - 1) : l;
  }

  public int[] childIndexes(Token t) {
    return children[t.index()];
  }

  /** The first child with one of the relations, or null. */
  public Token child(Token t, Set<String> relations) {
    for (int c : children[t.index()]) {
      Token d = sentence.token(c);
      if (relations.contains(d.deprel())) {
        return d;
      }
    }
    return null;
  }

  /** The children with one of the relations (exact names, or base names when {@code byBase}). */
  public List<Token> children(Token t, Set<String> relations) {
    List<Token> out = new ArrayList<>(2);
    for (int c : children[t.index()]) {
      Token d = sentence.token(c);
      if (relations.contains(d.deprel()) || relations.contains(d.baseRelation())) {
        out.add(d);
      }
    }
    return out;
  }

  public boolean hasChild(Token t, Set<String> relations) {
    return child(t, relations) != null;
  }

  /**
   * The preposition introducing a nominal, lower case, multi-word ones joined by a space ({@code
   * according to}); empty when it has none.
   */
  public String preposition(Token nominal) {
    StringBuilder b = new StringBuilder();
    for (int c : children[nominal.index()]) {
      Token d = sentence.token(c);
      if (d.index() > nominal.index()) {
        break;
      }
      if (d.deprel().equals("case") || d.deprel().equals("mark")) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(keys.text(d.index() - 1));
        for (int f : children[d.index()]) {
          Token fixed = sentence.token(f);
          if (fixed.deprel().equals("fixed") || fixed.deprel().equals("mwe")) {
            b.append(' ').append(keys.text(fixed.index() - 1));
          }
        }
      }
    }
    return b.toString();
  }

  /** The conjuncts of {@code t} ({@code t} first), following {@code conj} links. */
  public List<Token> withConjuncts(Token t) {
    List<Token> out = new ArrayList<>(2);
    collectConjuncts(t, out, 0);
    return out;
  }

  private void collectConjuncts(Token t, List<Token> out, int depth) {
    out.add(t);
    if (depth > 8) {
      return;
    }
    for (int c : children[t.index()]) {
      Token d = sentence.token(c);
      if (d.baseRelation().equals("conj")) {
        collectConjuncts(d, out, depth + 1);
      }
    }
  }
}
