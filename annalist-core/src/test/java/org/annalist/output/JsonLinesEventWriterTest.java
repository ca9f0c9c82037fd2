package org.annalist.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annalist.cameo.CameoCodes;
import org.annalist.cameo.PloverMapping;
import org.annalist.coding.ActorMention;
import org.annalist.coding.CodedEvent;
import org.annalist.coding.Modality;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class JsonLinesEventWriterTest {

  private static final String TEXT = "Russian jets bombed Syrian rebels.";

  private static CodedEvent event(String cameo) {
    return new CodedEvent(
        "a:0:3",
        "a",
        null,
        0,
        new Span(0, TEXT.length(), TEXT),
        new ActorMention("RUSMIL", "Russian jets", 0, 12, List.of("actors:1")),
        new ActorMention("SYRREB", "Syrian rebels", 20, 33, List.of("actors:2")),
        CameoCodes.standard().get(cameo),
        PloverMapping.standard().of(cameo),
        new Span(13, 19, "bombed"),
        Modality.ASSERTED,
        null,
        "verbs:1",
        "bomb = " + cameo);
  }

  private static JsonNode written(CodedEvent e) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesEventWriter w = new JsonLinesEventWriter(out)) {
      w.write(e);
    }
    String line = out.toString(StandardCharsets.UTF_8);
    assertEquals(1, line.split("\n").length, line);
    return new ObjectMapper().readTree(line);
  }

  @Test
  void anEventCarriesItsPloverTypeModeAndContext() throws IOException {
    JsonNode json = written(event("195"));
    assertEquals("195", json.get("cameo").asText());
    assertEquals(
        new ObjectMapper()
            .readTree(
                "{\"event\":\"ASSAULT\",\"mode\":\"aerial\",\"context\":[\"military\"],"
                    + "\"row\":\"195\",\"note\":\"table says heavy-weapons; the manual's aerial "
                    + "mode is manned aircraft\"}"),
        json.get("plover"));
  }

  @Test
  void aCodeWithoutPloverTypeSaysWhyAndFromWhichRow() throws IOException {
    JsonNode plover = written(event("0256")).get("plover");
    assertEquals(
        new ObjectMapper()
            .readTree(
                "{\"event\":null,\"mode\":null,\"context\":[],\"row\":\"02\",\"note\":\"CAMEO 01 "
                    + "and 02 (statements and appeals) are dropped in PLOVER (manual, CAMEO to "
                    + "PLOVER translation)\"}"),
        plover);
  }
}
