package org.annalist.context.time;

/** Where an event's date comes from, so that an analyst can tell a stated date from a guess. */
public enum DateBasis {
  /** A time expression in the event's own clause, or in a clause that governs it. */
  TEXT,
  /**
   * Computed from another date by a stated offset ("one week after ...", "two days later"); the
   * evidence is the offset expression.
   */
  RELATIVE,
  /**
   * Not stated for this event: the date of the nearest earlier sentence whose main clause states a
   * day (news narrates in order, so "They also decided ..." after "On Sunday, ECOWAS agreed ..."
   * happened on Sunday). The evidence is that earlier expression.
   */
  NARRATIVE,
  /** Nothing in the text dates the event: the article's publication date. No evidence. */
  PUBLICATION
}
