package org.annalist.context.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.annalist.dictionary.DictionaryException;
import org.annalist.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

class ToneTest {

  private static final FeatureExtractor EXTRACTOR = FeatureExtractor.bundled();

  private static ToneLexicon lexicon(String text) {
    return ToneLexicon.read("test.txt", new StringReader(text));
  }

  @Test
  void toneIsPositiveMinusNegativePercentOfWords() {
    // 12 words: peace, agreement, great, success positive; attack, kill negative; 1 main verb
    AnnotatedArticle a =
        Fixtures.plain(
            "The peace agreement was a great success but the attack killed/kill/VERB civilians.");
    Tone t = EXTRACTOR.extract(a).tone();
    assertEquals(
        new Tone(100.0 * 2 / 12, 100.0 * 4 / 12, 100.0 * 2 / 12, 50.0, 100.0 / 12, 0, 12), t);
  }

  @Test
  void negatedWordCountsForTheOtherList() {
    Tone t = EXTRACTOR.extract(Fixtures.plain("The talks did not succeed.")).tone();
    assertEquals(Tone.of(5, 0, 1, 0, 0), t);
  }

  @Test
  void pronounsGiveTheSelfGroupDensity() {
    Tone t = EXTRACTOR.extract(Fixtures.plain("We told them our plan.")).tone();
    assertEquals(Tone.of(5, 0, 0, 0, 3), t);
  }

  @Test
  void punctuationIsNotAWord() {
    assertEquals(Tone.NONE, EXTRACTOR.extract(Fixtures.plain("... !")).tone());
  }

  @Test
  void toneOfASentenceUsesOnlyThatSentence() {
    AnnotatedArticle a = Fixtures.plain("The ceasefire held.", "Rebels attack the town.");
    assertEquals(Tone.of(3, 1, 0, 0, 0), EXTRACTOR.toneOf(a, 0));
    assertEquals(Tone.of(4, 0, 1, 0, 0), EXTRACTOR.toneOf(a, 1));
    assertEquals(Tone.of(7, 1, 1, 0, 0), EXTRACTOR.toneOf(a, List.of(0, 1)));
  }

  @Test
  void toneOfAMissingSentenceIsRejected() {
    AnnotatedArticle a = Fixtures.plain("The ceasefire held.");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EXTRACTOR.toneOf(a, 3));
    assertEquals("article test has no sentence 3", e.getMessage());
  }

  @Test
  void averageCountsEachMentionOnceAndSumsWords() {
    Tone a = Tone.of(10, 2, 0, 1, 0); // tone 20
    Tone b = Tone.of(40, 0, 4, 0, 4); // tone -10
    assertEquals(new Tone(5, 10, 5, 15, 5, 5, 50), Tone.average(List.of(a, b, Tone.NONE)));
  }

  @Test
  void averageOfNothingIsNone() {
    assertEquals(Tone.NONE, Tone.average(List.of()));
  }

  @Test
  void inconsistentToneIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Tone(3, 2, 0, 2, 0, 0, 10));
    assertEquals("tone 3.0 is not positive 2.0 minus negative 0.0", e.getMessage());
  }

  @Test
  void lexiconMatchesLemmaThenForm() {
    ToneLexicon l = lexicon("[negative]\nkill\n[positive]\nglad\n");
    assertEquals(ToneLexicon.Polarity.NEGATIVE, l.polarity("KILL"));
    assertEquals(ToneLexicon.Polarity.POSITIVE, l.polarity("glad"));
    assertEquals(null, l.polarity("killed"));
  }

  @Test
  void lexiconLineWithTwoWordsFailsWithFileAndLine() {
    DictionaryException e =
        assertThrows(DictionaryException.class, () -> lexicon("[positive]\ngood\ntwo words\n"));
    assertEquals("test.txt:3: not a single word: two words", e.getMessage());
  }

  @Test
  void lexiconWordInBothListsFails() {
    DictionaryException e =
        assertThrows(
            DictionaryException.class, () -> lexicon("[positive]\ngood\n[negative]\ngood\n"));
    assertEquals("test.txt:4: already listed as positive: good", e.getMessage());
  }

  @Test
  void lexiconWordBeforeASectionFails() {
    DictionaryException e = assertThrows(DictionaryException.class, () -> lexicon("good\n"));
    assertEquals("test.txt:1: word before any section: good", e.getMessage());
  }

  @Test
  void bundledLexiconIsNewsOrientedAndSized() {
    ToneLexicon l = ToneLexicon.bundled();
    assertEquals(1450, l.size(ToneLexicon.Polarity.POSITIVE));
    assertEquals(1664, l.size(ToneLexicon.Polarity.NEGATIVE));
    assertEquals(ToneLexicon.Polarity.NEGATIVE, l.polarity("massacre"));
    assertEquals(ToneLexicon.Polarity.POSITIVE, l.polarity("ceasefire"));
    assertEquals(null, l.polarity("security"));
  }
}
