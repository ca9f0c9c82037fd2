package org.annalist.eval.petrarch;

import java.util.Objects;

/**
 * An event as a triple of codes, the unit of comparison between a record's {@code <EventCoding>}
 * and what the coder produced. Codes are compared exactly; a PETRARCH actor it could not find in
 * its dictionaries appears quoted (for example {@code "INJURY TOLL"}) and never matches.
 *
 * @param code CAMEO event code, e.g. {@code 050}
 * @param source source actor code, e.g. {@code ARN}
 * @param target target actor code, e.g. {@code GON}
 */
public record ExpectedEvent(String code, String source, String target) {

  public ExpectedEvent {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }

  /** {@code SOURCE CODE TARGET}, the order of the coder's output. */
  @Override
  public String toString() {
    return source + " " + code + " " + target;
  }
}
