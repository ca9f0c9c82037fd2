package org.annalist.context.features;

/** The kinds of named entity an article's features list, from the NER tags of the same name. */
public enum EntityType {
  /** A person ({@code PERSON}): GKG's {@code V2EnhancedPersons}. */
  PERSON,
  /**
   * A company, party, agency, IGO or NGO ({@code ORGANIZATION}): GKG's {@code
   * V2EnhancedOrganizations}.
   */
  ORGANIZATION
}
