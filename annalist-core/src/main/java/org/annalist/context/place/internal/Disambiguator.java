package org.annalist.context.place.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.context.place.Gazetteer;
import org.annalist.context.place.Place;

/**
 * Chooses the entry each mention stands for. A candidate's score is its prior (a country over a
 * division over a city; a city by the log of its population, a capital above its size; an alternate
 * name below the entry's own) plus context: the article's other mentions of the same country (and
 * country adjectives), other places in the same first-level division, a following qualifier
 * ("Paris, Texas") and words saying the name is a state ("Washington state"). A bare country name
 * stays the country unless sub-national evidence says otherwise: country context alone never turns
 * "Georgia" into a US state. Two rounds: unambiguous mentions first give the context, then every
 * mention's first choice does. Stateless and thread-safe.
 */
public final class Disambiguator {

  static final double COUNTRY_PRIOR = 8.0;
  static final double ADM1_PRIOR = 6.0;
  static final double CAPITAL_BONUS = 0.5;
  static final double SEAT_BONUS = 0.3;
  static final double SECTION_PENALTY = -1.0;
  static final double ALTERNATE_PENALTY = -0.75;

  /** Per mention of the country, up to three, for a country candidate. */
  static final double COUNTRY_CONTEXT = 1.5;

  /**
   * Per mention of the country, up to two, for a division or city: less than a world city's lead in
   * population, so that "Paris" in an American story stays in France unless Texas is named.
   */
  static final double LOCAL_COUNTRY_CONTEXT = 1.0;

  static final double ADM1_CONTEXT = 3.0;
  static final double QUALIFIED = 6.0;
  static final double ADM1_CUE = 3.0;

  private Disambiguator() {}

  /** A mention's choice and why. */
  public record Choice(Place place, String reason) {}

  private record Evidence(String key, String iso3, String adm1, double weight) {}

