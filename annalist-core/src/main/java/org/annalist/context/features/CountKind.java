package org.annalist.context.features;

/** What happened to the people a {@link CountMention} counts, with GKG's {@code CountType} name. */
public enum CountKind {
  KILLED("KILL"),
  WOUNDED("WOUND"),
  ARRESTED("ARREST"),
  /** Displaced, fled, evacuated, refugees: GKG counts these as people affected. */
  DISPLACED("AFFECT"),
  KIDNAPPED("KIDNAP");

  private final String gkgType;

  CountKind(String gkgType) {
    this.gkgType = gkgType;
  }

  /** GKG's {@code V2.1Counts} CountType for this kind. */
  public String gkgType() {
    return gkgType;
  }
}
