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
 * first. A run the named-entity tagger called a location may be any kind of place. An untagged (or
 * MISC) run may be a country, or, when it is a proper noun inside the sentence, a division or a
 * city of 100,000 or more under its own name, so that "Reading" or "Split" opening a sentence is
 * not taken for a city. A run tagged as a person is no place, nor is part of a longer organisation
 * ("Washington Post"), but a whole organisation run may be a country or a capital standing for its
 * government ("Moscow said"). The dateline ("WASHINGTON (Reuters) -") may be any place whatever its
 * tag. Also counts country adjectives ("Russian", "Syrian"), which are country context but not
 * places. Immutable and thread-safe.
 */
public final class MentionFinder {

  private static final int MAX_TOKENS = 6;

  /** The least population of a city taken from an untagged proper noun. */
  static final long UNTAGGED_CITY_POPULATION = 100_000;

  /** Words that are never a place on their own, whatever the gazetteer lists under them. */
  private static final Set<String> NEVER_ALONE =
      withCalendarNames(
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
          "police",
          // regions and waters: "the Gulf" is no Gulf Province, "the Sahel" no town
          "gulf",
          "sahel",
          "balkans",
          "caucasus",
          "levant",
          "maghreb",
          "sea",
          "ocean",
          "strait",
          "bay",
          "mediterranean",
          "pacific",
          "atlantic",
          "arctic",
          "middle",
          // continents: GeoNames keeps old names such as "Africa" for Mahdia, Tunisia
          "africa",
          "europe",
          "asia",
          "america",
          "americas",
          "oceania",
          "antarctica");

  /** {@code words} and the English month and weekday names ("May", "Monday"), lower case. */
  private static Set<String> withCalendarNames(String... words) {
    Set<String> all = new java.util.HashSet<>(List.of(words));
    for (java.time.Month m : java.time.Month.values()) {
      all.add(m.name().toLowerCase(Locale.ROOT));
    }
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      all.add(d.name().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(all);
  }

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
        // The last word (the name's head) tagged: words before it may be untagged, as the tagger
        // leaves them in "Pakistan-occupied Kashmir" (no token of the run is a person's).
        located = LOCATION_TAGS.contains(tokens.get(j).ner());
      }
      boolean organisation = false;
      for (int k = start; k <= j; k++) {
        organisation |= tokens.get(k).ner().equals("ORGANIZATION");
      }
      if (organisation && !wholeOrganisation(tokens, start, j)) {
        continue;
      }
      boolean allUpper = true;
      for (int k = start; k <= j; k++) {
        if (!tokens.get(k).text().equals(tokens.get(k).text().toUpperCase(Locale.ROOT))) {
          allUpper = false;
        }
      }
      // An untagged proper noun inside a sentence may still be a well-known place ("Mariupol
      // city"): a division, or a city large enough that a common word is unlikely.
      boolean properNoun = start > 0;
      for (int k = start; k <= j && properNoun; k++) {
        Token t = tokens.get(k);
        properNoun =
            (t.upos().equals("PROPN") || t.xpos().startsWith("NNP")) && !t.ner().equals("MISC");
      }
      List<Gazetteer.Match> kept = new ArrayList<>(matches.size());
      for (Gazetteer.Match m : matches) {
        if (m.upperCaseOnly() && !allUpper) {
          continue;
        }
        Place p = m.place();
        if (organisation) {
          // Organisation by metonymy: only a country or a capital stands for its government.
          if (p.kind() == Place.Kind.COUNTRY || p.isCapital()) {
            kept.add(m);
          }
          continue;
        }
        if (!located
            && p.kind() != Place.Kind.COUNTRY
            && !(properNoun
                && !m.alternate()
                && (p.kind() == Place.Kind.ADM1 || p.population() >= UNTAGGED_CITY_POPULATION))) {
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
    return t.ner().equals("PERSON");
  }

  /**
   * Whether tokens {@code start..end} are exactly one run the tagger called an organisation
   * ("Moscow said", "2.2°C Dublin"), not part of a longer one ("Washington Post").
   */
  private static boolean wholeOrganisation(List<Token> tokens, int start, int end) {
    for (int k = start; k <= end; k++) {
      if (!tokens.get(k).ner().equals("ORGANIZATION")) {
        return false;
      }
    }
    return (start == 0 || !tokens.get(start - 1).ner().equals("ORGANIZATION"))
        && (end + 1 >= tokens.size() || !tokens.get(end + 1).ner().equals("ORGANIZATION"));
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
