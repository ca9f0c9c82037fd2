/**
 * The CAMEO event ontology as data: codes, names, QuadClass and Goldstein scores. Depends on the
 * JDK only.
 */
package org.annalist.cameo;
