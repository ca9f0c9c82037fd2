package org.annalist.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.ingest.ArticleReader;
import org.annalist.model.Article;
import org.annalist.model.Problem;

/**
 * A gold set in the JSON-lines layout of {@code ../shared/gold}: {@code articles.jsonl} (one
 * article a line: {@code id}, {@code date}, {@code text}, ...), {@code events.jsonl} (one gold
 * event a line) and, optionally, {@code entities.jsonl} (one named referent a line: {@code
 * article_id}, {@code kind}, {@code text}, {@code code}, {@code variants}).
 *
 * @param articles the articles, in file order
 * @param events the gold events, in file order
 * @param entities the gold entities, in file order; empty without {@code entities.jsonl}
 */
public record GoldSet(List<Article> articles, List<GoldEvent> events, List<GoldEntity> entities) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public GoldSet {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    entities = List.copyOf(entities);
  }

  /**
   * Reads a gold folder.
   *
   * @throws IllegalArgumentException naming file and line when a line is not a gold record
   */
  public static GoldSet read(Path folder) {
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new ArticleReader().read(folder.resolve("articles.jsonl"), articles::add, problems::add);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("bad gold articles: " + problems.get(0));
    }
    List<GoldEvent> events = new ArrayList<>();
    readLines(folder.resolve("events.jsonl"), (line, where) -> events.add(event(line, where)));
    List<GoldEntity> entities = new ArrayList<>();
    Path entitiesFile = folder.resolve("entities.jsonl");
    if (Files.exists(entitiesFile)) {
      readLines(entitiesFile, (line, where) -> entities.add(entity(line, where)));
    }
    return new GoldSet(articles, events, entities);
  }

  private interface LineReader {
    void read(String line, String where);
  }

  private static void readLines(Path file, LineReader reader) {
    try {
      int lineNo = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lineNo++;
        if (!line.isBlank()) {
          reader.read(line, file + ":" + lineNo);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static GoldEntity entity(String line, String where) {
    try {
      JsonNode n = JSON.readTree(line);
      String kind = required(n, "kind", where);
      GoldEntity.Kind k;
      try {
        k = GoldEntity.Kind.of(kind);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      return new GoldEntity(
          required(n, "article_id", where),
          k,
          required(n, "text", where),
          text(n, "code"),
          list(n, "variants"));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage());
    }
  }

  private static GoldEvent event(String line, String where) {
    try {
      JsonNode n = JSON.readTree(line);
      return new GoldEvent(
          required(n, "event_id", where),
          required(n, "article_id", where),
          required(n, "sentence", where),
          text(n, "source_code"),
          list(n, "source_alt"),
          text(n, "target_code"),
          list(n, "target_alt"),
          required(n, "cameo", where),
          list(n, "cameo_alt"),
          n.path("negated").asBoolean(false),
          text(n, "date"),
          text(n, "country"),
          n.path("hypothetical").asBoolean(false));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage());
    }
  }

  private static String required(JsonNode n, String field, String where) {
    String s = text(n, field);
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(where + ": no \"" + field + "\"");
    }
    return s;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> list(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : n.path(field)) {
      if (!v.isNull()) {
        out.add(v.asText());
      }
    }
    return out;
  }
}
