package org.annalist.eval.petrarch;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A validation file's {@code <Environment>}: the dictionary files its expectations were written
 * for, the categories it runs and its initial options.
 *
 * @param verbFile the {@code <Verbfile>} name, or {@code null}
 * @param actorFiles the {@code <Actorfile>} names (the element may list several, comma-separated)
 * @param agentFile the {@code <Agentfile>} name, or {@code null}
 * @param discardFile the {@code <Discardfile>} name, or {@code null}
 * @param include the active categories from {@code <Include>}, without its leading keyword {@code
 *     valid}; empty when the file has no {@code <Include>} (every category is active)
 * @param options the {@code <Config>} options of the environment, values lower-cased
 */
public record ValidationEnvironment(
    String verbFile,
    List<String> actorFiles,
    String agentFile,
    String discardFile,
    Set<String> include,
    Map<String, String> options) {

  public ValidationEnvironment {
    actorFiles = List.copyOf(actorFiles);
    include = Set.copyOf(include);
    options = Map.copyOf(options);
  }

  /** Whether records of {@code category} are run. */
  public boolean includes(String category) {
    Objects.requireNonNull(category, "category");
    return include.isEmpty() || include.contains(category);
  }
}
