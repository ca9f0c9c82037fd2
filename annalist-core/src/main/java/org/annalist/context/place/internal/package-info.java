/**
 * Helpers of the place stage: the gazetteer file and its name index, name normalisation, mention
 * finding, disambiguation and the attachment of places to event verbs. Not API: may change without
 * notice.
 */
package org.annalist.context.place.internal;
