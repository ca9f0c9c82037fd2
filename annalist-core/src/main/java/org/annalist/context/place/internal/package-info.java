/**
 * Helpers of the place stage: name normalisation, mention finding, disambiguation and the
 * attachment of places to event verbs. Not API: may change without notice.
 */
package org.annalist.context.place.internal;
