package org.annalist.dictionary.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.annalist.cameo.CameoCodes;
import org.annalist.dictionary.PatternElement;
import org.annalist.dictionary.PatternElement.CompoundSubject;
import org.annalist.dictionary.PatternElement.Noun;
import org.annalist.dictionary.PatternElement.ObjectSlot;
import org.annalist.dictionary.PatternElement.PrepPhrase;
import org.annalist.dictionary.PatternElement.Slot;
import org.annalist.dictionary.PatternElement.SubjectNoun;
import org.annalist.dictionary.PatternElement.Words;
import org.annalist.dictionary.PhraseSet;
import org.annalist.dictionary.VerbDictionary;
import org.annalist.dictionary.VerbDictionary.MultiWordVerb;
import org.annalist.dictionary.VerbEntry;
import org.annalist.dictionary.VerbPattern;
import org.annalist.dictionary.petrarch.PetrarchLines.Line;
import org.annalist.model.Problem;

/**
 * Reads a PETRARCH verb dictionary into Annalist's verb model. Two pattern dialects exist, and a
 * file is read as the one its patterns use:
 *
 * <ul>
 *   <li><b>PETRARCH-2</b> ({@code CAMEO.2.0.txt}): {@code - PRE * POST [code]} where after the verb
 *       a word or {@code {modifiers head}} is a noun phrase among the verb's arguments ({@link
 *       Noun}), {@code (prep ...)} a prepositional phrase with a noun phrase, {@code +}/{@code $}
 *       (the target or source) or {@code ^} (any noun), and a bare {@code +} or {@code $} says
 *       which role the object plays; before the verb, words are the subject's noun phrase ({@link
 *       SubjectNoun}) and {@code %} marks a compound subject.
 *   <li><b>PETRARCH-1/TABARI</b> ({@code PETR.Validate.verbs.txt}, no {@code ()} or {@code {}} in
 *       any pattern): words after and before the verb, in order, {@code _} joining consecutive
 *       words, and {@code IN_*} / {@code *_OUT} touching the verb.
 * </ul>
 *
 * Both share the rest: {@code --- NAME [code] ---} blocks, verbs with irregular forms in {@code
 * {}}, multi-word verbs with {@code _} and {@code +} marking the verb ({@code +BEEF_UP}, {@code
 * RE_+ARREST}), a verb's own {@code [code]}, {@code &SET} synonym sets of {@code +} phrases (nested
 * sets expanded, plurals made unless the phrase or set name ends in {@code _}), codes {@code
 * [code]}, paired {@code [code:code]} and {@code [---]}. Codes outside the CAMEO table (validation
 * files use {@code 075A}, {@code def}) are kept and reported; every construct read differently from
 * PETRARCH, or not read, is reported with file and line.
 */
final class PetrarchVerbReader {

