package org.annalist.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.cli.Annalist;
import org.junit.jupiter.api.Test;

/**
 * The README's example: coding examples/gulf-talks.txt gives exactly the events committed beside
 * it.
 */
class ExampleTest {

  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void exampleEventsAreWhatTheReadmeShows() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Annalist.run(
            out,
            InputStream.nullInputStream(),
            err,
            "code",
            EXAMPLES.resolve("gulf-talks.txt").toString(),
            "--date",
            "2026-03-02");
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    String expected =
        Files.readString(EXAMPLES.resolve("gulf-talks.events.jsonl"), StandardCharsets.UTF_8);
    assertEquals(
        expected,
        out.toString(StandardCharsets.UTF_8),
        "the example's events changed: regenerate examples/gulf-talks.events.jsonl and the README table "
            + "with ./annalist code examples/gulf-talks.txt --date 2026-03-02");
  }
}
