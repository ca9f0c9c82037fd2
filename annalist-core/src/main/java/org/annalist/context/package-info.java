/**
 * The context stage: when, where and according to whom each coded event happened, and the article's
 * GKG-like features. {@link org.annalist.context.ContextStage} is the stage; sub-packages hold its
 * parts: {@code time} (dates), {@code place} (gazetteer and geoparser), {@code features}
 * (quotations, counts, tone). Depends on the model and coding packages only.
 */
package org.annalist.context;