  private static final int MAX_EXPANSION = 4096;
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "about", "against", "at", "by", "for", "from", "in", "into", "of", "on", "over", "to",
          "toward", "towards", "with", "without", "between", "among", "upon");
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "their", "his", "her", "its", "our", "your", "my", "this", "that");

  private final String file;
  private final Consumer<Problem> problems;
  private final Map<String, List<String>> rawSets = new LinkedHashMap<>();
  private final Map<String, Line> setLines = new LinkedHashMap<>();
  private final Map<String, List<List<String>>> resolved = new LinkedHashMap<>();
  private final Map<String, VerbEntry> byVerb = new LinkedHashMap<>();
  private final Map<String, String> verbOrigin = new LinkedHashMap<>();
  private final List<MultiWordVerb> multiWords = new ArrayList<>();
  private final Set<String> multiWordKeys = new HashSet<>();
  private boolean petrarch2;

  private PetrarchVerbReader(String file, Consumer<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  static VerbDictionary read(Path path, Consumer<Problem> problems) {
    PetrarchVerbReader r = new PetrarchVerbReader(path.getFileName().toString(), problems);
    return r.read(PetrarchLines.read(path));
  }

  private VerbDictionary read(List<Line> lines) {
    for (Line l : lines) {
      String t = l.text().strip();
      if (t.startsWith("- ") || t.equals("-")) {
        if (t.contains("(") || t.contains("{")) {
          petrarch2 = true;
          break;
        }
      }
    }
    // pass 1: synonym sets
    String set = null;
    for (Line l : lines) {
      String t = l.text().strip();
      if (t.startsWith("&")) {
        set = t.split("\\s+")[0];
        if (rawSets.containsKey(set)) {
          report(l, "synonym set " + set + " defined again; its phrases are added to the first");
        } else {
          rawSets.put(set, new ArrayList<>());
          setLines.put(set, l);
        }
      } else if (set != null && t.startsWith("+")) {
        rawSets.get(set).add(t.substring(1).strip());
      } else {
        set = null;
      }
    }
    Map<String, PhraseSet> sets = new LinkedHashMap<>();
    for (String name : rawSets.keySet()) {
      List<List<String>> phrases = resolveSet(name, new HashSet<>());
      if (phrases.isEmpty()) {
        report(setLines.get(name), "synonym set " + name + " has no phrases");
      } else {
        sets.put(name, new PhraseSet(List.of(name), phrases));
      }
    }
    // pass 2: verb blocks
    Block block = null;
    boolean inSet = false;
    for (Line l : lines) {
      String t = l.text().strip();
      if (t.startsWith("&")) {
        inSet = true;
        continue;
      }
      if (inSet && t.startsWith("+")) {
        continue;
      }
      inSet = false;
      if (t.startsWith("---")) {
        if (block != null) {
          block.finish();
        }
        block = header(l, t);
      } else if (t.startsWith("-")) {
        if (block == null) {
          report(l, "pattern outside a verb block; not read");
          continue;
        }
        VerbPattern p = pattern(l, t.substring(1).strip());
        if (p != null) {
          block.patterns.add(p);
        }
      } else if (t.startsWith("*") && block != null) {
        // a pattern whose '-' was left out: "* (TO QUESTION) [110]" under BEGIN ('*' is no verb)
        report(l, "pattern line without its leading '-'; read as a pattern");
        VerbPattern p = pattern(l, t);
        if (p != null) {
          block.patterns.add(p);
        }
      } else if (t.startsWith("~")) {
        report(l, "verb transformation ('~') not supported; not read");
      } else if (block == null) {
        report(l, "verb outside a verb block; not read");
      } else {
        block.verb(l, t);
      }
    }
    if (block != null) {
      block.finish();
    }
    return VerbDictionary.of(byVerb, multiWords, sets);
  }

  // ---------------------------------------------------------------- synonym sets

  private List<List<String>> resolveSet(String name, Set<String> visiting) {
    List<List<String>> done = resolved.get(name);
    if (done != null) {
      return done;
    }
    List<List<String>> out = new ArrayList<>();
    if (!visiting.add(name)) {
      report(setLines.get(name), "synonym set " + name + " contains itself");
      return out;
    }
    boolean setPlurals = !name.endsWith("_");
    for (String member : rawSets.get(name)) {
      if (member.startsWith("&")) {
        String inner = member.split("\\s+")[0];
        if (!rawSets.containsKey(inner)) {
          report(setLines.get(name), "unknown synonym set " + inner + " in " + name);
          continue;
        }
        out.addAll(resolveSet(inner, visiting));
        continue;
      }
      boolean plural = setPlurals && !member.endsWith("_");
      List<String> words = words(member);
      if (words.isEmpty()) {
        continue;
      }
      out.add(words);
      if (plural) {
        List<String> p = new ArrayList<>(words);
        p.set(p.size() - 1, plural(p.get(p.size() - 1)));
        out.add(p);
      }
    }
    visiting.remove(name);
    resolved.put(name, out);
    return out;
  }

  /** PETRARCH-2's plural of a synonym-set noun. */
  static String plural(String noun) {
    if (noun.endsWith("y")) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    if (noun.endsWith("s")) {
      return noun + "es";
    }
    return noun + "s";
  }

  /** Lower-case words of a phrase written with spaces or {@code _}. */
  private static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.split("[\\s_]+")) {
      if (!w.isEmpty()) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- blocks and verbs

  private Block header(Line l, String t) {
    String inner = t.replaceAll("^-+", "").replaceAll("-+$", "").strip();
    String[] code = {null, null};
    int open = inner.indexOf('[');
    int close = inner.indexOf(']');
    if (open >= 0 && close > open) {
      code = codes(l, inner.substring(open + 1, close));
      inner = inner.substring(0, open).strip();
    } else {
      report(l, "verb block without [code]; read as [---]");
    }
    return new Block(l, inner, code[0], code[1]);
  }

  private final class Block {
    final Line line;
    final String name;
    final String code;
    final String reverse;
    final List<VerbPattern> patterns = new ArrayList<>();

    /** Verbs in order, each with its own codes (or the block's). */
    final List<VerbLine> verbs = new ArrayList<>();

    Block(Line line, String name, String code, String reverse) {
      this.line = line;
      this.name = name;
      this.code = code;
      this.reverse = reverse;
    }

    void verb(Line l, String t) {
      String rest = t;
      String[] own = null;
      int open = rest.lastIndexOf('[');
      if (open >= 0 && rest.endsWith("]")) {
        own = codes(l, rest.substring(open + 1, rest.length() - 1));
        rest = rest.substring(0, open).strip();
      }
      List<String> forms = new ArrayList<>();
      int brace = rest.indexOf('{');
      if (brace >= 0) {
        int end = rest.indexOf('}', brace);
        if (end < 0) {
          report(l, "'{' without '}' in verb forms; forms not read");
        } else {
          for (String f : rest.substring(brace + 1, end).strip().split("\\s+")) {
            if (!f.isEmpty()) {
              forms.add(f);
            }
          }
        }
        rest = rest.substring(0, brace).strip();
      }
      String[] main = rest.split("\\s+");
      if (main.length != 1 || main[0].isEmpty()) {
        report(l, "a verb line has one verb (words joined by '_'); read only '" + main[0] + "'");
      }
      List<String> all = new ArrayList<>();
      all.add(main[0]);
      all.addAll(forms);
      verbs.add(new VerbLine(l, all, own));
    }

    void finish() {
      Map<String, VerbEntry> entries = new LinkedHashMap<>();
      for (VerbLine v : verbs) {
        String c = v.own == null ? code : v.own[0];
        String r = v.own == null ? reverse : v.own[1];
        String key = c + ":" + r;
        VerbEntry entry =
            entries.computeIfAbsent(
                key,
                k ->
                    new VerbEntry(
                        v.own == null ? line.id() : v.line.id(),
                        new ArrayList<>(),
                        c,
                        r,
                        patterns));
        List<String> written = new ArrayList<>(entry.verbs());
        written.add(v.forms.get(0).toLowerCase(Locale.ROOT).replace('_', ' ').replace("+", ""));
        VerbEntry updated = new VerbEntry(entry.id(), written, c, r, patterns);
        entries.put(key, updated);
      }
      for (VerbLine v : verbs) {
        String key = (v.own == null ? code : v.own[0]) + ":" + (v.own == null ? reverse : v.own[1]);
        VerbEntry entry = entries.get(key);
        for (String form : v.forms) {
          register(v.line, form, entry);
        }
        if (v.forms.size() == 1) {
          // regular forms, as PETRARCH makes them: a lemmatiser's slip ("welcomed" as "welcom")
          // still finds the verb
          String verb = v.forms.get(0).toLowerCase(Locale.ROOT);
          int plus = verb.indexOf('+');
          String stem = plus < 0 ? verb : verb.substring(plus + 1);
          int us = stem.indexOf('_');
          String tail = us < 0 ? "" : stem.substring(us);
          String word = us < 0 ? stem : stem.substring(0, us);
          String head = plus < 0 ? "" : verb.substring(0, plus + 1);
          for (String f : regularForms(word)) {
            String form = head.isEmpty() && tail.isEmpty() ? f : head + f + tail;
            if (!form.contains("_")) {
              if (verbOrigin.putIfAbsent(form, v.line.id()) == null) {
                byVerb.put(form, entry);
              }
            } else {
              addMultiWord(Form.of(form), v.line, entry);
            }
          }
        }
      }
    }
  }

  private record VerbLine(Line line, List<String> forms, String[] own) {}

  /** PETRARCH-1's regular forms of a verb: -s, -ed, -ing. */
  static List<String> regularForms(String verb) {
    if (verb.length() < 2) {
      return List.of();
    }
    char last = verb.charAt(verb.length() - 1);
    char before = verb.charAt(verb.length() - 2);
    boolean vowelBefore = "aeiou".indexOf(before) >= 0;
    String s =
        last == 's' || last == 'x' || last == 'z' || verb.endsWith("ch") || verb.endsWith("sh")
            ? verb + "es"
            : last == 'y' && !vowelBefore
                ? verb.substring(0, verb.length() - 1) + "ies"
                : verb + "s";
    String ed =
        last == 'e'
            ? verb + "d"
            : last == 'y' && !vowelBefore
                ? verb.substring(0, verb.length() - 1) + "ied"
                : verb + "ed";
    String ing =
        verb.endsWith("ie")
            ? verb.substring(0, verb.length() - 2) + "ying"
            : last == 'e' && !vowelBefore
                ? verb.substring(0, verb.length() - 1) + "ing"
                : verb + "ing";
    return List.of(s, ed, ing);
  }

  /** A multi-word verb form split at its verb ({@code +}): {@code RE_+ARREST}. */
  private record Form(List<String> before, String verb, List<String> after, boolean marked) {

    static Form of(String form) {
      String[] parts = form.toLowerCase(Locale.ROOT).split("_");
      int at = 0;
      boolean marked = false;
      for (int i = 0; i < parts.length && !marked; i++) {
        if (parts[i].startsWith("+")) {
          at = i;
          marked = true;
        }
      }
      List<String> before = new ArrayList<>();
      List<String> after = new ArrayList<>();
      for (int i = 0; i < parts.length; i++) {
        if (!parts[i].isEmpty() && i != at) {
          (i < at ? before : after).add(parts[i].replace("+", ""));
        }
      }
      return new Form(before, parts[at].replace("+", ""), after, marked);
    }
  }

  /**
   * Adds a multi-word verb, and a verb with one word before it also as one hyphenated word
   * ("re-arrest"); false when the form already has a block.
   */
  private boolean addMultiWord(Form f, Line l, VerbEntry entry) {
    String key = String.join(" ", f.before()) + "+" + f.verb() + "+" + String.join(" ", f.after());
    if (!multiWordKeys.add(key)) {
      return false;
    }
    multiWords.add(new MultiWordVerb(f.before(), f.verb(), f.after(), entry));
    if (f.before().size() == 1 && f.after().isEmpty()) {
      String joined = f.before().get(0) + "-" + f.verb();
      if (verbOrigin.putIfAbsent(joined, l.id()) == null) {
        byVerb.put(joined, entry);
      }
    }
    return true;
  }

  private void register(Line l, String form, VerbEntry entry) {
    String f = form.toLowerCase(Locale.ROOT);
    if (!f.contains("_")) {
      String verb = f.startsWith("+") ? f.substring(1) : f;
      if (verb.contains("+")) {
        report(l, "'+' inside the one-word verb '" + form + "'; read as '" + verb + "'");
        verb = verb.replace("+", "");
      }
      String previous = verbOrigin.putIfAbsent(verb, l.id());
      if (previous == null) {
        byVerb.put(verb, entry);
      } else if (!previous.equals(l.id())) {
        report(l, "verb '" + verb + "' already has a block at " + previous + "; first kept");
      }
      return;
    }
    Form multi = Form.of(f);
    if (!multi.marked()) {
      report(l, "multi-word verb '" + form + "' without '+' on its verb; the first word read");
    }
    if (multi.before().isEmpty() && multi.after().isEmpty()) {
      register(l, multi.verb(), entry);
    } else if (!addMultiWord(multi, l, entry)) {
      report(l, "multi-word verb '" + form + "' already has a block; first kept");
    }
  }

  // ---------------------------------------------------------------- codes

  /** {@code code} or {@code code:code}; {@code ---} is null. */
  private String[] codes(Line l, String inside) {
    String[] parts = inside.strip().split(":", -1);
    if (parts.length > 2) {
      report(l, "more than two codes in [" + inside + "]; the first two read");
    }
    String a = code(l, parts[0]);
    String b = parts.length > 1 ? code(l, parts[1]) : null;
    return new String[] {a, b};
  }

  private String code(Line l, String raw) {
    String c = raw.strip();
    if (c.isEmpty() || c.equals("---")) {
      return null;
    }
    if (!CameoCodes.standard().contains(c)) {
      report(l, "'" + c + "' is not a CAMEO event code; kept as an unlisted code");
    }
    return c;
  }

  // ---------------------------------------------------------------- patterns

  private VerbPattern pattern(Line l, String body) {
    int open = body.lastIndexOf('[');
    int close = body.lastIndexOf(']');
    if (open < 0 || close < open) {
      report(l, "pattern without [code]; not read");
      return null;
    }
    String[] code = codes(l, body.substring(open + 1, close));
    if (!body.substring(close + 1).isBlank()) {
      report(
          l, "text after the pattern's code ignored: '" + body.substring(close + 1).strip() + "'");
    }
    String p = body.substring(0, open).strip();
    int star = p.indexOf('*');
    if (star < 0 || p.indexOf('*', star + 1) >= 0) {
      report(l, "a pattern has exactly one '*'; not read");
      return null;
    }
    List<PatternElement> elements =
        petrarch2 ? petrarch2(l, p.substring(0, star), p.substring(star + 1)) : tabari(l, p, star);
    if (elements == null) {
      return null;
    }
    return new VerbPattern(l.id(), elements, code[0], code[1]);
  }

  /** PETRARCH-2 dialect. */
  private List<PatternElement> petrarch2(Line l, String pre, String post) {
    List<PatternElement> out = new ArrayList<>();
    List<PhraseSet> preWords = new ArrayList<>();
    boolean subjectIsTarget = false;
    for (String tok : groups(l, pre)) {
      if (tok.equals("%")) {
        out.add(new CompoundSubject());
      } else if (tok.equals("+")) {
        subjectIsTarget = true;
      } else if (tok.equals("$") || tok.equals("^")) {
        continue; // the subject is the source anyway; '^' skips a phrase
      } else if (tok.startsWith("(")) {
        PrepPhrase pp = prep(l, tok);
        if (pp == null) {
          return null;
        }
        report(l, "prepositional phrase before the verb: matched on the verb or its object");
        out.add(pp);
      } else {
        PhraseSet s = phrases(l, tok.startsWith("{") ? tok.substring(1, tok.length() - 1) : tok);
        if (s == null) {
          return null;
        }
        preWords.add(s);
      }
    }
    for (PhraseSet w : preWords) {
      out.add(new SubjectNoun(w));
    }
    boolean objectSource = false;
    List<String> postTokens = groups(l, post);
    for (int k = 0; k < postTokens.size(); k++) {
      String tok = postTokens.get(k);
      String next = k + 1 < postTokens.size() ? postTokens.get(k + 1) : "";
      String word = tok.toLowerCase(Locale.ROOT);
      if (PREPOSITIONS.contains(word) && (next.equals("+") || next.equals("$"))) {
        // "ABOUT +": the target is in the about-phrase, as "(ABOUT +)"
        out.add(new PrepPhrase(word, next.equals("+") ? Slot.TARGET : Slot.SOURCE, null));
        k++;
        continue;
      }
      if (DETERMINERS.contains(word)) {
        report(l, "'" + tok + "' is not a noun; ignored");
        continue;
      }
      if ((tok.equals("+") || tok.equals("$") || tok.equals("^"))
          && !out.isEmpty()
          && out.get(out.size() - 1) instanceof PrepPhrase pp
          && pp.slot() == Slot.NONE
          && pp.phrases() == null) {
        // "(IN) $": the source is in that phrase; "(AT) ^ +": that phrase is skipped and the
        // target is the next actor
        Slot slot = tok.equals("+") ? Slot.TARGET : tok.equals("$") ? Slot.SOURCE : Slot.SKIP;
        out.set(out.size() - 1, new PrepPhrase(pp.preposition(), slot, null));
        continue;
      }
      switch (tok) {
        case "+", "^", "%" -> {
          // '+': the object is the target, as by default; '^' skips a phrase; '%': conjoined
          // targets give one event each anyway
        }
        case "$" -> objectSource = true;
        default -> {
          if (tok.startsWith("(")) {
            PrepPhrase pp = prep(l, tok);
            if (pp == null) {
              return null;
            }
            out.add(pp);
          } else {
            PhraseSet s =
                phrases(l, tok.startsWith("{") ? tok.substring(1, tok.length() - 1) : tok);
            if (s == null) {
              return null;
            }
            out.add(new Noun(s));
          }
        }
      }
    }
    if (objectSource || subjectIsTarget) {
      boolean prepSource =
          out.stream().anyMatch(e -> e instanceof PrepPhrase pp && pp.slot() == Slot.SOURCE);
      if (!prepSource) {
        out.add(new ObjectSlot(Slot.SOURCE));
      }
      if (subjectIsTarget && !objectSource && !prepSource) {
        report(l, "'+' before the verb without a source after it: read as the object's source");
      }
    }
    return out;
  }

  /** {@code (PREP)}, {@code (PREP +)}, {@code (PREP $)}, {@code (PREP ^)}, {@code (PREP np)}. */
  private PrepPhrase prep(Line l, String tok) {
    String inside = tok.substring(1, tok.length() - 1).strip();
    List<String> parts = groups(l, inside);
    if (parts.isEmpty()) {
      report(l, "empty '()'; not read");
      return null;
    }
    String prep = parts.get(0).toLowerCase(Locale.ROOT).replace('_', ' ');
    if (!prep.matches("[a-z' ]+")) {
      report(l, "bad preposition '" + parts.get(0) + "'; pattern not read");
      return null;
    }
    Slot slot = Slot.NONE;
    List<String> nouns = new ArrayList<>();
    for (String p : parts.subList(1, parts.size())) {
      switch (p) {
        case "+" -> slot = Slot.TARGET;
        case "$" -> slot = Slot.SOURCE;
        case "^" -> slot = slot == Slot.NONE ? Slot.SKIP : slot == Slot.SKIP ? Slot.SKIP_TWO : slot;
        case "%" -> {}
        default -> nouns.add(p.startsWith("{") ? p.substring(1, p.length() - 1) : p);
      }
    }
    if (nouns.isEmpty()) {
      return new PrepPhrase(prep, slot, null);
    }
    if (slot != Slot.NONE) {
      report(
          l,
          "a prepositional phrase with both a noun and '+'/'$': the noun is required, "
              + "the marker ignored");
    }
    if (nouns.size() > 1) {
      report(l, "several nouns in one prepositional phrase: any of them may match");
    }
    List<String> written = new ArrayList<>();
    List<List<String>> phrases = new ArrayList<>();
    for (String n : nouns) {
      PhraseSet s = phrases(l, n);
      if (s == null) {
        return null;
      }
      written.addAll(s.written());
      phrases.addAll(s.phrases());
    }
    return new PrepPhrase(prep, Slot.NONE, new PhraseSet(written, phrases));
  }

  /**
   * A phrase of words and {@code &SET}s (spaces or {@code _} between words) as alternatives, every
   * set expanded; null (reported) on an unknown set.
   */
  private PhraseSet phrases(Line l, String phrase) {
    List<List<String>> alts = new ArrayList<>();
    alts.add(List.of());
    for (String w : phraseWords(phrase)) {
      List<List<String>> options;
      if (w.startsWith("&")) {
        List<List<String>> set = resolved.get(w);
        if (set == null) {
          report(l, "unknown synonym set " + w + "; pattern not read");
          return null;
        }
        options = set;
      } else if ("+$%^".contains(w)) {
        report(l, "'" + w + "' inside a phrase is not supported; ignored");
        continue;
      } else {
        options = List.of(List.of(w.toLowerCase(Locale.ROOT)));
      }
      List<List<String>> next = new ArrayList<>();
      for (List<String> a : alts) {
        for (List<String> o : options) {
          List<String> c = new ArrayList<>(a);
          c.addAll(o);
          next.add(c);
        }
      }
      if (next.size() > MAX_EXPANSION) {
        report(l, "phrase expands to more than " + MAX_EXPANSION + " alternatives; not read");
        return null;
      }
      alts = next;
    }
    if (alts.size() == 1 && alts.get(0).isEmpty()) {
      report(l, "empty phrase '" + phrase + "'; not read");
      return null;
    }
    return new PhraseSet(List.of(phrase.strip()), alts);
  }

  /**
   * The words and set names of a phrase: split on white space and {@code _}, except inside a set
   * name, which may itself contain {@code _} ({@code &FIGHT_OF_WORDS}, {@code
   * NEW_&TIETYPES_RELATIONS}).
   */
  private List<String> phraseWords(String phrase) {
    List<String> out = new ArrayList<>();
    for (String token : phrase.strip().split("\\s+")) {
      int i = 0;
      while (i < token.length()) {
        if (token.charAt(i) == '_') {
          i++;
          continue;
        }
        int end = token.indexOf('_', i);
        end = end < 0 ? token.length() : end;
        if (token.charAt(i) == '&') {
          for (String name : rawSets.keySet()) {
            int after = i + name.length();
            if (after > end
                && token.startsWith(name, i)
                && (after == token.length() || token.charAt(after) == '_')) {
              end = after;
            }
          }
        }
        out.add(token.substring(i, end));
        i = end;
      }
    }
    return out;
  }

  /** Splits on white space, keeping {@code (...)} and {@code {...}} groups whole. */
  private List<String> groups(Line l, String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int end;
      if (c == '(' || c == '{') {
        int depth = 0;
        end = i;
        while (end < s.length()) {
          char e = s.charAt(end);
          if (e == '(' || e == '{') {
            depth++;
          } else if (e == ')' || e == '}') {
            depth--;
            if (depth == 0) {
              break;
            }
          }
          end++;
        }
        if (end >= s.length()) {
          report(l, "unclosed '" + c + "'; read to the end of the pattern");
          out.add(s.substring(i) + (c == '(' ? ")" : "}"));
          return out;
        }
        end++;
      } else {
        end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
          end++;
        }
      }
      out.add(s.substring(i, end));
      i = end;
    }
    return out;
  }

  /** PETRARCH-1/TABARI dialect: word groups in order before and after the verb. */
  private List<PatternElement> tabari(Line l, String p, int star) {
    String pre = p.substring(0, star);
    String post = p.substring(star + 1);
    boolean preAdjacent = pre.endsWith("_");
    boolean postAdjacent = post.startsWith("_");
    List<PatternElement> out = new ArrayList<>();
    List<PhraseSet> before = tabariGroups(l, pre, true, out);
    List<PhraseSet> after = tabariGroups(l, post, false, out);
    if (before == null || after == null) {
      return null;
    }
    if (!before.isEmpty()) {
      out.add(new Words(true, before, preAdjacent));
    }
    if (!after.isEmpty()) {
      out.add(new Words(false, after, postAdjacent));
    }
    return out;
  }

  private List<PhraseSet> tabariGroups(
      Line l, String s, boolean beforeVerb, List<PatternElement> out) {
    List<PhraseSet> groups = new ArrayList<>();
    for (String tok : s.strip().split("\\s+")) {
      String t = tok.replaceAll("^_+|_+$", "");
      if (t.isEmpty()) {
        continue;
      }
      switch (t) {
        case "%" -> {
          if (beforeVerb) {
            out.add(new CompoundSubject());
          } // after the verb: conjoined targets give one event each anyway
          continue;
        }
        case "+", "$", "^" -> {
          report(l, "actor marker '" + t + "' in a word pattern is not supported; ignored");
          continue;
        }
        default -> {}
      }
      PhraseSet set = phrases(l, t);
      if (set == null) {
        return null;
      }
      groups.add(set);
    }
    return groups;
  }

  private void report(Line l, String message) {
    problems.accept(new Problem(l == null ? file : l.id(), message));
  }
}
