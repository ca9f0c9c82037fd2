package org.annalist.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.annalist.cameo.PloverCoding;
import org.annalist.coding.ActorMention;
import org.annalist.coding.CodedEvent;
import org.annalist.context.EventContext;
import org.annalist.context.place.Place;
import org.annalist.context.time.EventDate;

/**
 * Events as tab-separated values with a header row; tabs and line breaks inside text become spaces.
 */
public final class TsvEventWriter implements EventWriter {

  static final String[] COLUMNS = {
    "id",
    "articleId",
    "articleDate",
    "sentenceIndex",
    "sourceCode",
    "sourceText",
    "targetCode",
    "targetText",
    "cameo",
    "root",
    "quadClass",
    "goldstein",
    "ploverEvent",
    "ploverMode",
    "ploverContext",
    "verb",
    "negated",
    "future",
    "conditional",
    "intention",
    "reportedByCode",
    "reportedByText",
    "eventDate",
    "datePrecision",
    "dateBasis",
    "factuality",
    "attributedTo",
    "actionGeoType",
    "actionGeoFullName",
    "actionGeoCountryCode",
    "actionGeoADM1Code",
    "actionGeoLat",
    "actionGeoLong",
    "actionGeoFeatureID",
    "actionGeoBasis",
    "actor1GeoCountryCode",
    "actor2GeoCountryCode",
    "tone",
    "patternId",
    "sentence"
  };

  private final Writer out;

  public TsvEventWriter(OutputStream stream) throws IOException {
    out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    out.write(String.join("\t", COLUMNS));
    out.write('\n');
  }

  @Override
  public void write(CodedEvent e, EventContext c) throws IOException {
    ActorMention r = e.reportedBy();
    EventDate d = c == null ? null : c.date();
    Place g = c == null ? null : c.place().place();
    PloverCoding p = e.plover();
    String[] row = {
      e.id(),
      e.articleId(),
      e.articleDate() == null ? "" : e.articleDate().toString(),
      Integer.toString(e.sentenceIndex()),
      e.source().code(),
      e.source().text(),
      e.target().code(),
      e.target().text(),
      e.event().code(),
      e.event().root(),
      Integer.toString(e.event().quadClass()),
      String.format(Locale.ROOT, "%.1f", e.event().goldstein()),
      p.hasType() ? p.type().name() : "",
      p.mode(),
      String.join(",", p.contexts()),
      e.verb().text(),
      Boolean.toString(e.modality().negated()),
      Boolean.toString(e.modality().future()),
      Boolean.toString(e.modality().conditional()),
      Boolean.toString(e.modality().intention()),
      r == null || r.code() == null ? "" : r.code(),
      r == null ? "" : r.text(),
      d == null ? "" : d.iso(),
      d == null ? "" : d.precision().name(),
      d == null ? "" : d.basis().name(),
      c == null ? "" : c.factuality().name(),
      c == null || c.attribution().name() == null ? "" : c.attribution().name(),
      g == null ? "" : g.kind().name(),
      g == null ? "" : g.fullName(),
      g == null ? "" : g.countryCode(),
      g == null || g.adm1Code() == null ? "" : g.adm1Code(),
      g == null ? "" : String.format(Locale.ROOT, "%.4f", g.latitude()),
      g == null ? "" : String.format(Locale.ROOT, "%.4f", g.longitude()),
      g == null ? "" : g.featureId(),
      c == null ? "" : c.place().basis().name(),
      c == null || c.sourcePlace() == null ? "" : c.sourcePlace().countryCode(),
      c == null || c.targetPlace() == null ? "" : c.targetPlace().countryCode(),
      c == null ? "" : String.format(Locale.ROOT, "%.2f", c.tone().tone()),
      e.patternId(),
      e.sentence().text()
    };
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(clean(row[i]));
    }
    out.write('\n');
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
