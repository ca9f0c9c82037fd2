/**
 * PETRARCH-2 validation records (the {@code PETR.UnitTest.records} suites and GigaWord samples):
 * reading them ({@link org.annalist.eval.petrarch.ValidationFile}) and scoring coded events against
 * their expected events ({@link org.annalist.eval.petrarch.RecordScorer}, {@link
 * org.annalist.eval.petrarch.ValidationReport}). Depends on {@code org.annalist.model} and the
 * JDK's StAX; coding itself is left to the caller.
 */
package org.annalist.eval.petrarch;