  /** Chooses a place for each mention, in the mentions' order. */
  public static List<Choice> resolve(List<RawMention> mentions, Map<String, Integer> adjectives) {
    List<Evidence> evidence = new ArrayList<>();
    for (RawMention m : mentions) {
      String iso3 = null;
      String adm1 = null;
      boolean oneCountry = true;
      boolean oneAdm1 = true;
      for (Gazetteer.Match c : m.candidates()) {
        Place p = c.place();
        if (iso3 == null) {
          iso3 = p.countryCode();
          adm1 = p.adm1Code();
        }
        oneCountry &= p.countryCode().equals(iso3);
        oneAdm1 &= adm1 != null && adm1.equals(p.adm1Code());
      }
      if (oneCountry) {
        evidence.add(new Evidence(m.key(), iso3, oneAdm1 ? adm1 : null, m.dateline() ? 2 : 1));
      }
    }
    addAdjectives(evidence, adjectives);
    List<Choice> first = choose(mentions, evidence);
    List<Evidence> second = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Place p = first.get(i).place();
      second.add(
          new Evidence(
              mentions.get(i).key(),
              p.countryCode(),
              p.adm1Code(),
              mentions.get(i).dateline() ? 2 : 1));
    }
    addAdjectives(second, adjectives);
    return choose(mentions, second);
  }

  private static void addAdjectives(List<Evidence> evidence, Map<String, Integer> adjectives) {
    adjectives.forEach((iso3, n) -> evidence.add(new Evidence("", iso3, null, n)));
  }

  private static List<Choice> choose(List<RawMention> mentions, List<Evidence> evidence) {
    List<Choice> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      RawMention m = mentions.get(i);
      Map<String, Double> countries = new HashMap<>();
      Map<String, Double> adm1s = new HashMap<>();
      for (Evidence e : evidence) {
        if (e.key().equals(m.key())) {
          continue;
        }
        countries.merge(e.iso3(), e.weight(), Double::sum);
        if (e.adm1() != null) {
          adm1s.merge(e.adm1(), e.weight(), Double::sum);
        }
      }
      RawMention qualifier = qualifier(mentions, i);
      out.add(choose(m, countries, adm1s, qualifier));
    }
    return out;
  }

  /** The mention right after this one with only a comma between ("Paris, Texas"). */
  private static RawMention qualifier(List<RawMention> mentions, int i) {
    if (i + 1 >= mentions.size()) {
      return null;
    }
    RawMention m = mentions.get(i);
    RawMention next = mentions.get(i + 1);
    return next.sentenceIndex() == m.sentenceIndex() && next.firstToken() == m.lastToken() + 2
        ? next
        : null;
  }

  private static Choice choose(
      RawMention m,
      Map<String, Double> countries,
      Map<String, Double> adm1s,
      RawMention qualifier) {
    boolean countryAmong = false;
    for (Gazetteer.Match c : m.candidates()) {
      countryAmong |= c.place().kind() == Place.Kind.COUNTRY;
    }
    Gazetteer.Match best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    List<String> bestWhy = List.of();
    double[] scores = new double[m.candidates().size()];
    for (int i = 0; i < scores.length; i++) {
      Gazetteer.Match c = m.candidates().get(i);
      Place p = c.place();
      List<String> why = new ArrayList<>(3);
      double score = prior(c, why);
      if (p.kind() == Place.Kind.COUNTRY || !countryAmong) {
        boolean country = p.kind() == Place.Kind.COUNTRY;
        double n = Math.min(country ? 3 : 2, countries.getOrDefault(p.countryCode(), 0.0));
        if (n > 0) {
          score += (country ? COUNTRY_CONTEXT : LOCAL_COUNTRY_CONTEXT) * n;
          why.add("country context " + p.countryCode() + " x" + fmt(n));
        }
      }
      if (p.adm1Code() != null && p.kind() != Place.Kind.COUNTRY) {
        double n = Math.min(2, adm1s.getOrDefault(p.adm1Code(), 0.0));
        if (n > 0) {
          score += ADM1_CONTEXT * n;
          why.add("ADM1 context " + p.adm1Code() + " x" + fmt(n));
        }
      }
      if (qualifier != null && qualifies(qualifier, p)) {
        score += QUALIFIED;
        why.add("qualified by the following name");
      }
      if (m.adm1Cue() && p.kind() == Place.Kind.ADM1) {
        score += ADM1_CUE;
        why.add("named as a state or province");
      }
      scores[i] = score;
      if (score > bestScore) {
        best = c;
        bestScore = score;
        bestWhy = why;
      }
    }
    Gazetteer.Match runnerUp = null;
    double runnerUpScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < scores.length; i++) {
      Gazetteer.Match c = m.candidates().get(i);
      if (c.place() != best.place() && scores[i] > runnerUpScore) {
        runnerUp = c;
        runnerUpScore = scores[i];
      }
    }
    String reason =
        runnerUp == null
            ? "only candidate"
            : String.join("; ", bestWhy) + "; over " + runnerUp.place().fullName();
    return new Choice(best.place(), reason);
  }

  private static boolean qualifies(RawMention qualifier, Place p) {
    for (Gazetteer.Match q : qualifier.candidates()) {
      Place container = q.place();
      if (container.kind() == Place.Kind.ADM1
          && p.kind() == Place.Kind.CITY
          && container.adm1Code().equals(p.adm1Code())) {
        return true;
      }
      if (container.kind() == Place.Kind.COUNTRY
          && p.kind() != Place.Kind.COUNTRY
          && container.countryCode().equals(p.countryCode())) {
        return true;
      }
    }
    return false;
  }

  private static double prior(Gazetteer.Match c, List<String> why) {
    Place p = c.place();
    double score;
    switch (p.kind()) {
      case COUNTRY -> {
        score = COUNTRY_PRIOR;
        why.add("country");
      }
      case ADM1 -> {
        score = ADM1_PRIOR;
        why.add("ADM1");
      }
      default -> {
        score = Math.log10(p.population() + 1.0);
        if (p.isCapital()) {
          score += CAPITAL_BONUS;
          why.add("capital");
        } else if (p.featureCode().equals("PPLA")) {
          score += SEAT_BONUS;
          why.add("ADM1 seat");
        } else if (p.featureCode().equals("PPLX")) {
          score += SECTION_PENALTY;
        }
        why.add("population " + p.population());
      }
    }
    if (c.alternate()) {
      score += ALTERNATE_PENALTY;
      why.add("alternate name '" + c.name() + "'");
    }
    return score;
  }

  private static String fmt(double n) {
    return n == Math.rint(n) ? Long.toString((long) n) : String.format(Locale.ROOT, "%.1f", n);
  }
}
