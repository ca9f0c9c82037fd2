package org.annalist.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled actors/people-americas-europe.txt: people code by the article's date. */
class PeopleAmericasEuropeDictionaryTest {

  private static final Dictionaries BUNDLED = Dictionaries.defaults();

  private static ActorEntry person(String name) {
    ActorEntry e = BUNDLED.actors().lookup(TextNormalizer.words(name));
    assertNotNull(e, name);
    return e;
  }

  private static Optional<String> code(String name, String date) {
    return person(name).codeOn(LocalDate.parse(date));
  }

  @Test
  void peopleOfTheseCountriesLiveInTheirOwnFileNotInLeaders() {
    for (String name : new String[] {"Merkel", "Obama", "Lula", "Rutte", "Vucic", "Kurti"}) {
      assertTrue(
          person(name).id().startsWith("actors/people-americas-europe.txt:"), person(name).id());
    }
  }

  @Test
  void aCareerCodesByTheOfficeHeldOnTheArticleDate() {
    assertEquals(Optional.of("DEUOPP"), code("Merkel", "2003-05-01"));
    assertEquals(Optional.of("DEUGOV"), code("Merkel", "2015-05-01"));
    assertEquals(Optional.of("DEUELI"), code("Merkel", "2023-05-01"));
    assertEquals(Optional.of("GBRJUD"), code("Keir Starmer", "2010-01-01"));
    assertEquals(Optional.of("GBROPP"), code("Keir Starmer", "2022-01-01"));
    assertEquals(Optional.of("GBRGOV"), code("Keir Starmer", "2025-01-01"));
  }

  @Test
  void defenceMinistersAreMilitaryOnlyWhileInOffice() {
    assertEquals(Optional.of("FRAMIL"), code("Le Drian", "2015-01-01"));
    assertEquals(Optional.of("FRAGOV"), code("Le Drian", "2019-01-01"));
    assertEquals(Optional.of("POLMIL"), code("Sikorski", "2006-06-01"));
    assertEquals(Optional.of("POLGOV"), code("Sikorski", "2024-06-01"));
  }

  @Test
  void centralBankHeadsAreGovernmentAndEcbPresidentsTheEu() {
    assertEquals(Optional.of("GBRGOV"), code("Mark Carney", "2016-01-01"));
    assertEquals(Optional.of("CANGOV"), code("Mark Carney", "2025-06-01"));
    assertEquals(Optional.of("IGOEUREEC"), code("Lagarde", "2022-01-01"));
    assertEquals(Optional.of("IGOBUSIMF"), code("Lagarde", "2015-01-01"));
  }

  @Test
  void vanishedStatesKeepTheirOwnCodes() {
    assertEquals(Optional.of("SRBGOV"), code("Milosevic", "1995-01-01"));
    assertEquals(Optional.of("YUGGOV"), code("Milosevic", "1999-01-01"));
    assertEquals(Optional.of("SCGMIL"), code("Boris Tadic", "2003-06-01"));
  }

  @Test
  void aRelativeWithTheSameSurnameHasHisOwnEntry() {
    assertEquals(Optional.of("CANGOV"), code("Trudeau", "2020-01-01"));
    assertEquals(Optional.of("CANELI"), code("Pierre Trudeau", "2020-01-01"));
    assertSame(person("Javier Milei"), person("Milei"));
    assertEquals(Optional.of("ARGGOV"), code("Karina Milei", "2024-01-01"));
  }
}
