package org.annalist.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled people of actors/people-eurasia-asia.txt, coded by the article's date. */
class PeopleEurasiaAsiaTest {

  private static final Dictionaries BUNDLED = Dictionaries.defaults();

  private static ActorEntry person(String name) {
    ActorEntry e = BUNDLED.actors().lookup(TextNormalizer.words(name));
    assertNotNull(e, name + " is not an actor");
    return e;
  }

  private static Optional<String> code(String name, int year, int month, int day) {
    return person(name).codeOn(LocalDate.of(year, month, day));
  }

  @Test
  void peopleOfTheseCountriesComeFromTheirOwnFile() {
    for (String name : new String[] {"Putin", "Zelensky", "Erdogan", "Xi Jinping", "Modi"}) {
      assertEquals(
          "actors/people-eurasia-asia.txt",
          person(name).id().substring(0, person(name).id().indexOf(':')),
          name);
    }
  }

  @Test
  void aPersonIsCodedByTheOfficeHeldOnTheArticleDate() {
    assertEquals(Optional.of("RUSGOV"), code("Sergei Shoigu", 2010, 1, 1));
    assertEquals(Optional.of("RUSMIL"), code("Shoygu", 2015, 6, 1));
    assertEquals(Optional.of("RUSGOV"), code("Sergey Shoigu", 2025, 1, 1));
    assertEquals(Optional.of("BGDOPP"), code("Sheikh Hasina", 2005, 1, 1));
    assertEquals(Optional.of("BGDGOV"), code("Hasina", 2015, 1, 1));
    assertEquals(Optional.of("BGDELI"), code("Sheikh Hasina", 2025, 1, 1));
    assertEquals(Optional.of("INDOPP"), code("Vajpayee", 1997, 1, 1));
    assertEquals(Optional.of("INDGOV"), code("Vajpayee", 2000, 1, 1));
    assertEquals(Optional.of("PAKMIL"), code("Pervez Musharraf", 1999, 1, 1));
    assertEquals(Optional.of("PAKGOV"), code("Musharraf", 2005, 1, 1));
  }

  @Test
  void aCentralBankGovernorIsGovernmentOnlyWhileInOffice() {
    assertEquals(Optional.of("JPNGOV"), code("Haruhiko Kuroda", 2015, 1, 1));
    assertEquals(Optional.of("JPNELI"), code("Haruhiko Kuroda", 2024, 1, 1));
  }

  @Test
  void aSurnameSharedByRelativesIsCodedOnlyWhileItMeansOnePerson() {
    assertEquals(Optional.of("PHLGOV"), code("Duterte", 2018, 1, 1));
    assertEquals(Optional.empty(), code("Duterte", 2024, 1, 1));
    assertEquals(Optional.of("PHLOPP"), code("Sara Duterte", 2025, 1, 1));
    assertEquals(Optional.empty(), code("Marcos", 2018, 1, 1));
    assertEquals(Optional.of("PHLGOV"), code("Marcos", 2023, 1, 1));
    for (String surname : new String[] {"Kim", "Sharif", "Gandhi", "Bhutto", "Abe", "Albanese"}) {
      assertNull(BUNDLED.actors().lookup(TextNormalizer.words(surname)), surname);
    }
  }

  @Test
  void aRelativeOfALeaderIsNotCodedAsTheLeader() {
    assertEquals(Optional.of("INDGOV"), code("Modi", 2020, 1, 1));
    assertEquals(Optional.of("INDBUS"), code("Nirav Modi", 2020, 1, 1));
    assertEquals(Optional.of("PAKMIL"), code("Bajwa", 2020, 1, 1));
    assertEquals(Optional.of("PAKGOV"), code("Tariq Bajwa", 2018, 1, 1));
  }
}
