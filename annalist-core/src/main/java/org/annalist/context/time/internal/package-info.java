/**
 * Word tables of the temporal tagger (month names, weekdays, number words, units), built once and
 * immutable. Not an API: only {@code org.annalist.context.time} uses it.
 */
package org.annalist.context.time.internal;
