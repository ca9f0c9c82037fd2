package org.annalist.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.annalist.model.Article;
import org.annalist.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  private final List<Article> articles = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private void read(ArticleReader reader, String name, byte[] bytes, boolean jsonLines) {
    reader.read(name, new ByteArrayInputStream(bytes), jsonLines, articles::add, problems::add);
  }

  @Test
  void plainTextIsOneArticleWithTheDefaultDate() {
    read(
        new ArticleReader(LocalDate.of(2020, 1, 2), 100),
        "a.txt",
        "\uFEFFFrance praised Germany.".getBytes(StandardCharsets.UTF_8),
        false);
    assertEquals(
        List.of(
            new Article(
                "a.txt", "France praised Germany.", LocalDate.of(2020, 1, 2), null, null, null)),
        articles);
    assertEquals(List.of(), problems);
  }

  @Test
  void textOverTheLimitIsRejectedWithItsLength() {
    read(
        new ArticleReader(null, 10),
        "long.txt",
        "France praised Germany.".getBytes(StandardCharsets.UTF_8),
        false);
    assertEquals(
        List.of(new Problem("long.txt", "too long: 23 characters, more than the limit of 10")),
        problems);
  }

  @Test
  void jsonLinesKeepTheirOwnFieldsAndReportBadLines() {
    String jsonl =
        "{\"id\":\"x\",\"date\":\"2019-05-01T10:00:00Z\",\"title\":\"T\",\"url\":\"u\","
            + "\"source\":\"s\",\"text\":\"Hello.\"}\n\n[1,2]\n{\"text\":42}\n";
    read(
        new ArticleReader(LocalDate.of(2020, 1, 1), 100),
        "n.jsonl",
        jsonl.getBytes(StandardCharsets.UTF_8),
        true);
    assertEquals(
        List.of(new Article("x", "Hello.", LocalDate.of(2019, 5, 1), "s", "u", "T")), articles);
    assertEquals(
        List.of(
            new Problem("n.jsonl:3", "not a JSON object"),
            new Problem("n.jsonl:4", "no \"text\" string")),
        problems);
  }

  @Test
  void invalidUtf8InAJsonLinesFileSkipsOnlyThatLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.jsonl");
    byte[] good = "{\"id\":\"a\",\"text\":\"One.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {
      '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'
    };
    byte[] all = new byte[good.length * 2 + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    System.arraycopy(good, 0, all, good.length + bad.length, good.length);
    Files.write(f, all);
    new ArticleReader().read(f, articles::add, problems::add);
    assertEquals(2, articles.size());
    assertEquals(
        List.of(new Problem(f + ":2", "not valid UTF-8 (first bad byte at offset 9 of the line)")),
        problems);
  }

  @Test
  void randomBytesAlwaysGiveAnArticleOrAProblemAndNeverThrow() {
    Random random = new Random(7);
    ArticleReader reader = new ArticleReader(null, 500);
    for (int i = 0; i < 3000; i++) {
      byte[] bytes = new byte[random.nextInt(600)];
      random.nextBytes(bytes);
      if (random.nextBoolean()) {
        for (int j = 0; j < bytes.length; j++) {
          bytes[j] = (byte) (32 + (bytes[j] & 0x3F)); // mostly printable ASCII
        }
      }
      boolean jsonLines = random.nextInt(3) == 0;
      int before = articles.size() + problems.size();
      read(reader, "r" + i, bytes, jsonLines);
      int after = articles.size() + problems.size();
      boolean blankJson = jsonLines && new String(bytes, StandardCharsets.ISO_8859_1).isBlank();
      assertTrue(
          after > before || blankJson, () -> "input " + " gave neither an article nor a problem");
    }
    assertTrue(articles.size() > 100 && problems.size() > 100);
  }
}
