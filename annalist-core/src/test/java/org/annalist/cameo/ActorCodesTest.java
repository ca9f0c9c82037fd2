package org.annalist.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorCodesTest {

  private static final ActorCodes CODES = ActorCodes.standard();

  @Test
  void cameoCodesReplaceIsoCodesWhereTheCodebookHasItsOwn() {
    List<String> isoOfCameo =
        List.of("KSV", "ROM", "TMP", "MTN", "IMY").stream()
            .map(c -> String.valueOf(CODES.country(c).orElseThrow().iso3()))
            .toList();

    assertEquals(List.of("null", "ROU", "TLS", "MNE", "IMN"), isoOfCameo);
    assertEquals(Optional.empty(), CODES.country("ROU"));
  }

  @Test
  void partsAreKnownByKindAndACountryCodeWinsOverAReligionCode() {
    assertEquals(Optional.of(ActorCodes.Kind.COUNTRY), CODES.kindOf("SHN")); // Saint Helena
    assertEquals(Optional.of(ActorCodes.Kind.INTERNATIONAL), CODES.kindOf("IGO"));
    assertEquals(Optional.of(ActorCodes.Kind.REGION), CODES.kindOf("MEA"));
    assertEquals(Optional.of(ActorCodes.Kind.RELIGION), CODES.kindOf("MOS"));
    assertEquals(Optional.of(ActorCodes.Kind.UNIT), CODES.kindOf("TRK"));
    assertEquals(List.of(true, false), List.of(CODES.isRole("MIL"), CODES.isRole("RUS")));
    assertEquals(Optional.empty(), CODES.kindOf("XYZ"));
  }

  @Test
  void everyCountryHasAThreeLetterCodeAndANameAndStatesHaveAdjectives() {
    List<String> statesWithoutAdjective =
        CODES.countries().stream()
            .filter(c -> c.isState() && c.adjectives().isEmpty())
            .map(ActorCodes.Country::code)
            .toList();

    assertEquals(List.of(), statesWithoutAdjective);
    assertEquals(253, CODES.countries().size()); // ISO 3166-1 (249) + Kosovo + 3 former states
  }
}
