package org.convoca.harness;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.proposal.ProposalId;
import org.convoca.validation.SelectionAssert;
import org.convoca.validation.ViolationKind;

/**
 * AssertJ assertions on a claimed selection against the {@link CallOutcome} a harness already has
 * (from {@code Convoca.decide}): {@code assertThatSelection(published, outcome).isValidFor(dossier)}.
 * The outcome supplies the assessments and the jury's review; the checks and the failure messages
 * are those of {@link SelectionAssert}. It needs {@code assertj-core} on the test class path.
 *
 * <p>It lives apart from {@code org.convoca.validation} because the validation of a selection does
 * not depend on the outcome (core's layering keeps the two independent); this class sits above both.
 * Its two-argument {@code assertThatSelection} can be imported statically beside
 * {@link SelectionAssert#assertThatSelection(Collection)} and AssertJ's {@code assertThat}.
 */
public final class OutcomeSelectionAssert extends AbstractAssert<OutcomeSelectionAssert, List<ProposalId>> {

  private final CallOutcome outcome;

  private OutcomeSelectionAssert(List<ProposalId> claimed, CallOutcome outcome) {
    super(claimed, OutcomeSelectionAssert.class);
    this.outcome = outcome;
  }

  /**
   * Starts assertions on the claimed selection {@code claimed}, given in any order, against the
   * outcome {@code outcome} computed for the call.
   *
   * @param claimed the ids of the claimed selection; not null
   * @param outcome the outcome computed from the call's dossier; not null
   * @return the assertions
   */
  public static OutcomeSelectionAssert assertThatSelection(Collection<ProposalId> claimed, CallOutcome outcome) {
    requireNonNull(claimed, "'claimed' must not be null");
    return new OutcomeSelectionAssert(List.copyOf(claimed), requireNonNull(outcome, "'outcome' must not be null"));
  }

  /**
   * Verifies that the claim has no violation at all: it obeys the call's policy and is exactly the
   * selection computed, overrides applied. See {@link SelectionAssert#isValidFor(Dossier, List)}.
   *
   * @param dossier the dossier the outcome was computed from
   * @return these assertions
   * @throws IllegalArgumentException when the outcome is not one of {@code dossier}'s call
   */
  public OutcomeSelectionAssert isValidFor(Dossier dossier) {
    isNotNull();
    delegate(dossier).isValidFor(dossier, outcome.jury(), assessments());
    return this;
  }

  /**
   * Verifies that the claim obeys the call's policy without requiring it to equal the computed
   * selection. See {@link SelectionAssert#obeysThePolicyOf(Dossier, List)}.
   *
   * @param dossier the dossier the outcome was computed from
   * @return these assertions
   * @throws IllegalArgumentException when the outcome is not one of {@code dossier}'s call
   */
  public OutcomeSelectionAssert obeysThePolicyOf(Dossier dossier) {
    isNotNull();
    delegate(dossier).obeysThePolicyOf(dossier, outcome.jury(), assessments());
    return this;
  }

  /**
   * Verifies that the claim has at least one violation of each of {@code kinds}.
   *
   * @param dossier the dossier the outcome was computed from
   * @param kinds the kinds of violation expected
   * @return these assertions
   * @throws IllegalArgumentException when the outcome is not one of {@code dossier}'s call
   */
  public OutcomeSelectionAssert hasViolations(Dossier dossier, ViolationKind... kinds) {
    isNotNull();
    delegate(dossier).hasViolations(dossier, outcome.jury(), assessments(), kinds);
    return this;
  }

  private SelectionAssert delegate(Dossier dossier) {
    requireNonNull(dossier, "'dossier' must not be null");
    if (!outcome.call().id().equals(dossier.call().id())) {
      throw new IllegalArgumentException("the outcome is of call '" + outcome.call().id()
          + "', not of the dossier's call '" + dossier.call().id() + "'");
    }
    // A description given with as(..) carries over to the delegate's failure message.
    return SelectionAssert.assertThatSelection(actual).as(info.description());
  }

  private List<Assessment> assessments() {
    return outcome.proposals().stream().map(ProposalOutcome::assessment).toList();
  }
}
