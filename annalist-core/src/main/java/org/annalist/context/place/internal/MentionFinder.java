package org.annalist.context.place.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.cameo.ActorCodes;
import org.annalist.context.place.Gazetteer;
import org.annalist.context.place.Place;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * Finds place names in parsed sentences: capitalised token runs that are gazetteer names, longest
 * first. A run the named-entity tagger called a location may be any kind of place; an untagged (or
 * MISC) run only a country, so that "Reading", "Mobile" or "Split" in running text are not taken
 * for cities; a run tagged as a person or an organisation ("Washington Post") is no place. The
 * dateline ("WASHINGTON (Reuters) -") may be any place whatever its tag. Also counts country
 * adjectives ("Russian", "Syrian"), which are country context but not places. Immutable and
 * thread-safe.
 */
public final class MentionFinder {

  private static final int MAX_TOKENS = 6;

  /** Words that are never a place on their own, whatever the gazetteer lists under them. */
  private static final Set<String> NEVER_ALONE =
      Set.of(
          "the",
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "upper",
          "lower",
          "greater",
          "new",
          "saint",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "president",
          "reuters",
          "minister",
          "state",
          "city",
          "capital",
          "university",
          "union",
          "republic",
          "kingdom",
          "islamic",
          "federal",
          "national",
          "army",
          "police");

  private static final Set<String> LOCATION_TAGS =
      Set.of("LOCATION", "LOC", "GPE", "COUNTRY", "CITY", "STATE_OR_PROVINCE");

  private final Gazetteer gazetteer;
  private final Map<String, String> adjectives;

  public MentionFinder(Gazetteer gazetteer, ActorCodes actorCodes) {
    this.gazetteer = gazetteer;
    Map<String, String> adj = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (ActorCodes.Country c : actorCodes.countries()) {
      String iso3 = iso3(c);
      if (iso3 == null || c.kind().equals("former") || gazetteer.country(iso3).isEmpty()) {
        continue;
      }
      for (String a : c.adjectives()) {
        String k = PlaceNames.key(a);
        String before = adj.putIfAbsent(k, iso3);
        if (before != null && !before.equals(iso3)) {
          ambiguous.add(k);
        }
      }
    }
    ambiguous.forEach(adj::remove);
    this.adjectives = Map.copyOf(adj);
  }

  /** The ISO 3166-1 alpha-3 code of a CAMEO country, {@code XKX} for Kosovo. */
  public static String iso3(ActorCodes.Country c) {
    if (c.iso3() != null) {
      return c.iso3();
    }
    return c.code().equals("KSV") ? "XKX" : null;
  }

  /** What the finder found in one article. */
  public record Found(List<RawMention> mentions, Map<String, Integer> adjectiveCountries) {}

  /** Finds the place names and country adjectives of an article. */
  public Found find(AnnotatedArticle article) {
    List<RawMention> mentions = new ArrayList<>();
    Map<String, Integer> adjectiveCountries = new java.util.LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size()) {
        RawMention m = longestAt(article, s, i);
        if (m != null) {
          mentions.add(m);
          i = m.lastToken();
          continue;
        }
        Token t = tokens.get(i);
        if (startsUpper(t.text()) && !t.ner().equals("PERSON")) {
          String iso3 = adjectives.get(PlaceNames.key(t.text()));
          if (iso3 != null) {
            adjectiveCountries.merge(iso3, 1, Integer::sum);
          }
        }
        i++;
      }
    }
    return new Found(mentions, adjectiveCountries);
  }

  private RawMention longestAt(AnnotatedArticle article, Sentence s, int start) {
    List<Token> tokens = s.tokens();
    Token first = tokens.get(start);
    if (!startsUpper(first.text()) || blocked(first)) {
      return null;
    }
    int last = Math.min(tokens.size() - 1, start + MAX_TOKENS - 1);
    StringBuilder text = new StringBuilder();
    String[] keys = new String[last - start + 1];
    for (int j = start; j <= last; j++) {
      Token t = tokens.get(j);
      if (blocked(t)) {
        last = j - 1;
        break;
      }
      if (j > start) {
        text.append(' ');
      }
      text.append(t.text());
      keys[j - start] = PlaceNames.key(text.toString());
    }
    for (int j = last; j >= start; j--) {
      String key = keys[j - start];
      if (key == null || key.isEmpty() || !hasUpper(tokens.get(j).text())) {
        continue;
      }
      if (j == start && NEVER_ALONE.contains(key)) {
        continue;
      }
      List<Gazetteer.Match> matches = gazetteer.matchesOfKey(key);
      if (matches.isEmpty()) {
        continue;
      }
      boolean dateline = isDateline(s, start, j);
      boolean located = dateline;
      if (!located) {
        located = true;
        for (int k = start; k <= j; k++) {
          if (!LOCATION_TAGS.contains(tokens.get(k).ner())) {
            located = false;
            break;
          }
        }
      }
      boolean allUpper = true;
      for (int k = start; k <= j; k++) {
        if (!tokens.get(k).text().equals(tokens.get(k).text().toUpperCase(Locale.ROOT))) {
          allUpper = false;
        }
      }
      List<Gazetteer.Match> kept = new ArrayList<>(matches.size());
      for (Gazetteer.Match m : matches) {
        if (m.upperCaseOnly() && !allUpper) {
          continue;
        }
        if (!located && m.place().kind() != Place.Kind.COUNTRY) {
          continue;
        }
        kept.add(m);
      }
      if (kept.isEmpty()) {
        continue;
      }
      Token lastToken = tokens.get(j);
      return new RawMention(
          s.index(),
          first.index(),
          lastToken.index(),
          first.begin(),
          lastToken.end(),
          key,
          kept,
          dateline,
          adm1Cue(tokens, start, j));
    }
    return null;
  }

  private static boolean blocked(Token t) {
    return t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
  }

  /** The first sentence's leading capitals before "(", "-", "," or a dash. */
  private static boolean isDateline(Sentence s, int start, int end) {
    if (s.index() != 0 || start != 0 || end + 1 >= s.size()) {
      return false;
    }
    for (int k = start; k <= end; k++) {
      String t = s.tokens().get(k).text();
      if (!t.equals(t.toUpperCase(Locale.ROOT)) || t.length() < 2 && k == end) {
        return false;
      }
    }
    String next = s.tokens().get(end + 1).text();
    return next.equals("(")
        || next.equals("-LRB-")
        || next.equals(",")
        || next.equals("-")
        || next.equals("--")
        || next.equals("\u2014")
        || next.equals("\u2013");
  }

  private static boolean adm1Cue(List<Token> tokens, int start, int end) {
    if (end + 1 < tokens.size()) {
      String next = tokens.get(end + 1).text();
      if (next.equals("state")
          || next.equals("State")
              && end + 2 < tokens.size()
              && !startsUpper(tokens.get(end + 2).text())) {
        return true;
      }
    }
    if (start >= 2
        && tokens.get(start - 1).text().equalsIgnoreCase("of")
        && tokens.get(start - 2).text().equalsIgnoreCase("state")) {
      return true;
    }
    for (int k = Math.max(0, start - 3); k <= Math.min(tokens.size() - 1, end + 3); k++) {
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (w.equals("governor") || w.equals("gov.") || w.equals("statehouse")) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsUpper(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
  }

  private static boolean hasUpper(String s) {
    return s.chars().anyMatch(Character::isUpperCase);
  }
}
