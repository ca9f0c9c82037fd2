/**
 * The document model shared by every stage: an {@link org.annalist.model.Article} as ingested, and
 * the {@link org.annalist.model.AnnotatedArticle} an NLP stage makes of it (sentences of tokens
 * carrying lemma, part of speech, named-entity tag, character offsets into the article text and a
 * Universal Dependencies parse). All types are immutable records, validated on construction.
 *
 * <p>Depends on nothing but the JDK.
 */
package org.annalist.model;
