package org.annalist.coding;

import java.util.List;
import org.annalist.model.Problem;

/**
 * What the coder made of one article: its events, and notes on sentences it declined to code (a
 * discard phrase, say), so that nothing is left out without a reason.
 */
public record CodingResult(String articleId, List<CodedEvent> events, List<Problem> notes) {

  public CodingResult {
    events = List.copyOf(events);
    notes = List.copyOf(notes);
  }
}
