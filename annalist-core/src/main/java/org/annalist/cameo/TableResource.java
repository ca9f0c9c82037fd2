package org.annalist.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The tab-separated tables of this package ({@code event-codes.tsv}, {@code actor-codes.tsv},
 * {@code countries.tsv}): one row a line, {@code #} comments and blank lines skipped, a row with
 * the wrong number of fields fails loading with the resource, line number and line.
 */
final class TableResource {

  private TableResource() {}

  static void rows(String resource, int fields, Consumer<String[]> row) {
    try (InputStream in = TableResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/annalist/cameo/" + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != fields) {
          throw new IllegalStateException(
              resource + ":" + lineNo + ": expected " + fields + " tab-separated fields: " + line);
        }
        row.accept(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
