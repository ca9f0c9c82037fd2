/**
 * Output formats: events as JSON lines or TSV, parses as CoNLL-U. Depends on {@code
 * org.annalist.coding}, {@code org.annalist.cameo}, {@code org.annalist.model} and Jackson.
 */
package org.annalist.output;
