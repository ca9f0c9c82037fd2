package org.annalist.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PloverMappingTest {

  private static final PloverMapping PLOVER = PloverMapping.standard();

  @Test
  void everyCameoCodeHasAPloverTypeOrAReasonForNone() {
    List<String> withoutType = new ArrayList<>();
    for (CameoCode c : CameoCodes.standard().all()) {
      PloverCoding p = PLOVER.of(c);
      assertEquals(c.code(), p.cameo());
      assertNotNull(p.row(), "no row covers " + c.code());
      assertTrue(c.code().startsWith(p.row()), c.code() + " took row " + p.row());
      if (!p.hasType()) {
        withoutType.add(c.code());
        assertTrue(p.note().contains("dropped in PLOVER"), c.code() + ": " + p.note());
      }
    }
    // only the statements and appeals: the manual drops CAMEO 01 and 02
    assertTrue(withoutType.stream().allMatch(c -> c.startsWith("01") || c.startsWith("02")));
    assertEquals(
        CameoCodes.standard().all().stream()
            .filter(c -> c.root().equals("01") || c.root().equals("02"))
            .count(),
        withoutType.size(),
        withoutType.toString());
  }

  @Test
  void everyRowIsAListedCameoCode() {
    for (PloverCoding row : PLOVER.rows()) {
      assertTrue(CameoCodes.standard().contains(row.cameo()), row.cameo());
      assertEquals(row.cameo(), row.row());
    }
  }

  private static void assertCoding(
      String cameo, PloverType type, String mode, List<String> contexts) {
    PloverCoding p = PLOVER.of(cameo);
    assertEquals(type, p.type(), cameo);
    assertEquals(mode, p.mode(), cameo);
    assertEquals(contexts, p.contexts(), cameo);
  }

  @Test
  void mappingsAgreeWithTheManual() {
    // ASSAULT 'aerial': manned aircraft (the 2021 table's heavy-weapons is the artillery mode)
    assertCoding("195", PloverType.ASSAULT, "aerial", List.of("military"));
    assertCoding("1952", PloverType.ASSAULT, "drone", List.of("military"));
    assertCoding("193", PloverType.ASSAULT, "firearms", List.of("military"));
    assertCoding("186", PloverType.ASSAULT, "targeted", List.of());
    assertCoding("2042", PloverType.ASSAULT, "unconventional", List.of("cbrn"));
    // intent to de-escalate is AGREE; retreating is RETREAT, the material half of CAMEO 08
    assertCoding("0356", PloverType.AGREE, null, List.of("military"));
    assertCoding("0874", PloverType.RETREAT, "disarm", List.of("military"));
    assertCoding("0871", PloverType.RETREAT, "ceasefire", List.of("military"));
    assertCoding("0841", PloverType.RETREAT, "release", List.of("legal"));
    assertCoding("081", PloverType.CONCEDE, null, List.of("legal"));
    // international sanctions are SANCTION 'discontinue'
    assertCoding("163", PloverType.SANCTION, "discontinue", List.of("diplomatic"));
    assertCoding("057", PloverType.SUPPORT, null, List.of("diplomatic"));
    assertCoding("042", PloverType.CONSULT, "visit", List.of());
    assertCoding("173", PloverType.COERCE, "arrest", List.of("legal"));
    assertCoding("112", PloverType.ACCUSE, "disapprove", List.of());
    assertCoding("1121", PloverType.ACCUSE, "allege", List.of("crime", "corruption"));
    assertCoding("138", PloverType.THREATEN, "violence", List.of("military"));
    assertCoding("1056", PloverType.REQUEST, "yield", List.of("military"));
    assertCoding("145", PloverType.PROTEST, "riot", List.of());
    assertCoding("154", PloverType.MOBILIZE, "troops", List.of("military"));
  }

  @Test
  void aCodeWithoutARowTakesItsNearestParents() {
    PloverCoding p = PLOVER.of("0213");
    assertEquals(new PloverCoding("0213", "02", null, null, List.of(), p.note()), p);
    assertTrue(p.note().startsWith("CAMEO 01 and 02"), p.note());
    // a validation dictionary's variant code
    PloverCoding variant = PLOVER.of("075A");
    assertEquals("075", variant.row());
    assertEquals(PloverType.AID, variant.type());
    assertEquals(List.of("asylum"), variant.contexts());
  }

  @Test
  void aCodeNoRowCoversHasNoType() {
    assertEquals(
        new PloverCoding("def", null, null, null, List.of(), "not a CAMEO code"), PLOVER.of("def"));
  }

  private static String loadError(String table) {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                PloverMapping.read(
                    new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)),
                    CameoCodes.standard()));
    return e.getMessage();
  }

  @Test
  void aModeTheManualDoesNotGiveTheTypeFailsLoadingWithTheLine() {
    assertEquals(
        "plover.tsv:2: CAMEO 195: 'bombing' is not a PLOVER mode of ASSAULT: "
            + "195\tASSAULT\tbombing\tmilitary\t-",
        loadError("# header\n195\tASSAULT\tbombing\tmilitary\t-\n"));
  }

  @Test
  void badRowsFailLoadingWithTheirReason() {
    assertEquals(
        "plover.tsv:1: 'FIGHT' is not a PLOVER event type: 20\tFIGHT\t-\t-\t-",
        loadError("20\tFIGHT\t-\t-\t-\n"));
    assertEquals(
        "plover.tsv:1: CAMEO 073: 'humanitarian' is not a PLOVER context: "
            + "073\tAID\t-\thumanitarian\t-",
        loadError("073\tAID\t-\thumanitarian\t-\n"));
    assertEquals(
        "plover.tsv:1: CAMEO 01: no PLOVER type needs a note saying why: 01\t-\t-\t-\t-",
        loadError("01\t-\t-\t-\t-\n"));
    assertEquals(
        "plover.tsv:1: '1213' is not a CAMEO event code: 1213\tREJECT\tassist\tlegal\t-",
        loadError("1213\tREJECT\tassist\tlegal\t-\n"));
    assertEquals(
        "plover.tsv:2: CAMEO 04 is listed twice: 04\tCONSULT\t-\t-\t-",
        loadError("04\tCONSULT\t-\t-\t-\n04\tCONSULT\t-\t-\t-\n"));
    assertEquals(
        "plover.tsv:1: expected 5 tab-separated fields: 04\tCONSULT", loadError("04\tCONSULT\n"));
  }

  @Test
  void aTableThatLeavesACameoCodeUncoveredFailsLoading() {
    assertEquals("plover.tsv: no row covers CAMEO 01", loadError("04\tCONSULT\t-\t-\t-\n"));
  }
}
