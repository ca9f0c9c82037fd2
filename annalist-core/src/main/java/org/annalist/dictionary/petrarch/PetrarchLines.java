package org.annalist.dictionary.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PETRARCH dictionary file with its comments removed, as PETRARCH-2 reads them:
 * lines starting with {@code #} or {@code <!}, text after a {@code #}, {@code <!-- ... -->}
 * comments (also over several lines) and blank lines are skipped. Each line keeps its number for
 * error messages.
 */
final class PetrarchLines {

  /** One content line: the file's name, its 1-based number, and the text without comments. */
  record Line(String file, int number, String text) {
    String id() {
      return file + ":" + number;
    }
  }

  private PetrarchLines() {}

  static List<Line> read(Path path) {
    List<String> raw;
    try {
      raw = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    String file = path.getFileName().toString();
    List<Line> out = new ArrayList<>(raw.size());
    boolean inComment = false;
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      if (inComment) {
        int end = line.indexOf("-->");
        if (end < 0) {
          continue;
        }
        inComment = false;
        line = line.substring(end + 3);
      }
      int open = line.indexOf("<!--");
      while (open >= 0) {
        int close = line.indexOf("-->", open + 4);
        if (close < 0) {
          line = line.substring(0, open);
          inComment = true;
          break;
        }
        line = line.substring(0, open) + line.substring(close + 3);
        open = line.indexOf("<!--");
      }
      if (line.startsWith("#") || line.startsWith("<!")) {
        continue;
      }
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      if (!line.isBlank()) {
        out.add(new Line(file, i + 1, line));
      }
    }
    return out;
  }
}
