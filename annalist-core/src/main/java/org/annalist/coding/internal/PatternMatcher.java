package org.annalist.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.dictionary.PatternElement;
import org.annalist.dictionary.PatternElement.Complement;
import org.annalist.dictionary.PatternElement.CompoundSubject;
import org.annalist.dictionary.PatternElement.Noun;
import org.annalist.dictionary.PatternElement.ObjectPhrase;
import org.annalist.dictionary.PatternElement.ObjectSlot;
import org.annalist.dictionary.PatternElement.PrepPhrase;
import org.annalist.dictionary.PatternElement.Slot;
import org.annalist.dictionary.PatternElement.SubjectNoun;
import org.annalist.dictionary.PatternElement.Words;
import org.annalist.dictionary.PhraseSet;
import org.annalist.dictionary.VerbEntry;
import org.annalist.dictionary.VerbPattern;
import org.annalist.model.Token;

/** Matches a verb block's patterns against a verb in the parse. Stateless; thread-safe. */
public final class PatternMatcher {

  private static final Set<String> NOUN_PARTS =
      Set.of("compound", "amod", "flat", "flat:name", "name", "nmod:npmod");
  private static final Set<String> NOUN_OBLIQUE = Set.of("nmod", "acl");
  private static final Set<String> POSSESSIVES = Set.of("nmod:poss", "poss");
  private static final Set<String> VERB_ARGUMENTS =
      Set.of(
          "obj",
          "dobj",
          "iobj",
          "advcl",
          "xcomp",
          "ccomp",
          "advmod",
          "dep",
          "obl",
          "nmod",
          "nsubj:pass",
          "nsubjpass",
          "obl:tmod",
          "nmod:tmod",
          "obl:npmod",
          "nmod:npmod",
          "parataxis");

  /**
   * The outcome for one verb.
   *
   * @param pattern the matched pattern, or {@code null} when the block's default applies
   * @param code the event code, {@code null} for none
   * @param reverseCode the paired event's code (target back to source), or null
   * @param source a token the pattern named as source ({@code $}), or null
   * @param target a token the pattern named as target ({@code +} in a prepositional phrase), or
   *     null
   * @param complement the open complement the pattern consumed ({@code >verb}), or null
   * @param skipped nouns the pattern says are not actors of the event ({@code (in ^)})
   * @param swapObject the object is the source and the subject the target
   * @param compoundSubject the event holds between the subject's conjuncts, each way
   * @param detail words matched by the pattern's phrases, to rank patterns
   */
  public record Result(
      VerbPattern pattern,
      String code,
      String reverseCode,
      Token source,
      Token target,
      Token complement,
      List<Token> skipped,
      boolean swapObject,
      boolean compoundSubject,
      int detail) {}

  private PatternMatcher() {}

  /**
   * The most specific matching pattern of {@code entry} for {@code verb}, else the default. Among
   * patterns with as many elements, the one whose noun phrases matched more words wins
   * ("humanitarian aid" over "aid"); then the first written.
   */
  public static Result match(
      SentenceGraph g, VerbEntry entry, Token verb, Token object, Token subject) {
    Result best = null;
    for (VerbPattern p : entry.patterns()) {
      if (best != null && p.specificity() < best.pattern().specificity()) {
        break;
      }
      Result r = match(g, p, verb, object, subject);
      if (r != null && (best == null || r.detail() > best.detail())) {
        best = r;
      }
    }
    return best != null
        ? best
        : new Result(
            null,
            entry.defaultCode(),
            entry.defaultReverseCode(),
            null,
            null,
            null,
            List.of(),
            false,
            false,
            0);
  }

