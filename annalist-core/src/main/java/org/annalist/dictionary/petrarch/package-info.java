/**
 * Readers for the PETRARCH-2 dictionary formats (actors, agents, discards), translating into
 * Annalist's dictionary model. Depends on {@code org.annalist.dictionary}.
 */
package org.annalist.dictionary.petrarch;
