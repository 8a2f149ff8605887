package org.convoca.call;

/**
 * The names that the bundled "horizon-europe" rule book, its worked example and their tests share:
 * the three criterion ids of the Horizon Europe evaluation scheme, its label and its parameter.
 * DRL files import this class and read its fields ({@code Criterion( id == HorizonVocabulary.IMPACT )}),
 * as the federal book does with {@link FederalVocabulary}.
 */
public final class HorizonVocabulary {

  /** Criterion: excellence (clarity of objectives, soundness of the methodology, ambition). */
  public static final CriterionId EXCELLENCE = CriterionId.of("excellence");
  /** Criterion: impact (the pathway to outcomes and the measures that maximise them); weighted 1.5 for ranking in some actions. */
  public static final CriterionId IMPACT = CriterionId.of("impact");
  /** Criterion: quality and efficiency of the implementation (work plan, resources, team). */
  public static final CriterionId IMPLEMENTATION = CriterionId.of("implementation");

  /** Label: the experts' scores on a criterion are further apart than {@link #CONSENSUS_SPREAD}. */
  public static final String NEEDS_CONSENSUS = "NEEDS_CONSENSUS";

  /** Parameter: the widest spread of the experts' scores on a criterion that needs no consensus meeting; without it, no label. */
  public static final String CONSENSUS_SPREAD = "consensusSpread";

  private HorizonVocabulary() {}
}
