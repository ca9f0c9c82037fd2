package org.annalist.conllu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Token;
import org.annalist.output.ConlluWriter;
import org.junit.jupiter.api.Test;

class ConlluRoundTripTest {

  private static final String TWO_SENTENCES =
      """
      # text = Russia attacked Ukraine.
      1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\tNER=LOCATION
      2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_
      3\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobj\t_\tNER=LOCATION|SpaceAfter=No
      4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

      1\tKyiv\tKyiv\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
      2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
      3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
      """;

  @Test
  void readerBuildsTextAndOffsets() {
    AnnotatedArticle a = ConlluReader.read("x", TWO_SENTENCES, LocalDate.of(2022, 2, 24));
    assertEquals("Russia attacked Ukraine. Kyiv protested.", a.text());
    Token ukraine = a.sentences().get(0).token(3);
    assertEquals("Ukraine", a.text().substring(ukraine.begin(), ukraine.end()));
    assertEquals("LOCATION", ukraine.ner());
    Token kyiv = a.sentences().get(1).token(1);
    assertEquals(25, kyiv.begin());
    assertEquals("O", kyiv.ner());
    assertEquals(LocalDate.of(2022, 2, 24), a.article().publicationDate());
  }

  @Test
  void writtenConlluReadsBackTheSameTokens() {
    AnnotatedArticle a = ConlluReader.read("x", TWO_SENTENCES, null);
    AnnotatedArticle b = ConlluReader.read("x", ConlluWriter.write(a), null);
    assertEquals(a.text(), b.text());
    assertEquals(a.sentences(), b.sentences());
  }

  @Test
  void malformedLineNamesItsLineNumber() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConlluReader.read("x", "1\tRussia\tRussia\n", null));
    assertEquals("CoNLL-U line 1: expected 10 columns: 1\tRussia\tRussia", e.getMessage());
  }
}
