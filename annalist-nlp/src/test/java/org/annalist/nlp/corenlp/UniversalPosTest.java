package org.annalist.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UniversalPosTest {

  @Test
  void nounsAndProperNouns() {
    assertEquals("NOUN", UniversalPos.of("NNS", "jet", "nsubj"));
    assertEquals("PROPN", UniversalPos.of("NNPS", "Americans", "nsubj"));
  }

  @Test
  void beHaveDoAreAuxiliariesOnlyWhenTheParseSaysSo() {
    assertEquals("AUX", UniversalPos.of("VBD", "be", "aux:pass"));
    assertEquals("AUX", UniversalPos.of("VBZ", "be", "cop"));
    assertEquals("AUX", UniversalPos.of("VBD", "do", "aux"));
    assertEquals("VERB", UniversalPos.of("VBD", "have", "root"));
    assertEquals("VERB", UniversalPos.of("VBD", "bomb", "root"));
  }

  @Test
  void modalsAreAlwaysAuxiliaries() {
    assertEquals("AUX", UniversalPos.of("MD", "will", "aux"));
  }

  @Test
  void notIsAParticleOtherAdverbsAreAdverbs() {
    assertEquals("PART", UniversalPos.of("RB", "not", "advmod"));
    assertEquals("ADV", UniversalPos.of("RB", "never", "advmod"));
  }

  @Test
  void prepositionOrSubordinatorDependsOnTheRelation() {
    assertEquals("ADP", UniversalPos.of("IN", "by", "case"));
    assertEquals("SCONJ", UniversalPos.of("IN", "because", "mark"));
    assertEquals("PART", UniversalPos.of("TO", "to", "mark"));
    assertEquals("ADP", UniversalPos.of("TO", "to", "case"));
    assertEquals("ADP", UniversalPos.of("RP", "up", "compound:prt"));
  }

  @Test
  void determinersStandingAloneArePronouns() {
    assertEquals("DET", UniversalPos.of("DT", "the", "det"));
    assertEquals("PRON", UniversalPos.of("DT", "this", "nsubj"));
    assertEquals("PRON", UniversalPos.of("WDT", "which", "nsubj"));
  }

  @Test
  void punctuationTagsArePunct() {
    for (String tag : new String[] {",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"}) {
      assertEquals("PUNCT", UniversalPos.of(tag, tag, "punct"), tag);
    }
  }

  @Test
  void unknownTagsAreX() {
    assertEquals("X", UniversalPos.of("FW", "coup", "obj"));
    assertEquals("X", UniversalPos.of("NEWTAG", "x", "dep"));
  }
}
