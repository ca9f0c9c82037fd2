/**
 * A CoNLL-U reader producing the document model: given parses in, no NLP pipeline needed. Depends
 * on {@code org.annalist.model}.
 */
package org.annalist.conllu;
