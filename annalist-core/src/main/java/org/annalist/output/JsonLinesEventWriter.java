package org.annalist.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import org.annalist.cameo.PloverCoding;
import org.annalist.coding.ActorMention;
import org.annalist.coding.CodedEvent;
import org.annalist.model.Span;

/**
 * Events as JSON lines, one object per event; the fields are documented in {@code docs/output.md}.
 */
public final class JsonLinesEventWriter implements EventWriter {

  private final JsonGenerator json;
  private long written;

  public JsonLinesEventWriter(OutputStream out) throws IOException {
    json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
  }

  @Override
  public void write(CodedEvent e) throws IOException {
    written++;
    json.writeStartObject();
    json.writeStringField("id", e.id());
    json.writeStringField("articleId", e.articleId());
    json.writeStringField(
        "articleDate", e.articleDate() == null ? null : e.articleDate().toString());
    json.writeNumberField("sentenceIndex", e.sentenceIndex());
    json.writeStringField("sentence", e.sentence().text());
    actor("source", e.source());
    actor("target", e.target());
    json.writeStringField("cameo", e.event().code());
    json.writeStringField("root", e.event().root());
    json.writeStringField("eventName", e.event().name());
    json.writeNumberField("quadClass", e.event().quadClass());
    json.writeNumberField("goldstein", e.event().goldstein());
    plover(e.plover());
    span("verb", e.verb());
    json.writeObjectFieldStart("modality");
    json.writeBooleanField("negated", e.modality().negated());
    json.writeBooleanField("future", e.modality().future());
    json.writeBooleanField("conditional", e.modality().conditional());
    json.writeBooleanField("intention", e.modality().intention());
    json.writeBooleanField("realized", e.modality().isRealized());
    json.writeEndObject();
    if (e.reportedBy() == null) {
      json.writeNullField("reportedBy");
    } else {
      actor("reportedBy", e.reportedBy());
    }
    json.writeObjectFieldStart("pattern");
    json.writeStringField("id", e.patternId());
    json.writeStringField("text", e.pattern());
    json.writeEndObject();
    json.writeEndObject();
  }

  private void actor(String field, ActorMention a) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("code", a.code());
    json.writeStringField("text", a.text());
    json.writeNumberField("begin", a.begin());
    json.writeNumberField("end", a.end());
    if (a.antecedent() != null) {
      json.writeStringField("antecedent", a.antecedent());
    }
    json.writeArrayFieldStart("entries");
    for (String id : a.entries()) {
      json.writeString(id);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void plover(PloverCoding p) throws IOException {
    json.writeObjectFieldStart("plover");
    json.writeStringField("event", p.hasType() ? p.type().name() : null);
    json.writeStringField("mode", p.mode());
    json.writeArrayFieldStart("context");
    for (String c : p.contexts()) {
      json.writeString(c);
    }
    json.writeEndArray();
    json.writeStringField("row", p.row());
    json.writeStringField("note", p.note());
    json.writeEndObject();
  }

  private void span(String field, Span s) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", s.text());
    json.writeNumberField("begin", s.begin());
    json.writeNumberField("end", s.end());
    json.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    if (written > 0) {
      json.writeRaw('\n');
    }
    json.flush();
  }

  /** Flushes buffered events. */
  public void flush() throws IOException {
    json.flush();
  }
}
