package org.convoca.selection;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.convoca.call.CriterionId;
import org.convoca.government.GovernmentId;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.JuryVerdict;
import org.convoca.value.Money;

/**
 * Why a decision is what it is, as data: the seat a selected proposal took, what stopped a ranked
 * proposal (with the slots, cap or money involved), why a proposal was not ranked, or the override
 * that applied. It stands beside the decision's sentence so that a harness reads the cause without
 * parsing English; {@code outcome.json} writes it as an object whose first field is {@link #kind()}
 * and whose other fields are the record's. {@code core/SELECTION.md} lists them.
 */
@JsonPropertyOrder("kind")
public sealed interface DecisionCause {

  /** {@return what the cause is} */
  @JsonProperty("kind")
  CauseKind kind();

  /**
   * It failed eligibility checks.
   *
   * @param failedRules the names of the rules whose checks it failed, in the assessment's order
   */
  record Ineligible(List<String> failedRules) implements DecisionCause {
    /**
     * Copies the list.
     *
     * @param failedRules the names of the rules whose checks it failed, in the assessment's order
     */
    public Ineligible {
      failedRules = List.copyOf(failedRules);
    }

    @Override
    public CauseKind kind() {
      return CauseKind.INELIGIBLE;
    }
  }

  /** The jury's review of it is incomplete; the decision's reason says which scores are missing. */
  record IncompleteReview() implements DecisionCause {
    @Override
    public CauseKind kind() {
      return CauseKind.INCOMPLETE_REVIEW;
    }
  }

  /**
   * It missed a threshold.
   *
   * @param total its total
   * @param overallThreshold the call's overall threshold; missed when above {@code total}
   * @param criteriaBelow the criteria whose threshold it missed, in the call's order; may be empty
   */
  record BelowThreshold(BigDecimal total, BigDecimal overallThreshold, List<CriterionId> criteriaBelow)
      implements DecisionCause {
    /**
     * Checks that no part is missing and copies the list.
     *
     * @param total its total
     * @param overallThreshold the call's overall threshold
     * @param criteriaBelow the criteria whose threshold it missed, in the call's order
     */
    public BelowThreshold {
      requireNonNull(total, "'total' must not be null");
      requireNonNull(overallThreshold, "'overallThreshold' must not be null");
      criteriaBelow = List.copyOf(criteriaBelow);
    }

    @Override
    public CauseKind kind() {
      return CauseKind.BELOW_THRESHOLD;
    }
  }

  /**
   * It took a seat by merit.
   *
   * @param rank its rank
   */
  record MeritSeat(int rank) implements DecisionCause {
    @Override
    public CauseKind kind() {
      return CauseKind.MERIT_SEAT;
    }
  }

  /**
   * It took a seat reserved for jurisdiction coverage.
   *
   * @param rank its rank
   * @param jurisdiction the jurisdiction the seat was reserved for, its own
   * @param minJurisdictions the call's minimum number of jurisdictions
   */
  record ReservedSeat(int rank, JurisdictionCode jurisdiction, int minJurisdictions) implements DecisionCause {
    /**
     * Checks that no part is missing.
     *
     * @param rank its rank
     * @param jurisdiction the jurisdiction the seat was reserved for, its own
     * @param minJurisdictions the call's minimum number of jurisdictions
     */
    public ReservedSeat {
      requireNonNull(jurisdiction, "'jurisdiction' must not be null");
    }

    @Override
    public CauseKind kind() {
      return CauseKind.RESERVED_SEAT;
    }
  }

  /**
   * Every slot was taken when its turn came.
   *
   * @param rank its rank
   * @param slots the call's slots
   * @param reservedSeats how many of them were seats reserved for jurisdiction coverage
   */
  record SlotsFull(int rank, int slots, int reservedSeats) implements DecisionCause {
    @Override
    public CauseKind kind() {
      return CauseKind.SLOTS_FULL;
    }
  }

  /**
   * Its jurisdiction already had {@code cap} seats.
   *
   * @param rank its rank
   * @param jurisdiction its jurisdiction
   * @param cap the call's cap per jurisdiction
   */
  record JurisdictionCap(int rank, JurisdictionCode jurisdiction, int cap) implements DecisionCause {
    /**
     * Checks that no part is missing.
     *
     * @param rank its rank
     * @param jurisdiction its jurisdiction
     * @param cap the call's cap per jurisdiction
     */
    public JurisdictionCap {
      requireNonNull(jurisdiction, "'jurisdiction' must not be null");
    }

    @Override
    public CauseKind kind() {
      return CauseKind.JURISDICTION_CAP;
    }
  }

  /**
   * Its government already had {@code cap} seats.
   *
   * @param rank its rank
   * @param government its applicant
   * @param cap the call's cap per government
   */
  record GovernmentCap(int rank, GovernmentId government, int cap) implements DecisionCause {
    /**
     * Checks that no part is missing.
     *
     * @param rank its rank
     * @param government its applicant
     * @param cap the call's cap per government
     */
    public GovernmentCap {
      requireNonNull(government, "'government' must not be null");
    }

    @Override
    public CauseKind kind() {
      return CauseKind.GOVERNMENT_CAP;
    }
  }

  /**
   * Its request did not fit in the budget left when its turn came.
   *
   * @param rank its rank
   * @param requested its request
   * @param left what was left of the budget when its turn came
   * @param budget the call's total budget
   */
  record Budget(int rank, Money requested, Money left, Money budget) implements DecisionCause {
    /**
     * Checks that no part is missing.
     *
     * @param rank its rank
     * @param requested its request
     * @param left what was left of the budget when its turn came
     * @param budget the call's total budget
     */
    public Budget {
      requireNonNull(requested, "'requested' must not be null");
      requireNonNull(left, "'left' must not be null");
      requireNonNull(budget, "'budget' must not be null");
    }

    @Override
    public CauseKind kind() {
      return CauseKind.BUDGET;
    }
  }

  /**
   * A jury override applied: {@link CauseKind#JURY_INCLUDE} or {@link CauseKind#JURY_EXCLUDE}.
   *
   * @param verdict the override's verdict
   * @param decidedBy who decided, as the dossier records it
   * @param decidedOn when
   * @param computedSelected whether the call's policy had selected it: an INCLUDE of such a
   *     proposal keeps its seat, one of another takes a seat beyond the slots; an EXCLUDE of such a
   *     proposal leaves its seat empty
   */
  record Overridden(JuryVerdict verdict, String decidedBy, LocalDate decidedOn, boolean computedSelected)
      implements DecisionCause {
    /**
     * Checks that no part is missing.
     *
     * @param verdict the override's verdict
     * @param decidedBy who decided, as the dossier records it
     * @param decidedOn when
     * @param computedSelected whether the call's policy had selected it
     */
    public Overridden {
      requireNonNull(verdict, "'verdict' must not be null");
      requireNonNull(decidedBy, "'decidedBy' must not be null");
      requireNonNull(decidedOn, "'decidedOn' must not be null");
    }

    @Override
    public CauseKind kind() {
      return verdict == JuryVerdict.INCLUDE ? CauseKind.JURY_INCLUDE : CauseKind.JURY_EXCLUDE;
    }
  }
}
