package org.annalist.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.annalist.model.Article;
import org.annalist.model.Problem;

/**
 * Reads articles from files: JSON lines ({@code .jsonl}, {@code .ndjson}: one object per line with
 * {@code text} and optionally {@code id}, {@code date}, {@code title}, {@code url}, {@code source})
 * or plain UTF-8 text (any other file: one article, its id the file name).
 *
 * <p>Messy input never throws: an empty, binary, oversized, unreadable or non-UTF-8 file, or a bad
 * JSON line, is reported to the problem consumer with its reason and reading goes on. Immutable and
 * thread-safe.
 */
public final class ArticleReader {

  /** Default largest article, in characters. */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalDate defaultDate;
  private final int maxChars;

  /**
   * @param defaultDate publication date for articles that carry none, or {@code null}
   * @param maxChars articles longer than this are rejected
   */
  public ArticleReader(LocalDate defaultDate, int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    this.defaultDate = defaultDate;
    this.maxChars = maxChars;
  }

  public ArticleReader() {
    this(null, DEFAULT_MAX_CHARS);
  }

  /** Reads one file; articles and problems go to the consumers in file order. */
  public void read(Path file, Consumer<Article> articles, Consumer<Problem> problems) {
    String where = file.toString();
    boolean jsonLines =
        isJsonLines(file.getFileName() == null ? "" : file.getFileName().toString());
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        problems.accept(new Problem(where, "is a directory"));
        return;
      }
      if (jsonLines) {
        // any size: read a line at a time, each line bounded by maxChars
        try (InputStream in = Files.newInputStream(file)) {
          readJsonLines(where, in, articles, problems);
        }
        return;
      }
      long size = Files.size(file);
      if (size > (long) maxChars * 4) {
        problems.accept(
            new Problem(
                where,
                String.format(
                    Locale.ROOT,
                    "too large: %,d bytes, more than the limit of %,d characters",
                    size,
                    maxChars)));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      problems.accept(new Problem(where, "no such file (or a broken link)"));
      return;
    } catch (AccessDeniedException e) {
      problems.accept(new Problem(where, "cannot read: permission denied"));
      return;
    } catch (IOException e) {
      problems.accept(new Problem(where, "cannot read: " + e.getMessage()));
      return;
    }
    read(where, bytes, false, articles, problems);
  }

  /**
   * JSON lines from a stream of any length, one line in memory at a time: a line that is not valid
   * UTF-8 or longer than the limit is reported and skipped, and the next line is read.
   */
  private void readJsonLines(
      String where, InputStream in, Consumer<Article> articles, Consumer<Problem> problems)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    long limit = (long) maxChars * 4 + 1024; // UTF-8 text of maxChars, plus the other fields
    int lineNo = 0;
    boolean any = false;
    boolean tooLong = false;
    int b;
    do {
      b = buffered.read();
      if (b != '\n' && b != -1) {
        if (line.size() < limit) {
          line.write(b);
        } else {
          tooLong = true;
        }
        continue;
      }
      if (b == -1 && line.size() == 0 && !tooLong) {
        break;
      }
      lineNo++;
      String lineWhere = where + ":" + lineNo;
      byte[] bytes = line.toByteArray();
      line.reset();
      if (tooLong) {
        problems.accept(
            new Problem(lineWhere, "line too long: more than " + limit + " bytes (skipped)"));
        tooLong = false;
        any = true;
        continue;
      }
      String text = utf8(bytes, lineWhere, " of the line)", problems);
      if (text == null) {
        any = true;
        continue;
      }
      if (lineNo == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      any |= !text.isBlank();
      jsonLine(text, lineWhere, articles, problems);
    } while (b != -1);
    if (!any) {
      problems.accept(
          new Problem(where, lineNo == 0 ? "empty file" : "no JSON lines (only white space)"));
    }
  }

  private void jsonLine(
      String line, String where, Consumer<Article> articles, Consumer<Problem> problems) {
    String l = line.strip();
    if (l.isEmpty()) {
      return;
    }
    if (l.indexOf('\0') >= 0) {
      problems.accept(new Problem(where, "binary data (NUL character)"));
      return;
    }
    Object result = article(l, where);
    if (result instanceof Article a) {
      articles.accept(a);
    } else {
      problems.accept((Problem) result);
    }
  }

  /** Reads standard input or any stream, as plain text or JSON lines. */
  public void read(
      String name,
      InputStream in,
      boolean jsonLines,
      Consumer<Article> articles,
      Consumer<Problem> problems) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((maxChars + 1) * 4);
    } catch (IOException e) {
      problems.accept(new Problem(name, "cannot read: " + e.getMessage()));
      return;
    }
    read(name, bytes, jsonLines, articles, problems);
  }

  /** True for file names read as JSON lines. */
  public static boolean isJsonLines(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonlines");
  }

  private void read(
      String where,
      byte[] bytes,
      boolean jsonLines,
      Consumer<Article> articles,
      Consumer<Problem> problems) {
    if (jsonLines) {
      try {
        readJsonLines(where, new java.io.ByteArrayInputStream(bytes), articles, problems);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e); // a byte array cannot fail to read
      }
      return;
    }
    if (bytes.length == 0) {
      problems.accept(new Problem(where, "empty file"));
      return;
    }
    String binary = binaryReason(bytes);
    if (binary != null) {
      problems.accept(new Problem(where, binary));
      return;
    }
    String text = utf8(bytes, where, "); convert it to UTF-8", problems);
    if (text == null) {
      return;
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      problems.accept(new Problem(where, "no text (only white space)"));
      return;
    }
    if (text.length() > maxChars) {
      problems.accept(new Problem(where, tooLong(text.length())));
      return;
    }
    Path p = Path.of(where);
    String id = p.getFileName() == null ? where : p.getFileName().toString();
    articles.accept(new Article(id, text, defaultDate, null, null, null));
  }

  private Object article(String line, String where) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new Problem(where, "not a JSON object: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new Problem(where, "not a JSON object");
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || !textNode.isTextual()) {
      return new Problem(where, "no \"text\" string");
    }
    String text = textNode.asText();
    if (text.isBlank()) {
      return new Problem(where, "empty \"text\"");
    }
    if (text.length() > maxChars) {
      return new Problem(where, tooLong(text.length()));
    }
    String id = string(node, "id");
    if (id == null || id.isBlank()) {
      id = where;
    }
    LocalDate date = defaultDate;
    String dateText = string(node, "date");
    if (dateText != null && !dateText.isBlank()) {
      try {
        date = LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText);
      } catch (DateTimeParseException e) {
        return new Problem(where, "bad \"date\" '" + dateText + "' (expected YYYY-MM-DD)");
      }
    }
    return new Article(
        id, text, date, string(node, "source"), string(node, "url"), string(node, "title"));
  }

  private String tooLong(int length) {
    return String.format(
        Locale.ROOT, "too long: %,d characters, more than the limit of %,d", length, maxChars);
  }

  private static String string(JsonNode node, String field) {
    JsonNode n = node.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  /** The bytes as UTF-8 text, or null after reporting where the first bad byte is. */
  private static String utf8(byte[] bytes, String where, String end, Consumer<Problem> problems) {
    try {
      return decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      problems.accept(
          new Problem(
              where, "not valid UTF-8 (first bad byte at offset " + firstInvalidUtf8(bytes) + end));
      return null;
    }
  }

  private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return d.decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    d.decode(in, out, true);
    return in.position();
  }

  /**
   * Why the bytes look like a binary file, or {@code null}: a NUL byte or many control characters.
   */
  static String binaryReason(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return "binary file (NUL byte at offset " + i + ")";
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (control * 20 > n) {
      return "binary file (" + control + " control characters in the first " + n + " bytes)";
    }
    return null;
  }

  @Override
  public String toString() {
    return "ArticleReader[date="
        + Objects.toString(defaultDate, "none")
        + ", maxChars="
        + maxChars
        + "]";
  }
}
