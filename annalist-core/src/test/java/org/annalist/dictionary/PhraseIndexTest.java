package org.annalist.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;

/** {@link PhraseIndex}: longest match over a sentence's token keys. */
class PhraseIndexTest {

  /** Tokens of {@code text} split at spaces and at hyphens, as CoreNLP splits them. */
  private static TokenKeys keys(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == ' ') {
        i++;
        continue;
      }
      int end = i + 1;
      if (text.charAt(i) != '-') {
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '-') {
          end++;
        }
      }
      String word = text.substring(i, end);
      tokens.add(new Token(tokens.size() + 1, word, word, "X", "_", "O", i, end, 0, "dep"));
      i = end;
    }
    return new TokenKeys(tokens);
  }

  @Test
  void aNameWrittenWithTwoHyphensMatchesTheTokensAHyphenSplittingTokenizerMakes() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add(List.of("waqar-uz-zaman"), "BGDMIL");
    TokenKeys k = keys("General Waqar-uz-Zaman spoke");
    PhraseIndex.Match<String> m = index.longestAt(k, 1, k.size());
    assertEquals(new PhraseIndex.Match<>("BGDMIL", 1, 6), m);
  }

  @Test
  void aNameWithOneHyphenStillMatches() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add(List.of("bashar", "al-assad"), "SYRGOV");
    TokenKeys k = keys("Bashar al-Assad spoke");
    assertEquals(new PhraseIndex.Match<>("SYRGOV", 0, 4), index.longestAt(k, 0, k.size()));
  }

  @Test
  void wordsSeparatedBySpacedDashesAreNoHyphenChain() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add(List.of("waqar-uz-zaman"), "BGDMIL");
    TokenKeys k = keys("Waqar - uz - Zaman");
    assertNull(index.longestAt(k, 0, k.size()));
    assertNull(k.hyphenChain(0));
  }
}
