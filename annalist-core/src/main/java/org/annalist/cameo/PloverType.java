package org.annalist.cameo;

import java.util.Set;

/**
 * The sixteen PLOVER event types, each with the modes the PLOVER manual defines for it (AGREE,
 * SUPPORT, CONCEDE, COOPERATE and AID define none), and the manual's general contexts.
 */
public enum PloverType {
  AGREE,
  CONSULT("visit", "third-party", "multilateral", "phone"),
  SUPPORT,
  CONCEDE,
  COOPERATE,
  AID,
  RETREAT("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
  REQUEST("assist", "change", "yield", "meet"),
  ACCUSE("disapprove", "investigate", "allege"),
  REJECT("assist", "change", "yield", "meet"),
  THREATEN("restrict", "arrest", "relations", "expel", "territory", "violence"),
  PROTEST("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
  SANCTION("convict", "expel", "withdraw", "discontinue"),
  MOBILIZE("troops", "weapons", "police", "militia"),
  COERCE(
      "seize",
      "restrict",
      "censor",
      "curfew",
      "martial-law",
      "arrest",
      "deport",
      "withhold",
      "misinformation",
      "cyber"),
  ASSAULT(
      "abduct",
      "beat",
      "torture",
      "sexual",
      "targeted",
      "destroy",
      "primitive",
      "firearms",
      "explosives",
      "suicide-attack",
      "aerial",
      "drone",
      "heavy-weapons",
      "crowd-control",
      "unconventional");

  /** The general contexts of the PLOVER manual, usable with any event type. */
  public static final Set<String> CONTEXTS =
      Set.of(
          "military",
          "intelligence",
          "executive",
          "legislative",
          "election",
          "political_institutions",
          "pro_democracy",
          "pro_autocracy",
          "economic",
          "legal",
          "reparations",
          "human_rights",
          "rights_freedoms",
          "repression",
          "human_security",
          "gender",
          "lgbt",
          "religion_ethnicity",
          "inequality",
          "diplomatic",
          "territory",
          "peacekeeping",
          "health",
          "asylum",
          "migration",
          "disasters",
          "natural_resource",
          "environment",
          "technology",
          "terrorism",
          "cbrn",
          "cyber",
          "misinformation",
          "crime",
          "corruption",
          "illegal_drugs",
          "trafficking");

  private final Set<String> modes;

  PloverType(String... modes) {
    this.modes = Set.of(modes);
  }

  /** The modes the manual defines for this type; empty when it defines none. */
  public Set<String> modes() {
    return modes;
  }
}