  private static Result match(
      SentenceGraph g, VerbPattern p, Token verb, Token object, Token subject) {
    Token source = null;
    Token target = null;
    Token complement = null;
    boolean swap = false;
    boolean compound = false;
    List<Token> skipped = List.of();
    int detail = 0;
    for (PatternElement e : p.elements()) {
      if (e instanceof ObjectPhrase op) {
        int words = object == null ? 0 : nounMatch(g, object, op.phrases());
        Token retained = words == 0 ? retainedObject(g, verb, object) : null;
        if (retained != null) {
          words = nounMatch(g, retained, op.phrases());
        }
        if (words == 0) {
          return null;
        }
        detail += words;
      } else if (e instanceof PrepPhrase pp) {
        Token noun = prepositionalNoun(g, verb, object, pp);
        if (noun == null && pp.slot() == Slot.NONE) {
          // TABARI's words "(TO QUESTION)" read as a to-infinitive: "has begun to question"
          Token infinitive = infinitive(g, verb, pp);
          if (infinitive != null) {
            complement = infinitive;
            continue;
          }
        }
        if (noun == null) {
          return null;
        }
        if (pp.slot() == Slot.TARGET) {
          target = noun;
        } else if (pp.slot() == Slot.SOURCE) {
          source = noun;
        } else if (pp.slot() == Slot.SKIP || pp.slot() == Slot.SKIP_TWO) {
          skipped = new ArrayList<>(skipped);
          skipped.add(noun);
          Token next = pp.slot() == Slot.SKIP_TWO ? nextPhrase(g, verb, noun) : null;
          if (next != null) {
            skipped.add(next);
          }
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
          // a to-infinitive the parser attached as an adverbial clause: "gave Qatari citizens 14
          // days to leave"
          for (Token x : g.children(verb, Set.of("advcl"))) {
            if (x.index() > verb.index()
                && ModalityRules.hasMarker(g, x, Set.of("to"))
                && headMatches(g, x, c.verbs())) {
              complement = x;
              break;
            }
          }
        }
        if (complement == null) {
          return null;
        }
      } else if (e instanceof Noun n) {
        int words = nounAmongArguments(g, verb, object, n.phrases());
        if (words == 0) {
          return null;
        }
        detail += words;
      } else if (e instanceof Words w) {
        int words = WordSequence.match(g, verb, w);
        if (words == 0) {
          return null;
        }
        detail += words;
      } else if (e instanceof SubjectNoun sn) {
        int words = 0;
        if (subject != null) {
          for (Token t : g.withConjuncts(subject)) {
            words = Math.max(words, contiguousMatch(g, t, sn.phrases()));
          }
        }
        if (words == 0) {
          return null;
        }
        detail += words;
      } else if (e instanceof CompoundSubject) {
        if (subject == null || g.withConjuncts(subject).size() < 2) {
          return null;
        }
        compound = true;
      } else if (e instanceof ObjectSlot os) {
        if (os.slot() == Slot.SOURCE) {
          if (object == null) {
            return null;
          }
          swap = true;
        }
      }
    }
    return new Result(
        p,
        p.code(),
        p.reverseCode(),
        source,
        target,
        complement,
        List.copyOf(skipped),
        swap,
        compound,
        detail);
  }

  private static Token prepositionalNoun(SentenceGraph g, Token verb, Token object, PrepPhrase pp) {
    Token found = prepositionalNoun(g, g.children(verb, SentenceGraph.OBLIQUE), pp);
    if (found == null && object != null) {
      found = prepositionalNoun(g, g.children(object, NOUN_OBLIQUE), pp);
    }
    if (found == null && object != null) {
      // "memos sent from Bree"
      for (Token acl : g.children(object, Set.of("acl"))) {
        found =
            found != null
                ? found
                : prepositionalNoun(g, g.children(acl, SentenceGraph.OBLIQUE), pp);
      }
    }
    return found;
  }

  /**
   * For a phrase element with the preposition "to" and given words, an open complement of the verb
   * that is a to-infinitive of one of them; else null.
   */
  private static Token infinitive(SentenceGraph g, Token verb, PrepPhrase pp) {
    if (!pp.preposition().equals("to") || pp.phrases() == null) {
      return null;
    }
    for (Token x : g.children(verb, Set.of("xcomp"))) {
      if (x.isVerb()
          && x.index() > verb.index()
          && ModalityRules.hasMarker(g, x, Set.of("to"))
          && headMatches(g, x, pp.phrases())) {
        return x;
      }
    }
    return null;
  }

  /** The verb's next prepositional phrase after {@code noun}, in sentence order, or null. */
  private static Token nextPhrase(SentenceGraph g, Token verb, Token noun) {
    Token next = null;
    for (Token o : g.children(verb, SentenceGraph.OBLIQUE)) {
      if (o.index() > noun.index()
          && !g.preposition(o).isEmpty()
          && (next == null || o.index() < next.index())) {
        next = o;
      }
    }
    return next;
  }

  /**
   * A {@link Noun}: the object, else a nominal or clausal dependent of the verb after it without a
   * preposition (for PETRARCH-2 post-verb nouns: "restore ties", "agreed to talks").
   */
  private static int nounAmongArguments(
      SentenceGraph g, Token verb, Token object, PhraseSet phrases) {
    if (object != null) {
      for (Token o : g.withConjuncts(object)) { // "a new bombing and shelling offensive"
        int words = contiguousMatch(g, o, phrases);
        if (words > 0) {
          return words;
        }
      }
    }
    for (int c : g.childIndexes(verb)) {
      Token d = g.token(c);
      if (d.index() > verb.index()
          && d != object
          && (VERB_ARGUMENTS.contains(d.deprel()) || VERB_ARGUMENTS.contains(d.baseRelation()))
          && (d.isVerb() || g.preposition(d).isEmpty())) {
        int words = contiguousMatch(g, d, phrases);
        if (words == 0 && d.isVerb()) {
          // the object of an open complement: "vowed to wage war"
          Token inner = g.child(d, SentenceGraph.OBJECT);
          words = inner == null ? 0 : contiguousMatch(g, inner, phrases);
        }
        if (words > 0) {
          return words;
        }
      }
    }
    return 0;
  }

