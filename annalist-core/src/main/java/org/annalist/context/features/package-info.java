/**
 * Article features in the manner of GDELT's Global Knowledge Graph (GKG 2.1): the persons and
 * organisations an article names (one entry per distinct name with every mention's offsets, as
 * {@code V2EnhancedPersons} / {@code V2EnhancedOrganizations} but merged: "Vladimir Putin" and a
 * later "Putin" are one person), its quotations with their speakers and introducing verbs ({@code
 * V2.1Quotations}), counts of killed, wounded, arrested, displaced and kidnapped people ({@code
 * V2.1Counts}), and its tone from a sentiment lexicon the project wrote ({@code V1.5Tone}).
 * Locations are a slot ({@link org.annalist.context.features.FeatureLocation}) that the geoparser
 * fills.
 *
 * <p>{@link org.annalist.context.features.FeatureExtractor} is the stage; {@link
 * org.annalist.context.features.PatternFeatureExtractor} implements it with token patterns and the
 * bundled {@link org.annalist.context.features.ToneLexicon}. Every result keeps its provenance:
 * character offsets into the article text and the pattern or rule that produced it.
 *
 * <p>Depends on {@code org.annalist.model} and {@code org.annalist.dictionary} (the text
 * normaliser) only; nothing here needs CoreNLP.
 */
package org.annalist.context.features;
