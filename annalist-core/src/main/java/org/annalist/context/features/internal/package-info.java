/**
 * How {@link org.annalist.context.features.PatternFeatureExtractor} finds its features: merging
 * named-entity mentions, pairing quotation marks and finding speakers, reading numbers written in
 * digits or words, matching count patterns, scoring tone. Not API: everything here may change.
 *
 * <p>Depends on {@code org.annalist.model}, {@code org.annalist.dictionary} and {@code
 * org.annalist.context.features}.
 */
package org.annalist.context.features.internal;
