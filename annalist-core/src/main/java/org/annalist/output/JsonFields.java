package org.annalist.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.annalist.model.Span;

/** Field shapes the JSON-lines writers share. Stateless. */
final class JsonFields {

  private JsonFields() {}

  /** {@code field: {text, begin, end}}. */
  static void span(JsonGenerator json, String field, Span s) throws IOException {
    json.writeObjectFieldStart(field);
    spanFields(json, s);
    json.writeEndObject();
  }

  /** The {@code text, begin, end} fields of a span, into the current object. */
  static void spanFields(JsonGenerator json, Span s) throws IOException {
    json.writeStringField("text", s.text());
    json.writeNumberField("begin", s.begin());
    json.writeNumberField("end", s.end());
  }

  /** {@code v} rounded to two decimals, as scores are written. */
  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
