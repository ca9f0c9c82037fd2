package org.annalist.context.place.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.context.place.PlaceMention;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * Finds the place attached to an event's verb in the dependency parse: a place phrase governed by
 * the verb (or a verb it controls, "preparing to withdraw ... from Syria") through {@code obl} or
 * {@code nmod} with a locative or directional preposition ("in Sochi", "inside Syria", "from
 * Syria"), or one step further down, under the verb's object or oblique ("an attack on a base in
 * Iraq", "in the resort of Sochi"). Stateless and thread-safe.
 */
public final class EventAttachment {

  /** Prepositions that make a place phrase say where an act happened or went. */
  public static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "inside",
          "at",
          "near",
          "from",
          "to",
          "into",
          "outside",
          "across",
          "throughout",
          "within",
          "around",
          "over",
          "toward",
          "towards",
          "through",
          "onto",
          "off",
          "along");

  private EventAttachment() {}

  /** Prepositions that say where an act happened, not where it came from or went. */
  public static final Set<String> WHERE =
      Set.of(
          "in",
          "inside",
          "at",
          "near",
          "outside",
          "across",
          "throughout",
          "within",
          "around",
          "along");

  /**
   * The mention attached to the verb, or {@code null} when none is: one saying where ("in Muscat")
   * before one saying whence or whither ("envoys from Iran").
   */
  public static PlaceMention attached(Sentence sentence, int verb, List<PlaceMention> mentions) {
    PlaceMention where = attached(sentence, verb, mentions, WHERE);
    return where != null ? where : attached(sentence, verb, mentions, LOCATIVE);
  }

  private static PlaceMention attached(
      Sentence sentence, int verb, List<PlaceMention> mentions, Set<String> preps) {
    if (mentions.isEmpty()) {
      return null;
    }
    List<List<Token>> children = new ArrayList<>(sentence.size() + 1);
    for (int i = 0; i <= sentence.size(); i++) {
      children.add(new ArrayList<>(2));
    }
    for (Token t : sentence.tokens()) {
      if (t.head() <= sentence.size()) {
        children.get(t.head()).add(t);
      }
    }
    List<Integer> heads = new ArrayList<>();
    heads.add(verb);
    for (int i = 0; i < heads.size() && heads.size() < 4; i++) {
      for (Token c : children.get(heads.get(i))) {
        if (c.deprel().equals("xcomp")) {
          heads.add(c.index());
        }
      }
    }
    for (int h : heads) {
      for (Token c : children.get(h)) {
        if (isOblique(c) && locative(children, c, preps)) {
          PlaceMention m = covering(mentions, c.index());
          if (m != null) {
            return m;
          }
        }
      }
    }
    for (int h : heads) {
      for (Token c : children.get(h)) {
        String rel = c.baseRelation();
        if (!(isOblique(c) || rel.equals("obj") || rel.equals("iobj"))) {
          continue;
        }
        boolean parentLocative = locative(children, c, preps);
        for (Token g : children.get(c.index())) {
          if (!isOblique(g)) {
            continue;
          }
          if (locative(children, g, preps) || (parentLocative && hasCase(children, g, "of"))) {
            PlaceMention m = covering(mentions, g.index());
            if (m != null) {
              return m;
            }
            // "during a meeting in the Black Sea resort of Sochi"
            for (Token o : children.get(g.index())) {
              if (isOblique(o) && hasCase(children, o, "of")) {
                m = covering(mentions, o.index());
                if (m != null) {
                  return m;
                }
              }
            }
          }
        }
      }
    }
    return null;
  }

  private static boolean isOblique(Token t) {
    String rel = t.baseRelation();
    return rel.equals("obl") || rel.equals("nmod");
  }

  /** Whether {@code t} has the preposition {@code word} ("of Sochi"). */
  public static boolean hasCase(Sentence sentence, Token t, String word) {
    for (Token c : sentence.tokens()) {
      if (c.head() == t.index() && c.deprel().equals("case") && c.text().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} heads a phrase of one of {@code preps} ("in Syria", "across Iraq"). */
  public static boolean locativePhrase(Sentence sentence, Token t, Set<String> preps) {
    for (Token c : sentence.tokens()) {
      if (c.head() == t.index()
          && c.deprel().equals("case")
          && preps.contains(c.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean locative(List<List<Token>> children, Token t, Set<String> preps) {
    for (Token c : children.get(t.index())) {
      if ((c.deprel().equals("case") || c.deprel().equals("advmod"))
          && preps.contains(c.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCase(List<List<Token>> children, Token t, String word) {
    for (Token c : children.get(t.index())) {
      if (c.deprel().equals("case") && c.text().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static PlaceMention covering(List<PlaceMention> mentions, int token) {
    for (PlaceMention m : mentions) {
      if (m.covers(token)) {
        return m;
      }
    }
    return null;
  }
}
