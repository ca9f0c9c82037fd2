/**
 * The coder's internals: the per-sentence dependency view, actor resolution and pattern matching.
 * Not an API; may change without notice. Depends on {@code org.annalist.model} and {@code
 * org.annalist.dictionary}.
 */
package org.annalist.coding.internal;
