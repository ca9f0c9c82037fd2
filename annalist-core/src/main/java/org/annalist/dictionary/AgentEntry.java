package org.annalist.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * One agent entry: role words and the role code they stand for.
 *
 * @param id where the entry was written, {@code file:line}
 * @param names the role words as written
 * @param role the role code: three letters ({@code MIL}) in Annalist's own dictionaries; longer
 *     CAMEO role codes ({@code GOVFRM}) come from PETRARCH dictionaries
 * @param prefix whether the code goes before the actor's code ({@code NGO~} in PETRARCH's agents)
 *     rather than after it (the usual {@code ~MIL})
 */
public record AgentEntry(String id, List<String> names, String role, boolean prefix) {

  public AgentEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    names = List.copyOf(names);
    if (!role.matches("[A-Z]{3}[A-Z0-9]*")) {
      throw new IllegalArgumentException(
          "agent role must be capital letters, at least three: '" + role + "'");
    }
  }

  /** A role that follows the actor's code, as Annalist's own agent lines give. */
  public AgentEntry(String id, List<String> names, String role) {
    this(id, names, role, false);
  }
}
