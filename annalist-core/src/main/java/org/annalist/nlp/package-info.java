/**
 * The NLP stage's interface. Implementations live elsewhere: {@code org.annalist.nlp.corenlp} in
 * the {@code annalist-nlp} module (Stanford CoreNLP), and {@link org.annalist.conllu.ConlluReader}
 * builds the same model from given CoNLL-U parses.
 */
package org.annalist.nlp;
