package org.annalist.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.annalist.coding.CodedEvent;
import org.annalist.context.EventContext;

/** Writes coded events to a stream in one output format. Not thread-safe: one writer per stream. */
public interface EventWriter extends Closeable {

  /**
   * Writes one event with its context (date, place, attribution, tone), or without when {@code
   * context} is {@code null}.
   */
  void write(CodedEvent event, EventContext context) throws IOException;

  /** Writes one event without context. */
  default void write(CodedEvent event) throws IOException {
    write(event, null);
  }

  /** Flushes; does not close the underlying stream when it is standard output. */
  @Override
  void close() throws IOException;

  /** The writer for a format name: {@code jsonl} or {@code tsv}. */
  static EventWriter forFormat(String format, OutputStream out) throws IOException {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "jsonl", "json" -> new JsonLinesEventWriter(out);
      case "tsv" -> new TsvEventWriter(out);
      default ->
          throw new IllegalArgumentException(
              "unknown output format '" + format + "' (jsonl or tsv)");
    };
  }
}
