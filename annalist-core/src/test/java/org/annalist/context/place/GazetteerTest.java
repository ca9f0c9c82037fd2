package org.annalist.context.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  @Test
  void keyFoldsCaseDiacriticsDotsAndSaint() {
    assertEquals("saint etienne", Gazetteer.key("St. Étienne"));
    assertEquals("saint petersburg", Gazetteer.key("Saint-Petersburg"));
    assertEquals("us", Gazetteer.key("U.S."));
    assertEquals("cote divoire", Gazetteer.key("Côte d’Ivoire"));
    assertEquals("port au prince", Gazetteer.key("PORT-AU-PRINCE"));
  }

  @Test
  void candidatesIgnoreCaseAccentsAndSaintAbbreviation() {
    assertEquals(
        List.of("RU.66", "498817"), ids(GAZETTEER.candidates("St. Petersburg")).subList(0, 2));
    assertEquals(
        List.of("RU.66", "498817"), ids(GAZETTEER.candidates("SAINT PETERSBURG")).subList(0, 2));
    assertEquals("3996322", GAZETTEER.candidates("Mazatlán").get(0).featureId());
    assertEquals("3996322", GAZETTEER.candidates("Mazatlan").get(0).featureId());
  }

  @Test
  void candidatesListCountriesThenDivisionsThenPlacesByPopulation() {
    assertEquals(List.of("GE", "US.GA"), ids(GAZETTEER.candidates("Georgia")).subList(0, 2));
    List<String> paris = ids(GAZETTEER.candidates("Paris"));
    assertEquals("2988507", paris.get(0));
    assertEquals(List.of("2988507", "4717560", "6942553"), paris.subList(0, 3));
  }

  private static List<String> ids(List<Place> places) {
    return places.stream().map(Place::featureId).toList();
  }

  @Test
  void countryByIso3HasNamesCodesAndCentroid() {
    Place russia = GAZETTEER.country("RUS").orElseThrow();
    assertEquals("Russia", russia.name());
    assertEquals("RU", russia.featureId());
    assertEquals(Place.Kind.COUNTRY, russia.kind());
    assertTrue(russia.latitude() > 55 && russia.latitude() < 66, "latitude " + russia.latitude());
    assertTrue(
        russia.longitude() > 85 && russia.longitude() < 110, "longitude " + russia.longitude());
    assertEquals("Kosovo", GAZETTEER.country("XKX").orElseThrow().name());
  }

  @Test
  void abbreviationsMatchOnlyInCapitals() {
    Gazetteer.Match us =
        GAZETTEER.matches("US").stream()
            .filter(m -> m.place().featureId().equals("US"))
            .findFirst()
            .orElseThrow();
    assertTrue(us.upperCaseOnly());
    assertEquals("United States", GAZETTEER.candidates("U.S.").get(0).name());
  }

  @Test
  void cityHasGdeltFullNameWithDivisionAndCountry() {
    Place sochi = GAZETTEER.byId("491422").orElseThrow();
    assertEquals("Sochi, Krasnodar Krai, Russia", sochi.fullName());
    assertEquals("RUS", sochi.countryCode());
    assertEquals("RU.38", sochi.adm1Code());
    assertEquals("Texas, United States", GAZETTEER.byId("US.TX").orElseThrow().fullName());
  }

  @Test
  void badLineFailsWithLineNumberAndLine() {
    String tsv = "# comment\nC\tGE\tGEO\t\tGeorgia\t42.1\t43.5\t10\tPCLI\t\n";
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Gazetteer.read(
                    new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)),
                    false,
                    "t.tsv"));
    assertEquals(
        "t.tsv:2: expected 11 tab-separated fields: C\tGE\tGEO\t\tGeorgia\t42.1\t43.5\t10\tPCLI\t",
        e.getMessage());
  }

  @Test
  void smallGazetteerReadsFromPlainText() {
    String tsv =
        "C\tGE\tGEO\t\tGeorgia\t42.1\t43.5\t10\tPCLI\t611717\tSakartvelo\n"
            + "A\tGE.51\tGEO\tGE.51\tTbilisi\t41.7\t44.8\t5\tADM1\t\t\n"
            + "P\t611717\tGEO\tGE.51\tTbilisi\t41.69\t44.83\t5\tPPLC\t\tTiflis\n";
    Gazetteer g =
        Gazetteer.read(
            new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), false, "t.tsv");
    assertEquals(3, g.size());
    assertEquals("Tbilisi, Georgia", g.candidates("Tiflis").get(0).fullName());
    assertEquals("GE", g.candidates("sakartvelo").get(0).featureId());
  }
}
