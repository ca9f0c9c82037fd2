package org.annalist.context.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountMentionTest {

  private static final FeatureExtractor EXTRACTOR = FeatureExtractor.bundled();

  /** Each count as {@code KIND number QUALIFIER "object" pattern "match" "number"}. */
  private static List<String> counts(String... sentences) {
    return EXTRACTOR.extract(Fixtures.plain(sentences)).counts().stream()
        .map(
            c ->
                c.kind()
                    + " "
                    + c.number()
                    + " "
                    + c.qualifier()
                    + " \""
                    + c.object()
                    + "\" "
                    + c.patternId()
                    + " \""
                    + c.match().text()
                    + "\" \""
                    + c.numberSpan().text()
                    + "\" "
                    + c.sentenceIndex())
        .toList();
  }

  @Test
  void atLeastNPeopleWereKilled() {
    assertEquals(
        List.of(
            "KILLED 156 AT_LEAST \"people\" subject \"At least 156 people were killed\""
                + " \"At least 156\" 0"),
        counts("At least 156 people were killed in the attack."));
  }

  @Test
  void killingNCiviliansIsAVerbObjectCount() {
    assertEquals(
        List.of("KILLED 12 EXACT \"civilians\" verb-object \"killing 12 civilians\" \"12\" 0"),
        counts("An airstrike hit the market, killing 12 civilians."));
  }

  @Test
  void arrestedNProtesters() {
    assertEquals(
        List.of(
            "ARRESTED 30 MORE_THAN \"opposition protesters\" verb-object"
                + " \"arrested more than 30 opposition protesters\" \"more than 30\" 0"),
        counts("Police arrested more than 30 opposition protesters on Sunday."));
  }

  @Test
  void leftNDead() {
    assertEquals(
        List.of("KILLED 5 EXACT \"people\" left \"left 5 people dead\" \"5\" 0"),
        counts("The blast left 5 people dead."));
  }

  @Test
  void leftNInjuredIsWounded() {
    assertEquals(
        List.of("WOUNDED 40 ABOUT \"\" left \"leaving about 40 injured\" \"about 40\" 0"),
        counts("The bomb exploded near a school, leaving about 40 injured."));
  }

  @Test
  void nDeadInWordsIsKilled() {
    assertEquals(
        List.of("KILLED 12 EXACT \"\" subject \"Twelve dead\" \"Twelve\" 0"),
        counts("Twelve dead after bus plunges into river."));
  }

  @Test
  void deathTollRoseToN() {
    assertEquals(
        List.of("KILLED 40 EXACT \"\" toll \"death toll rose to 40\" \"40\" 0"),
        counts("The death toll rose to 40 on Tuesday."));
  }

  @Test
  void nWoundedInTheAttack() {
    assertEquals(
        List.of("WOUNDED 30 EXACT \"soldiers\" subject \"30 soldiers wounded\" \"30\" 0"),
        counts("30 soldiers wounded in the attack."));
  }

  @Test
  void nWereDetainedWithoutANoun() {
    assertEquals(
        List.of("ARRESTED 12 EXACT \"\" subject \"12 were detained\" \"12\" 0"),
        counts("Police said 12 were detained overnight."));
  }

  @Test
  void displacedOnePointTwoMillion() {
    assertEquals(
        List.of(
            "DISPLACED 1200000 EXACT \"people\" verb-object \"displaced 1.2 million people\""
                + " \"1.2 million\" 0"),
        counts("The fighting has displaced 1.2 million people."));
  }

  @Test
  void nRefugeesFled() {
    assertEquals(
        List.of("DISPLACED 3000 EXACT \"refugees\" subject \"3,000 refugees fled\" \"3,000\" 0"),
        counts("Some said 3,000 refugees fled across the border."));
  }

  @Test
  void nPeopleDied() {
    assertEquals(
        List.of("KILLED 40 EXACT \"people\" subject \"40 people died\" \"40\" 0"),
        counts("In the floods 40 people died."));
  }

  @Test
  void dozensOfPeopleAreAtLeastTwentyFour() {
    assertEquals(
        List.of(
            "KILLED 24 AT_LEAST \"people\" subject \"Dozens of people were killed\" \"Dozens\" 0"),
        counts("Dozens of people were killed."));
  }

  @Test
  void moreThanADozenWounded() {
    assertEquals(
        List.of(
            "WOUNDED 12 MORE_THAN \"people\" subject \"more than a dozen people were wounded\""
                + " \"more than a dozen\" 0"),
        counts("In the clash more than a dozen people were wounded."));
  }

  @Test
  void threeDozenSchoolgirlsKidnapped() {
    assertEquals(
        List.of(
            "KIDNAPPED 36 EXACT \"schoolgirls\" verb-object \"abducted three dozen schoolgirls\""
                + " \"three dozen\" 0"),
        counts("Gunmen abducted three dozen schoolgirls."));
  }

  @Test
  void numberWordsWithHundredAndUnits() {
    assertEquals(
        List.of(
            "DISPLACED 250 EXACT \"residents\" subject \"two hundred and fifty residents were"
                + " evacuated\" \"two hundred and fifty\" 0"),
        counts("Yesterday two hundred and fifty residents were evacuated."));
  }

  @Test
  void hostagesAreCountedByTheirNoun() {
    assertEquals(
        List.of("KIDNAPPED 7 EXACT \"hostages\" noun \"7 hostages\" \"7\" 0"),
        counts("The group still holds 7 hostages."));
  }

  @Test
  void secondNumberOfAVerbObjectCountHasTheSameKind() {
    assertEquals(
        List.of(
            "KILLED 12 EXACT \"soldiers\" verb-object \"killed 12 soldiers\" \"12\" 0",
            "KILLED 3 EXACT \"civilians\" conjunct \"3 civilians\" \"3\" 0"),
        counts("The rebels killed 12 soldiers and 3 civilians."));
  }

  @Test
  void countsKeepTheirSentence() {
    assertEquals(
        List.of("ARRESTED 4 EXACT \"men\" subject \"4 men were arrested\" \"4\" 1"),
        counts("The raid came at dawn.", "4 men were arrested."));
  }

  @Test
  void numberDoingTheKillingIsNotCounted() {
    assertEquals(List.of(), counts("12 gunmen killed the guards."));
  }

  @Test
  void yearIsNotCounted() {
    assertEquals(List.of(), counts("In 2014 people were killed in the war."));
  }

  @Test
  void ageIsNotCounted() {
    assertEquals(List.of(), counts("A man aged 30 was killed."));
  }

  @Test
  void ageInAppositionIsNotCounted() {
    assertEquals(List.of(), counts("John Smith, 30, was killed."));
  }

  @Test
  void dateIsNotCountedButTheCountIs() {
    assertEquals(
        List.of("KILLED 3 EXACT \"soldiers\" verb-object \"killed 3 soldiers\" \"3\" 0"),
        counts("Rebels killed 3 soldiers on 12 March."));
  }

  @Test
  void daysAreNotPeople() {
    assertEquals(List.of(), counts("He was arrested 3 days ago."));
  }

  @Test
  void moneyIsNotCounted() {
    assertEquals(List.of(), counts("The fraud cost $ 5 million and killed the firm."));
  }

  @Test
  void decimalWithoutScaleIsNotCounted() {
    assertEquals(List.of(), counts("Inflation of 2.5 killed growth."));
  }

  @Test
  void infinitiveAfterTheNounIsNotACount() {
    assertEquals(List.of(), counts("There were two attempts to assassinate the president."));
  }
}
