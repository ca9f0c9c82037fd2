package org.annalist.coding.internal;

import java.util.List;
import java.util.Set;
import org.annalist.dictionary.PatternElement;
import org.annalist.dictionary.PatternElement.Complement;
import org.annalist.dictionary.PatternElement.ObjectPhrase;
import org.annalist.dictionary.PatternElement.ObjectSlot;
import org.annalist.dictionary.PatternElement.PrepPhrase;
import org.annalist.dictionary.PatternElement.Slot;
import org.annalist.dictionary.PhraseSet;
import org.annalist.dictionary.VerbEntry;
import org.annalist.dictionary.VerbPattern;
import org.annalist.model.Token;

/**
 * Matches a verb block's patterns against a verb in the parse. Stateless; thread-safe.
 */
public final class PatternMatcher {

  private static final Set<String> NOUN_PARTS = Set.of("compound", "amod", "flat", "flat:name", "name", "nmod:npmod");
  private static final Set<String> NOUN_OBLIQUE = Set.of("nmod", "acl");

  /**
   * The outcome for one verb.
   *
   * @param pattern    the matched pattern, or {@code null} when the block's default applies
   * @param code       the event code, {@code null} for none
   * @param source     a token the pattern named as source ({@code $}), or null
   * @param target     a token the pattern named as target ({@code +} in a prepositional phrase), or null
   * @param complement the open complement the pattern consumed ({@code >verb}), or null
   * @param swapObject the object is the source and the subject the target
   */
  public record Result(VerbPattern pattern, String code, Token source, Token target, Token complement,
                       boolean swapObject) {
  }

  private PatternMatcher() {
  }

  /** The most specific matching pattern of {@code entry} for {@code verb}, else the default. */
  public static Result match(SentenceGraph g, VerbEntry entry, Token verb, Token object) {
    for (VerbPattern p : entry.patterns()) {
      Result r = match(g, p, verb, object);
      if (r != null) {
        return r;
      }
    }
    return new Result(null, entry.defaultCode(), null, null, null, false);
  }

  private static Result match(SentenceGraph g, VerbPattern p, Token verb, Token object) {
    Token source = null;
    Token target = null;
    Token complement = null;
    boolean swap = false;
    for (PatternElement e : p.elements()) {
      if (e instanceof ObjectPhrase op) {
        if (object == null || !nounMatches(g, object, op.phrases())) {
          return null;
        }
      } else if (e instanceof PrepPhrase pp) {
        Token noun = prepositionalNoun(g, verb, object, pp);
        if (noun == null) {
          return null;
        }
        if (pp.slot() == Slot.TARGET) {
          target = noun;
        } else if (pp.slot() == Slot.SOURCE) {
          source = noun;
        }
      } else if (e instanceof Complement c) {
        complement = null;
        for (Token x : g.children(verb, Set.of("xcomp"))) {
          if (headMatches(g, x, c.verbs())) {
            complement = x;
            break;
          }
        }
        if (complement == null) {
          return null;
        }
      } else if (e instanceof ObjectSlot os) {
        if (os.slot() == Slot.SOURCE) {
          if (object == null) {
            return null;
          }
          swap = true;
        }
      }
    }
    return new Result(p, p.code(), source, target, complement, swap);
  }

  private static Token prepositionalNoun(SentenceGraph g, Token verb, Token object, PrepPhrase pp) {
    Token found = prepositionalNoun(g, g.children(verb, SentenceGraph.OBLIQUE), pp);
    if (found == null && object != null) {
      found = prepositionalNoun(g, g.children(object, NOUN_OBLIQUE), pp);
    }
    return found;
  }

  private static Token prepositionalNoun(SentenceGraph g, List<Token> candidates, PrepPhrase pp) {
    for (Token n : candidates) {
      if (g.preposition(n).equals(pp.preposition())
          && (pp.phrases() == null || nounMatches(g, n, pp.phrases()))) {
        return n;
      }
    }
    return null;
  }

  /** The last word of an alternative is the head; the words before it must modify the head. */
  static boolean nounMatches(SentenceGraph g, Token head, PhraseSet set) {
    for (List<String> phrase : set.phrases()) {
      if (!g.is(head, phrase.get(phrase.size() - 1)) && !hyphenHeadMatches(g, head, phrase)) {
        continue;
      }
      boolean all = true;
      for (int w = 0; w < phrase.size() - 1 && all; w++) {
        all = hasModifier(g, head, phrase.get(w));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** "air-strike" split by the tokenizer into air, -, strike: the phrase {@code air-strike} matches at "strike". */
  private static boolean hyphenHeadMatches(SentenceGraph g, Token head, List<String> phrase) {
    String last = phrase.get(phrase.size() - 1);
    int i = head.index() - 3;
    return last.indexOf('-') > 0 && i >= 0 && last.equals(g.keys().hyphenJoined(i));
  }

  private static boolean hasModifier(SentenceGraph g, Token head, String word) {
    for (int c : g.childIndexes(head)) {
      Token d = g.token(c);
      if (d.index() < head.index() && (NOUN_PARTS.contains(d.deprel()) || NOUN_PARTS.contains(d.baseRelation()))
          && g.is(d, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean headMatches(SentenceGraph g, Token t, PhraseSet set) {
    for (List<String> phrase : set.phrases()) {
      if (phrase.size() == 1 && g.is(t, phrase.get(0))) {
        return true;
      }
    }
    return false;
  }
}
