package org.annalist.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.annalist.context.features.ArticleFeatures;
import org.annalist.context.features.CountMention;
import org.annalist.context.features.FeatureLocation;
import org.annalist.context.features.NamedEntity;
import org.annalist.context.features.Quotation;
import org.annalist.context.features.Tone;
import org.annalist.model.Span;

/**
 * Article features as JSON lines, one object per article, in the spirit of GDELT's Global Knowledge
 * Graph: persons, organisations, locations with coordinates, quotations with their speakers, counts
 * of killed, wounded, arrested, displaced and kidnapped people, and tone. The fields are documented
 * in {@code docs/output.md}. Not thread-safe: one writer per stream.
 */
public final class ArticleFeaturesWriter implements Closeable {

  private final JsonGenerator json;

  public ArticleFeaturesWriter(OutputStream out) throws IOException {
    json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
  }

  public void write(ArticleFeatures f) throws IOException {
    json.writeStartObject();
    json.writeStringField("articleId", f.articleId());
    tone(f.tone());
    entities("persons", f.persons());
    entities("organizations", f.organizations());
    json.writeArrayFieldStart("locations");
    for (FeatureLocation l : f.locations()) {
      json.writeStartObject();
      json.writeStringField("name", l.name());
      json.writeStringField("countryCode", l.iso3());
      json.writeNumberField("lat", l.latitude());
      json.writeNumberField("lon", l.longitude());
      json.writeStringField("featureId", l.featureId());
      json.writeNumberField("offset", l.offset());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("quotations");
    for (Quotation q : f.quotations()) {
      json.writeStartObject();
      json.writeNumberField("sentenceIndex", q.sentenceIndex());
      span("quote", q.quote());
      if (q.speaker() != null) {
        span("speaker", q.speaker());
        json.writeStringField("speakerName", q.speakerName());
      }
      if (q.verb() != null) {
        span("verb", q.verb());
      }
      json.writeStringField("rule", q.rule().name());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("counts");
    for (CountMention c : f.counts()) {
      json.writeStartObject();
      json.writeStringField("kind", c.kind().name());
      json.writeStringField("gkgType", c.kind().gkgType());
      json.writeNumberField("number", c.number());
      json.writeStringField("qualifier", c.qualifier().name());
      json.writeStringField("object", c.object());
      json.writeNumberField("sentenceIndex", c.sentenceIndex());
      span("match", c.match());
      json.writeStringField("pattern", c.patternId());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void tone(Tone t) throws IOException {
    json.writeObjectFieldStart("tone");
    json.writeNumberField("tone", round(t.tone()));
    json.writeNumberField("positive", round(t.positiveScore()));
    json.writeNumberField("negative", round(t.negativeScore()));
    json.writeNumberField("polarity", round(t.polarity()));
    json.writeNumberField("activityDensity", round(t.activityDensity()));
    json.writeNumberField("selfGroupDensity", round(t.selfGroupDensity()));
    json.writeNumberField("wordCount", t.wordCount());
    json.writeEndObject();
  }

  private void entities(String field, List<NamedEntity> entities) throws IOException {
    json.writeArrayFieldStart(field);
    for (NamedEntity e : entities) {
      json.writeStartObject();
      json.writeStringField("name", e.name());
      json.writeArrayFieldStart("mentions");
      for (Span s : e.mentions()) {
        json.writeStartObject();
        JsonFields.spanFields(json, s);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void span(String field, Span s) throws IOException {
    JsonFields.span(json, field, s);
  }

  private static double round(double v) {
    return JsonFields.round(v);
  }

  @Override
  public void close() throws IOException {
    json.flush();
  }
}