  /**
   * The object a passive verb keeps when its own object became the subject: "hostage" in "Bazoum is
   * being held hostage by the army" (active: "the army holds Bazoum hostage"), where {@code object}
   * is the passive subject; null when the verb is not passive or keeps no object.
   */
  private static Token retainedObject(SentenceGraph g, Token verb, Token object) {
    boolean passiveSubject =
        object != null
            && (SentenceGraph.PASSIVE_SUBJECT.contains(object.deprel())
                // a participle on its noun: "Bazoum, held hostage by the army"
                || (verb.deprel().equals("acl")
                    && verb.xpos().equals("VBN")
                    && g.head(verb) == object));
    if (!passiveSubject) {
      return null;
    }
    Token retained = g.child(verb, SentenceGraph.OBJECT);
    return retained != null && retained.index() > verb.index() ? retained : null;
  }

  private static Token prepositionalNoun(SentenceGraph g, List<Token> candidates, PrepPhrase pp) {
    for (Token n : candidates) {
      if (g.preposition(n).equals(pp.preposition())
          && (pp.phrases() == null || phraseMentions(g, n, pp.phrases()))) {
        return n;
      }
    }
    return null;
  }

  /**
   * The number of words of the longest alternative that matches, 0 when none does. The last word of
   * an alternative is the head; the words before it must modify the head.
   */
  static int nounMatch(SentenceGraph g, Token head, PhraseSet set) {
    int best = 0;
    for (List<String> phrase : set.phrases()) {
      if (phrase.size() <= best) {
        continue;
      }
      if (!g.is(head, phrase.get(phrase.size() - 1)) && !hyphenHeadMatches(g, head, phrase)) {
        continue;
      }
      boolean all = true;
      for (int w = 0; w < phrase.size() - 1 && all; w++) {
        all = hasModifier(g, head, phrase.get(w), false);
      }
      if (all) {
        best = phrase.size();
      }
    }
    return best;
  }

  /**
   * PETRARCH-2 noun phrases: the word before the head in the phrase is the word right before it in
   * the sentence (or a conjunct of that word: "death and injury toll"), and the phrase's other
   * words stand further left, in order ("{new economic relations}" is in "new global economic
   * relations", "{cultural memos}" is not in "cultural secret memos").
   */
  static int contiguousMatch(SentenceGraph g, Token head, PhraseSet set) {
    int best = 0;
    for (List<String> phrase : set.phrases()) {
      int n = phrase.size();
      if (n <= best) {
        continue;
      }
      if (!g.is(head, phrase.get(n - 1)) && !hyphenHeadMatches(g, head, phrase)) {
        continue;
      }
      if (n == 1 || modifiersBefore(g, head, phrase)) {
        best = n;
      }
    }
    return best;
  }

  private static boolean modifiersBefore(SentenceGraph g, Token head, List<String> phrase) {
    int n = phrase.size();
    int pos = head.index() - 2; // 0-based index of the word right before the head
    if (pos < 0) {
      return false;
    }
    Token next = g.token(pos + 1);
    int at = -1;
    if (g.keys().is(pos, phrase.get(n - 2))) {
      at = pos;
    } else if (next.baseRelation().equals("conj")) {
      Token first = g.head(next);
      if (first != null && first.index() < next.index() && g.is(first, phrase.get(n - 2))) {
        at = first.index() - 1;
      }
    }
    if (at < 0) {
      return false;
    }
    int lowest = Math.max(0, head.index() - 1 - 6);
    for (int w = n - 3; w >= 0; w--) {
      int found = -1;
      for (int i = at - 1; i >= lowest && found < 0; i--) {
        if (g.keys().is(i, phrase.get(w))) {
          found = i;
        }
      }
      if (found < 0) {
        return false;
      }
      at = found;
    }
    return true;
  }

  /**
   * A prepositional phrase's noun phrase matches an alternative: as a noun phrase, or for one word,
   * when the word is the head or one of its modifiers ("on economic issues" for {@code (on
   * economic)}).
   */
  private static boolean phraseMentions(SentenceGraph g, Token noun, PhraseSet set) {
    if (nounMatch(g, noun, set) > 0) {
      return true;
    }
    for (List<String> phrase : set.phrases()) {
      if (phrase.size() == 1 && hasModifier(g, noun, phrase.get(0), true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "air-strike" split by the tokenizer into air, -, strike: the phrase {@code air-strike} matches
   * at "strike".
   */
  private static boolean hyphenHeadMatches(SentenceGraph g, Token head, List<String> phrase) {
    String last = phrase.get(phrase.size() - 1);
    int i = head.index() - 3;
    return last.indexOf('-') > 0 && i >= 0 && last.equals(g.keys().hyphenJoined(i));
  }

  /**
   * Whether {@code word} modifies {@code head} before it; with {@code possessive}, a possessive
   * pronoun counts too ("the number of its troops").
   */
  private static boolean hasModifier(SentenceGraph g, Token head, String word, boolean possessive) {
    for (int c : g.childIndexes(head)) {
      Token d = g.token(c);
      boolean part =
          NOUN_PARTS.contains(d.deprel())
              || NOUN_PARTS.contains(d.baseRelation())
              || possessive && POSSESSIVES.contains(d.deprel()) && d.upos().equals("PRON");
      if (d.index() < head.index() && part && g.is(d, word)) {
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
