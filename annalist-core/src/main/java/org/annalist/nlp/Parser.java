package org.annalist.nlp;

import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;

/**
 * The NLP stage: splits an article into sentences of tokens with lemma, part of speech,
 * named-entity tag, character offsets into the article text and a Universal Dependencies parse.
 *
 * <p>Implementations are built once per JVM (they load models) and must be safe to call from
 * several threads at once. Messy input never throws: text that cannot be analysed is left out of
 * the result and listed in {@link AnnotatedArticle#skipped()} with the reason.
 */
public interface Parser {

  AnnotatedArticle parse(Article article);
}
