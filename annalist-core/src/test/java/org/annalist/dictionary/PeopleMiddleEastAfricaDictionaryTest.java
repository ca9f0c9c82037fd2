package org.annalist.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bundled people dictionary for the Middle East and Africa
 * (actors/people-middle-east-africa.txt).
 */
class PeopleMiddleEastAfricaDictionaryTest {

  private static final String FILE = "actors/people-middle-east-africa.txt";

  private static ActorEntry actor(String name) {
    ActorEntry e = Dictionaries.defaults().actors().lookup(TextNormalizer.words(name));
    assertNotNull(e, name);
    return e;
  }

  private static String code(String name, int year, int month, int day) {
    return actor(name).codeOn(LocalDate.of(year, month, day)).orElseThrow();
  }

  @Test
  void anOfficerTurnedPresidentIsMilitaryBeforeAndGovernmentAfter() {
    assertEquals("EGYMIL", code("Abdel Fattah el-Sisi", 2013, 7, 3));
    assertEquals("EGYELI", code("al-Sisi", 2014, 4, 15)); // between resignation and inauguration
    assertEquals("EGYGOV", code("Sisi", 2015, 1, 1));
  }

  @Test
  void juntaLeaderIsMilitaryUntilSwornInAsPresident() {
    assertEquals("NERMIL", code("Abdourahamane Tchiani", 2023, 7, 31));
    assertEquals("NERGOV", code("Tchiani", 2025, 6, 1));
    assertEquals("TCDMIL", code("Mahamat Idriss Deby", 2021, 5, 1));
    assertEquals("TCDGOV", code("Mahamat Deby", 2023, 1, 1));
  }

  @Test
  void deposedButRecognisedPresidentStaysGovernmentUntilSanctionsEnd() {
    assertEquals("NERGOV", code("Mohamed Bazoum", 2023, 7, 31));
    assertEquals("NERELI", code("Bazoum", 2024, 6, 1));
  }

  @Test
  void opponentWhoWinsChangesFromOppositionToGovernment() {
    assertEquals("NGAOPP", code("Muhammadu Buhari", 2015, 3, 31));
    assertEquals("NGAGOV", code("Buhari", 2015, 5, 29));
    assertEquals("NGAGOV", code("Goodluck Jonathan", 2015, 3, 31));
    assertEquals("NGAELI", code("Goodluck Jonathan", 2016, 1, 1));
  }

  @Test
  void headsOfInternationalBodiesTakeTheBodyCodeOnlyWhileInOffice() {
    assertEquals("TCDGOV", code("Moussa Faki Mahamat", 2010, 1, 1));
    assertEquals("IGOAFRAFU", code("Moussa Faki", 2023, 7, 30));
    assertEquals("IGOMEAARL", code("Amr Moussa", 2005, 1, 1));
    assertEquals("IGOUNOHRIHCH", code("Navi Pillay", 2010, 1, 1));
    assertEquals("ZAFELI", code("Navi Pillay", 2020, 1, 1));
  }

  @Test
  void armedGroupLeadersTakeTheirGroupCode() {
    assertEquals(Optional.of("LBNREBHEZ"), actor("Naim Qassem").codeOn(null));
    assertEquals(Optional.of("YEMREBHTH"), actor("Abdul-Malik al-Houthi").codeOn(null));
    assertEquals(Optional.of("NGAREBBKH"), actor("Shekau").codeOn(null));
    assertEquals("PSEGOVHMS", code("Ismail Haniyeh", 2007, 1, 1));
  }

  @Test
  void relativesSharingAListedSurnameHaveTheirOwnEntries() {
    assertNotEquals(actor("Nelson Mandela").id(), actor("Winnie Mandela").id());
    assertEquals("ZAFELI", code("Winnie Mandela", 1995, 1, 1));
    assertNotEquals(actor("Ali Abdullah Saleh").id(), actor("Ahmed Ali Abdullah Saleh").id());
    assertNotEquals(actor("Idriss Deby").id(), actor("Mahamat Idriss Deby").id());
  }

  @Test
  void everyEntryEndsWithAnUndatedFallbackCode() throws IOException {
    List<String> missing = new ArrayList<>();
    int entries = 0;
    for (String line : lines()) {
      String content = line.replaceAll("(^|\\s)#.*$", "").strip();
      if (content.isEmpty()) {
        continue;
      }
      entries++;
      String[] codes = content.substring(content.indexOf('=') + 1).split(",");
      if (codes[codes.length - 1].contains("..")) {
        missing.add(line);
      }
    }
    assertTrue(entries > 300, "entries: " + entries);
    assertEquals(List.of(), missing);
  }

  private static List<String> lines() throws IOException {
    try (InputStream in =
        PeopleMiddleEastAfricaDictionaryTest.class.getResourceAsStream(
            "/org/annalist/dictionaries/" + FILE)) {
      assertNotNull(in, FILE);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertFalse(text.isEmpty());
      return text.lines().toList();
    }
  }
}
