/**
 * Event dates: a purpose-built temporal tagger that normalises the few kinds of time expression
 * news text uses ("on Thursday", "November 20", "last week", "since September 2015", "one week
 * after ...") against the article's publication date, and a dater that attaches to each event the
 * date its clause gives it, with precision and provenance, else the publication date marked as
 * such. Pure Java on the {@code org.annalist.model} tokens (so it runs on CoNLL-U input too) and
 * cheap: a token pre-check skips the many sentences that hold no time word, so no SUTime pass is
 * needed. Depends only on {@code org.annalist.model}; {@code internal} holds the word tables.
 */
package org.annalist.context.time;
