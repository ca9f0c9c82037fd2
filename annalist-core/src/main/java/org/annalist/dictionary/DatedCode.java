package org.annalist.dictionary;

import java.time.LocalDate;
import java.util.Objects;

/** An actor code, valid from {@code from} to {@code to} inclusive; a {@code null} end is open. */
public record DatedCode(String code, LocalDate from, LocalDate to) {

  public DatedCode {
    Objects.requireNonNull(code, "code");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("date range ends before it starts: " + from + ".." + to);
    }
  }

  public static DatedCode always(String code) {
    return new DatedCode(code, null, null);
  }

  public boolean isDated() {
    return from != null || to != null;
  }

  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  @Override
  public String toString() {
    if (!isDated()) {
      return code;
    }
    return code + " " + (from == null ? "" : from) + ".." + (to == null ? "" : to);
  }
}
