package org.annalist.context.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.annalist.context.place.internal.GazetteerFile;
import org.annalist.context.place.internal.NameIndex;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer's name index: the generator writes it (so that loading computes no key), Java
 * builds the same index for a file without one, and the two must agree on every key of the bundled
 * file.
 */
class GazetteerIndexTest {

  private static final String ENTRIES =
      "# comment\n"
          + "C\tGE\tGEO\t\tGeorgia\t42.1\t43.5\t10\tPCLI\t611717\tSakartvelo\n"
          + "A\tUS.GA\tUSA\tUS.GA\tGeorgia\t32.6\t-83.4\t20\tADM1\t\t\n"
          + "C\tUS\tUSA\t\tUnited States\t39.8\t-98.5\t20\tPCLI\t\tUS|U.S.|America\n";

  private static Gazetteer read(String tsv) {
    return Gazetteer.read(
        new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), false, "t.tsv");
  }

  private static GazetteerFile file(String tsv) {
    byte[] b = tsv.getBytes(StandardCharsets.UTF_8);
    return GazetteerFile.parse(b, b.length, "t.tsv");
  }

  private static String bundledText() {
    try (InputStream in =
        new GZIPInputStream(Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void gzippedFileOfTwoMembersIsReadWhole() throws IOException {
    // The gzip trailer's size is the last member's only: the reader must not trust it.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int half = ENTRIES.indexOf("A\t");
    for (String part : List.of(ENTRIES.substring(0, half), ENTRIES.substring(half))) {
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(part.getBytes(StandardCharsets.UTF_8));
      }
    }
    Gazetteer g = Gazetteer.read(new ByteArrayInputStream(out.toByteArray()), true, "t.tsv.gz");
    assertEquals(3, g.size());
    assertEquals("United States", g.candidates("America").get(0).name());
  }

  @Test
  void bundledIndexEqualsTheIndexJavaBuildsFromItsEntries() {
    // Every stored key is Gazetteer.key of the name it lists, in Java's order; every entry is made
    // (and so checked) on the way.
    String text = bundledText();
    StringBuilder stored = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.startsWith("K\t")) {
        stored.append(line).append('\n');
      }
    }
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    String computed = NameIndex.lines(GazetteerFile.parse(b, b.length, Gazetteer.RESOURCE));
    assertEquals(computed.lines().count(), stored.toString().lines().count());
    assertEquals(computed, stored.toString());
  }

  @Test
  void fileWithoutIndexIsIndexedInJava() {
    assertEquals(
        "K\tamerica\t2.3\n"
            + "K\tgeorgia\t0,1\n"
            + "K\tsakartvelo\t0.1\n"
            + "K\tunited states\t2\n"
            + "K\tus\t2.1\n",
        NameIndex.lines(file(ENTRIES)));
  }

  @Test
  void fileWithoutIndexMatchesCountriesBeforeDivisionsAndFirstSpellingOnly() {
    Gazetteer g = read(ENTRIES);
    assertEquals(
        List.of("GE", "US.GA"), g.candidates("GEORGIA").stream().map(Place::featureId).toList());
    Place us = g.country("USA").orElseThrow();
    assertEquals(List.of(new Gazetteer.Match(us, "US", true, true)), g.matches("U.S."));
    assertEquals(List.of(new Gazetteer.Match(us, "America", true, false)), g.matches("america"));
    assertEquals(2, g.maxNameWords());
  }

  @Test
  void indexedFileIsLookedUpAsItsIndexLists() {
    Gazetteer g = read(ENTRIES + "K\tgeorgia\t1,0\nK\tsakartvelo\t0.1\n");
    assertEquals(
        List.of("US.GA", "GE"), g.candidates("Georgia").stream().map(Place::featureId).toList());
    assertEquals(List.of(), g.candidates("United States"));
    assertEquals("Sakartvelo", g.matches("Sakartvelo").get(0).name());
    assertEquals(1, g.maxNameWords());
  }

  @Test
  void entryIsOnePlaceWhicheverNameOrIdFindsIt() {
    Gazetteer g = read(ENTRIES + "K\tgeorgia\t0,1\nK\tsakartvelo\t0.1\n");
    Place georgia = g.candidates("Sakartvelo").get(0);
    assertSame(georgia, g.candidates("Georgia").get(0));
    assertSame(georgia, g.byId("GE").orElseThrow());
    assertSame(georgia, g.country("GEO").orElseThrow());
  }

  @Test
  void keyListedTwiceFailsWithLineNumberAndKey() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> read(ENTRIES + "K\tgeorgia\t0\nK\tgeorgia\t1\n"));
    assertEquals("t.tsv:6: key listed twice: georgia", e.getMessage());
  }

  @Test
  void keyWithoutEntriesFailsWithLineNumberAndLine() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> read(ENTRIES + "K\tgeorgia\t\n"));
    assertEquals("t.tsv:5: expected K, a key and its entries: K\tgeorgia\t", e.getMessage());
  }

  @Test
  void featureIdListedTwiceFailsWithLineNumber() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> read(ENTRIES + "P\tGE\tGEO\t\tTbilisi\t41.7\t44.8\t5\tPPLC\t\t\n"));
    assertEquals("t.tsv:5: feature id listed twice: GE", e.getMessage());
  }

  @Test
  void unknownKindFailsWithLineNumberAndLine() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> read(ENTRIES + "X\t1\tGEO\t\tTbilisi\t41.7\t44.8\t5\tPPLC\t\t\n"));
    assertEquals(
        "t.tsv:5: unknown kind X: X\t1\tGEO\t\tTbilisi\t41.7\t44.8\t5\tPPLC\t\t", e.getMessage());
  }

  @Test
  void badEntryOfFileWithoutIndexFailsLoading() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> read(ENTRIES + "P\t1\tGEO\t\tTbilisi\t141.7\t44.8\t5\tPPLC\t\t\n"));
    assertEquals(
        "t.tsv:5: coordinates out of range: 141.7,44.8 for Tbilisi:"
            + " P\t1\tGEO\t\tTbilisi\t141.7\t44.8\t5\tPPLC\t\t",
        e.getMessage());
  }

  @Test
  void badEntryOfIndexedFileFailsWhenFirstLookedUp() {
    Gazetteer g = read(ENTRIES + "P\t1\tXYZ\t\tTbilisi\t41.7\t44.8\t5\tPPLC\t\t\nK\ttbilisi\t3\n");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> g.candidates("Tbilisi"));
    assertEquals(
        "t.tsv:5: unknown country XYZ: P\t1\tXYZ\t\tTbilisi\t41.7\t44.8\t5\tPPLC\t\t",
        e.getMessage());
  }

  @Test
  void indexListingAMissingRowFailsWhenLookedUp() {
    Gazetteer g = read(ENTRIES + "K\ttbilisi\t7\n");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> g.candidates("Tbilisi"));
    assertEquals("t.tsv: key tbilisi lists row 7 of 3", e.getMessage());
  }
}
