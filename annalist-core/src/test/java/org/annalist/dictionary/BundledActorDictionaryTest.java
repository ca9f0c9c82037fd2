package org.annalist.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The precision rules written in the headers of the bundled actor and agent dictionaries: names
 * left out on purpose stay out, and the date-limited entries switch codes on their dates.
 */
class BundledActorDictionaryTest {

  private static final Dictionaries BUNDLED = Dictionaries.defaults();

  private static ActorEntry actor(String name) {
    return BUNDLED.actors().lookup(TextNormalizer.words(name));
  }

  private static Optional<String> code(String name, LocalDate date) {
    ActorEntry e = actor(name);
    assertNotNull(e, name + " should be an actor");
    return e.codeOn(date);
  }

  @Test
  void namesThatAreCommonWordsOrSharedWithOtherPlacesAreNotActors() {
    for (String name :
        List.of(
            "let",
            "LeT",
            "Jersey",
            "Male",
            "Nice",
            "Split",
            "Mecca",
            "Medina",
            "Tyre",
            "Sabha",
            "Cologne",
            "Milan",
            "Gao",
            "Sofia",
            "Victoria",
            "Santiago",
            "Alexandria",
            "Hyderabad",
            "KIA",
            "PDF",
            "MEND",
            "FACT",
            "ICU",
            "APC",
            "PTI",
            "CHP",
            "EFF",
            "DSS",
            "UDA",
            "AUC",
            "JEM",
            "FRY",
            "Saba",
            "Popular Will",
            "The Hindu",
            "Labour Party",
            "Republicans",
            "Wagner",
            "Quad",
            "SDF",
            "stabilization force",
            "border security forces")) {
      assertNull(actor(name), name + " is left out on purpose");
    }
  }

  @Test
  void venuesAndContestedPlacesAreNotActors() {
    for (String name :
        List.of(
            "Vienna",
            "Geneva",
            "The Hague",
            "Davos",
            "Strasbourg",
            "Jerusalem",
            "East Jerusalem",
            "Tigray",
            "Kashmir",
            "Abkhazia",
            "Transnistria",
            "Somaliland",
            "Manchester")) {
      assertNull(actor(name), name + " is left out on purpose");
    }
  }

  @Test
  void citiesCodeTheBareCountryAndCapitalsTheGovernment() {
    assertEquals(Optional.of("SYR"), code("Aleppo", null));
    assertEquals(Optional.of("SYRGOV"), code("Damascus", null));
    assertEquals(Optional.of("UKR"), code("Crimea", null));
    assertEquals(Optional.of("NGA"), code("Kano", null));
  }

  @Test
  void formerCapitalsCodeTheGovernmentOnlyUntilTheMove() {
    assertEquals(Optional.of("MMRGOV"), code("Rangoon", LocalDate.of(2000, 1, 1)));
    assertEquals(Optional.of("MMR"), code("Yangon", LocalDate.of(2021, 2, 1)));
    assertEquals(Optional.of("DEUGOV"), code("Bonn", LocalDate.of(1995, 1, 1)));
    assertEquals(Optional.empty(), code("Bonn", LocalDate.of(2017, 11, 6)));
  }

  @Test
  void rsfIsReportersWithoutBordersUntilTheRapidSupportForcesWereFormed() {
    assertEquals(Optional.of("NGOMED"), code("RSF", LocalDate.of(2010, 5, 3)));
    assertEquals(Optional.of("SDNUAF"), code("RSF", LocalDate.of(2023, 4, 15)));
    assertEquals(Optional.of("SDNUAF"), code("RSF", null));
    assertEquals(Optional.of("NGOMED"), code("Reporters Without Borders", null));
  }

  @Test
  void partiesAreGovernmentOnlyWhileTheyHoldTheExecutive() {
    assertEquals(Optional.of("ISRGOVLKD"), code("Likud", LocalDate.of(2015, 1, 1)));
    assertEquals(Optional.of("ISROPPLKD"), code("Likud", LocalDate.of(2021, 12, 1)));
    assertEquals(Optional.of("BGDOPP"), code("Awami League", LocalDate.of(2024, 9, 1)));
    assertEquals(Optional.of("BGDGOV"), code("Awami League", LocalDate.of(2024, 7, 1)));
  }

  @Test
  void ugandaAndTanzaniaArmiesAreNotMyanmarsPeoplesDefenceForce() {
    assertEquals(Optional.of("UGAMIL"), code("Uganda People's Defence Force", null));
    assertEquals(Optional.of("TZAMIL"), code("Tanzania People's Defence Force", null));
    assertEquals(Optional.of("MMRREB"), code("People's Defence Force", LocalDate.of(2023, 1, 1)));
  }

  @Test
  void titlesThatAreCommonSurnamesAreNotAgents() {
    for (String word : List.of("bishop", "pastor", "officer", "agent", "party", "lieutenant")) {
      assertNull(BUNDLED.agents().lookup(TextNormalizer.words(word)), word);
    }
    AgentEntry spokesman = BUNDLED.agents().lookup(TextNormalizer.words("military spokesman"));
    assertEquals("MIL", spokesman.role());
    AgentEntry former = BUNDLED.agents().lookup(TextNormalizer.words("former president"));
    assertEquals("ELI", former.role());
  }
}
