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
import org.annalist.context.EventContext;
import org.annalist.context.place.EventPlace;
import org.annalist.context.place.Place;
import org.annalist.context.time.EventDate;
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
  public void write(CodedEvent e, EventContext c) throws IOException {
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
    if (c != null) {
      context(c);
    }
    json.writeEndObject();
  }

  private void context(EventContext c) throws IOException {
    EventDate d = c.date();
    if (d == null) {
      json.writeNullField("date");
    } else {
      json.writeObjectFieldStart("date");
      json.writeStringField("iso", d.iso());
      json.writeStringField("start", d.start().toString());
      json.writeStringField("end", d.end().toString());
      json.writeStringField("precision", d.precision().name());
      json.writeStringField("basis", d.basis().name());
      if (d.evidence() != null) {
        span("evidence", d.evidence());
      }
      json.writeEndObject();
    }
    json.writeStringField("factuality", c.factuality().name());
    json.writeObjectFieldStart("attribution");
    json.writeStringField("kind", c.attribution().kind().name());
    json.writeStringField("name", c.attribution().name());
    json.writeStringField("reason", c.attribution().reason());
    json.writeEndObject();
    EventPlace where = c.place();
    if (where.place() == null) {
      json.writeNullField("actionGeo");
    } else {
      json.writeObjectFieldStart("actionGeo");
      place(where.place());
      json.writeStringField("basis", where.basis().name());
      if (where.mention() != null) {
        span("mention", where.mention().span());
      }
      json.writeEndObject();
    }
    geo("sourceGeo", c.sourcePlace());
    geo("targetGeo", c.targetPlace());
    json.writeObjectFieldStart("tone");
    json.writeNumberField("tone", round(c.tone().tone()));
    json.writeNumberField("positive", round(c.tone().positiveScore()));
    json.writeNumberField("negative", round(c.tone().negativeScore()));
    json.writeNumberField("wordCount", c.tone().wordCount());
    json.writeEndObject();
  }

  private void geo(String field, Place p) throws IOException {
    if (p == null) {
      json.writeNullField(field);
      return;
    }
    json.writeObjectFieldStart(field);
    place(p);
    json.writeEndObject();
  }

  private void place(Place p) throws IOException {
    json.writeStringField("type", p.kind().name());
    json.writeStringField("fullName", p.fullName());
    json.writeStringField("countryCode", p.countryCode());
    json.writeStringField("adm1Code", p.adm1Code());
    json.writeNumberField("lat", p.latitude());
    json.writeNumberField("lon", p.longitude());
    json.writeStringField("featureId", p.featureId());
  }

  private static double round(double v) {
    return JsonFields.round(v);
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
    JsonFields.span(json, field, s);
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
