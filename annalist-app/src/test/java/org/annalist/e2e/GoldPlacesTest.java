package org.annalist.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.context.place.EventPlace;
import org.annalist.context.place.GazetteerGeoparser;
import org.annalist.context.place.GeoparsedArticle;
import org.annalist.context.place.PlaceMention;
import org.annalist.eval.GoldSet;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.annalist.nlp.corenlp.CoreNlpParser;
import org.annalist.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The geoparser on the gold development set's location entities (../shared/gold/dev,
 * entities.jsonl, kind=location): a location is found when a place mention overlaps its text (or a
 * variant) in its article, right when that mention's place is in the gold country, and near when it
 * lies within 161 km (100 miles) of the true point in {@code gold-dev-places.tsv}. Locations
 * without a country (continents, "Middle East", seas) are left out of both figures and listed. The
 * figures and each miss are printed; floors make a regression fail the build.
 */
class GoldPlacesTest {

  private static final Map<String, GeoparsedArticle> GEO = new HashMap<>();
  private static final Map<String, double[]> TRUTH = new HashMap<>();
  private static final List<JsonNode> LOCATIONS = new ArrayList<>();
  private static int sentences;
  private static long geoparseNanos;

  @BeforeAll
  static void geoparseGoldArticles() throws IOException {
    Path dev = SharedData.require("gold/dev");
    GoldSet gold = GoldSet.read(dev);
    List<AnnotatedArticle> parsed = new ArrayList<>();
    for (Article a : gold.articles()) {
      parsed.add(CoreNlpParser.shared().parse(a));
    }
    GazetteerGeoparser geoparser = GazetteerGeoparser.standard();
    for (AnnotatedArticle a : parsed) {
      geoparser.geoparse(a); // warm up
    }
    long start = System.nanoTime();
    for (int round = 0; round < 20; round++) {
      for (AnnotatedArticle a : parsed) {
        GEO.put(a.article().id(), geoparser.geoparse(a));
        if (round == 0) {
          sentences += a.sentences().size();
        }
      }
    }
    geoparseNanos = (System.nanoTime() - start) / 20;
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(dev.resolve("entities.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode e = json.readTree(line);
        if (e.path("kind").asText().equals("location")) {
          LOCATIONS.add(e);
        }
      }
    }
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                GoldPlacesTest.class.getResourceAsStream("gold-dev-places.tsv"),
                StandardCharsets.UTF_8))) {
      String l;
      while ((l = r.readLine()) != null) {
        if (!l.isBlank() && !l.startsWith("#")) {
          String[] f = l.split("\t");
          TRUTH.put(
              f[0].toLowerCase(Locale.ROOT),
              new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mentions of the article that overlap an occurrence of the entity's text or a variant. */
  private static List<PlaceMention> overlapping(GeoparsedArticle g, JsonNode entity) {
    String text = g.article().text().toLowerCase(Locale.ROOT);
    List<String> names = new ArrayList<>();
    names.add(entity.path("text").asText());
    entity.path("variants").forEach(v -> names.add(v.asText()));
    List<PlaceMention> out = new ArrayList<>();
    for (String name : names) {
      String n = name.toLowerCase(Locale.ROOT);
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
        for (PlaceMention m : g.mentions()) {
          if (m.span().begin() < at + n.length() && at < m.span().end() && !out.contains(m)) {
            out.add(m);
          }
        }
      }
    }
    return out;
  }

  /** The tokens at the name's first occurrence with their tags, to see why it was missed. */
  private static String tokensAt(GeoparsedArticle g, String name) {
    int at = g.article().text().toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
    List<String> out = new ArrayList<>();
    for (Sentence s : g.article().sentences()) {
      for (Token t : s.tokens()) {
        if (at >= 0 && t.begin() < at + name.length() && at < t.end()) {
          out.add(t.text() + "/" + t.xpos() + "/" + t.ner());
        }
      }
    }
    return out.toString();
  }

  @Test
  void goldLocationsGetTheirCountryAndPoint() {
    int scored = 0;
    int rightCountry = 0;
    int near = 0;
    List<String> misses = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (JsonNode e : LOCATIONS) {
      String id = e.path("article_id").asText();
      String name = e.path("text").asText();
      if (e.path("country").isNull()) {
        left.add(id + " " + name);
        continue;
      }
      scored++;
      String country = e.path("country").asText();
      double[] truth = TRUTH.get(name.toLowerCase(Locale.ROOT));
      assertTrue(truth != null, "no true coordinates for " + name);
      List<PlaceMention> found = overlapping(GEO.get(id), e);
      PlaceMention best = null;
      for (PlaceMention m : found) {
        if (m.place().countryCode().equals(country)
            && (best == null
                || m.place().distanceKm(truth[0], truth[1])
                    < best.place().distanceKm(truth[0], truth[1]))) {
          best = m;
        }
      }
      if (best == null) {
        misses.add(
            id
                + " "
                + name
                + " ("
                + country
                + "): "
                + (found.isEmpty()
                    ? "no mention; tokens " + tokensAt(GEO.get(id), name)
                    : found.stream().map(m -> m.text() + " -> " + m.place().fullName()).toList()));
        continue;
      }
      rightCountry++;
      double km = best.place().distanceKm(truth[0], truth[1]);
      if (km <= 161) {
        near++;
      } else {
        misses.add(
            String.format(
                Locale.ROOT,
                "%s %s: %s -> %s, %.0f km off; tokens %s",
                id,
                name,
                best.text(),
                best.place().fullName(),
                km,
                tokensAt(GEO.get(id), name)));
      }
    }
    double countryRate = (double) rightCountry / scored;
    double nearRate = (double) near / scored;
    System.out.printf(
        Locale.ROOT,
        "gold dev locations: %d scored (%d without a country left out: %s)%n"
            + "  right country %d/%d = %.3f; within 161 km %d/%d = %.3f%n",
        scored,
        left.size(),
        left,
        rightCountry,
        scored,
        countryRate,
        near,
        scored,
        nearRate);
    misses.forEach(m -> System.out.println("  miss: " + m));
    System.out.printf(
        Locale.ROOT,
        "geoparse: %d articles, %d sentences, %.3f ms per article, %.4f ms per sentence%n",
        GEO.size(),
        sentences,
        geoparseNanos / 1e6 / GEO.size(),
        geoparseNanos / 1e6 / sentences);
    assertTrue(countryRate >= FLOOR_COUNTRY, "right country " + countryRate);
    assertTrue(nearRate >= FLOOR_NEAR, "within 161 km " + nearRate);
  }

  // measured 2026-11-25: right country 42/46 = 0.913, within 161 km 40/46 = 0.870
  private static final double FLOOR_COUNTRY = 0.90;
  private static final double FLOOR_NEAR = 0.85;

  /** Seed event 4: Putin congratulated Assad; the meeting was in Sochi (next sentence). */
  @Test
  void seedEventFourIsLocatedInSochi() {
    GeoparsedArticle g = GEO.get("A01");
    for (Sentence s : g.article().sentences()) {
      for (Token t : s.tokens()) {
        if (t.text().equals("congratulated")) {
          EventPlace p = g.locate(s.index(), t.index());
          System.out.println("seed event 4: " + p.basis() + " " + p.place().fullName());
          assertEquals("Sochi, Krasnodar Krai, Russia", p.place().fullName());
          assertEquals(43.6, p.place().latitude(), 0.05);
          assertEquals(39.7, p.place().longitude(), 0.05);
          return;
        }
      }
    }
    throw new AssertionError("no 'congratulated' in A01");
  }
}
