/**
 * The NLP stage on Stanford CoreNLP: {@link org.annalist.nlp.corenlp.CoreNlpParser} turns an {@link
 * org.annalist.model.Article} into an {@link org.annalist.model.AnnotatedArticle} (tokens, lemmas,
 * Penn and Universal part of speech, named entities, basic Universal Dependencies).
 *
 * <p>This package is the only code in Annalist that touches CoreNLP: no CoreNLP type crosses its
 * public API, so everything downstream works on the {@code org.annalist.model} records and can be
 * tested from CoNLL-U fixtures without loading a model. It depends on {@code annalist-core} and
 * {@code edu.stanford.nlp:stanford-corenlp} (with its English models) only.
 */
package org.annalist.nlp.corenlp;
