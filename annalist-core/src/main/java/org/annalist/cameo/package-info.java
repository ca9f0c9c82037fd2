/**
 * The CAMEO event ontology as data: codes, names, QuadClass and Goldstein scores, and each code's
 * PLOVER event type, mode and contexts. Depends on the JDK only.
 */
package org.annalist.cameo;
