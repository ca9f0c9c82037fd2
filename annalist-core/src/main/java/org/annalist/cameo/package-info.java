/**
 * The CAMEO ontology as data: event codes, names, QuadClass and Goldstein scores ({@link
 * org.annalist.cameo.CameoCodes}), each code's PLOVER event type, mode and contexts ({@link
 * org.annalist.cameo.PloverMapping}), and the parts of actor codes: countries, international codes,
 * regions, roles and religions ({@link org.annalist.cameo.ActorCodes}). Depends on the JDK only.
 */
package org.annalist.cameo;
