/**
 * The coding stage: verb patterns matched on the dependency parse give CAMEO events with source and
 * target actors, modality and reported speech, each carrying its provenance. {@link
 * org.annalist.coding.DependencyCoder} is the implementation; its helpers are in {@code internal}.
 *
 * <p>Depends on {@code org.annalist.model}, {@code org.annalist.dictionary}, {@code
 * org.annalist.cameo}.
 */
package org.annalist.coding;
