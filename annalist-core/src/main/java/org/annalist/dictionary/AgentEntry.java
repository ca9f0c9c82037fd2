package org.annalist.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * One line of an agent dictionary: role words and the role code they stand for.
 *
 * @param id where the entry was written, {@code file:line}
 * @param names the role words as written
 * @param role a three-letter role code, e.g. {@code MIL}
 */
public record AgentEntry(String id, List<String> names, String role) {

  public AgentEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    names = List.copyOf(names);
    if (!role.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "agent role must be three capital letters: '" + role + "'");
    }
  }
}
