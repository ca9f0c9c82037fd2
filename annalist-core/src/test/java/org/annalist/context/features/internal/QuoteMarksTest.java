package org.annalist.context.features.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> marks(String text) {
    return QuotationFinder.quoteMarks(text).stream().map(m -> m[0] + "-" + m[1]).toList();
  }

  @Test
  void curlyQuotesPairOpenWithClose() {
    assertEquals(List.of("4-12", "18-24"), marks("He: \u201Cone two\u201D and \u201Cthree\u201D"));
  }

  @Test
  void straightQuotesPairInTurn() {
    assertEquals(List.of("0-3", "7-10"), marks("\"ab\" x \"cd\""));
  }

  @Test
  void quoteOpenAtParagraphEndEndsThere() {
    assertEquals(List.of("0-10", "11-23"), marks("\u201Cwe fought\n\u201Cand we won.\u201D"));
  }
}
