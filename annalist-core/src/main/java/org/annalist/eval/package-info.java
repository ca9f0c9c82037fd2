/**
 * Evaluation: coded events scored against hand-coded gold sets (strict and lenient). Depends on
 * {@code org.annalist.coding}, {@code org.annalist.ingest} and Jackson.
 */
package org.annalist.eval;
