package org.annalist.context.time;

/** How much of a date the text gives: a day, a month, a year, or a stretch of days. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR,
  /** A stretch of days that is not one calendar month or year ("last week", "late-night"). */
  INTERVAL
}
