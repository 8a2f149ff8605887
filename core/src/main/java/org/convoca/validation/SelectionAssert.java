package org.convoca.validation;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;

/**
 * AssertJ assertions on a claimed selection, for test harnesses: {@code
 * SelectionAssert.assertThatSelection(claimed).isValidFor(dossier, assessments)}. A failure lists
 * every violation, one per line. It needs {@code assertj-core} on the test class path; Convoca
 * declares it optional.
 *
 * <p>The entry point is named {@code assertThatSelection} so that it can be imported statically
 * beside AssertJ's {@code Assertions.assertThat}. With the {@code CallOutcome} of the call at hand
 * instead of its assessments, use {@code org.convoca.harness.OutcomeSelectionAssert}.
 */
public final class SelectionAssert extends AbstractAssert<SelectionAssert, List<ProposalId>> {

  private static final Set<ViolationKind> DIFFERENCES =
      EnumSet.of(ViolationKind.MISSING_FROM_SELECTION, ViolationKind.NOT_IN_COMPUTED_SELECTION);

  private SelectionAssert(List<ProposalId> claimed) {
    super(claimed, SelectionAssert.class);
  }

  /**
   * Starts assertions on the claimed selection {@code claimed}, given in any order.
   *
   * @param claimed the ids of the claimed selection; not null
   * @return the assertions
   */
  public static SelectionAssert assertThatSelection(Collection<ProposalId> claimed) {
    return new SelectionAssert(List.copyOf(claimed));
  }

  /**
   * Starts assertions on the claimed selection of the proposals with ids {@code ids}.
   *
   * @param ids the ids of the claimed selection, as text
   * @return the assertions
   */
  public static SelectionAssert assertThatSelection(String... ids) {
    return assertThatSelection(Arrays.stream(ids).map(ProposalId::of).toList());
  }

  /**
   * Starts assertions on the claimed selection {@code claimed}, given in any order.
   *
   * @param claimed the ids of the claimed selection; not null
   * @return the assertions
   * @deprecated clashes with AssertJ's {@code Assertions.assertThat} under static imports: use
   *     {@link #assertThatSelection(Collection)}
   */
  @Deprecated(since = "0.1.0")
  public static SelectionAssert assertThat(Collection<ProposalId> claimed) {
    return assertThatSelection(claimed);
  }

  /**
   * Verifies that the claim has no violation at all: it obeys the call's policy and is exactly the
   * selection Convoca computes, overrides applied.
   *
   * @param dossier the call's dossier
   * @param assessments one assessment per proposal of the dossier, in any order
   * @return these assertions
   */
  public SelectionAssert isValidFor(Dossier dossier, List<Assessment> assessments) {
    return isValidFor(dossier, JuryReview.of(dossier), assessments);
  }

  /**
   * As {@link #isValidFor(Dossier, List)}, with the jury's review of {@code dossier} already made.
   *
   * @param dossier the call's dossier
   * @param review the jury's review of {@code dossier}
   * @param assessments one assessment per proposal of the dossier, in any order
   * @return these assertions
   */
  public SelectionAssert isValidFor(Dossier dossier, JuryReview review, List<Assessment> assessments) {
    return hasNoViolationsOf(dossier, review, assessments, EnumSet.allOf(ViolationKind.class), "valid");
  }

  /**
   * Verifies that the claim obeys the call's policy (eligibility, thresholds, slots, caps, budget,
   * jurisdiction minimum, no proposal passed over) without requiring it to equal the computed
   * selection.
   *
   * @param dossier the call's dossier
   * @param assessments one assessment per proposal of the dossier, in any order
   * @return these assertions
   */
  public SelectionAssert obeysThePolicyOf(Dossier dossier, List<Assessment> assessments) {
    return obeysThePolicyOf(dossier, JuryReview.of(dossier), assessments);
  }

  /**
   * As {@link #obeysThePolicyOf(Dossier, List)}, with the jury's review of {@code dossier} already made.
   *
   * @param dossier the call's dossier
   * @param review the jury's review of {@code dossier}
   * @param assessments one assessment per proposal of the dossier, in any order
   * @return these assertions
   */
  public SelectionAssert obeysThePolicyOf(Dossier dossier, JuryReview review, List<Assessment> assessments) {
    Set<ViolationKind> kinds = EnumSet.complementOf(EnumSet.copyOf(DIFFERENCES));
    return hasNoViolationsOf(dossier, review, assessments, kinds, "within the call's policy");
  }

  /**
   * Verifies that the claim has at least one violation of each of {@code kinds}.
   *
   * @param dossier the call's dossier
   * @param assessments one assessment per proposal of the dossier, in any order
   * @param kinds the kinds of violation expected
   * @return these assertions
   */
  public SelectionAssert hasViolations(Dossier dossier, List<Assessment> assessments, ViolationKind... kinds) {
    return hasViolations(dossier, JuryReview.of(dossier), assessments, kinds);
  }

  /**
   * As {@link #hasViolations(Dossier, List, ViolationKind...)}, with the jury's review of {@code
   * dossier} already made.
   *
   * @param dossier the call's dossier
   * @param review the jury's review of {@code dossier}
   * @param assessments one assessment per proposal of the dossier, in any order
   * @param kinds the kinds of violation expected
   * @return these assertions
   */
  public SelectionAssert hasViolations(Dossier dossier, JuryReview review, List<Assessment> assessments,
      ViolationKind... kinds) {
    isNotNull();
    List<Violation> violations = SelectionValidator.validate(dossier, review, assessments, actual);
    Set<ViolationKind> found = violations.stream().map(Violation::kind).collect(Collectors.toSet());
    List<ViolationKind> missing = Arrays.stream(kinds).filter(k -> !found.contains(k)).toList();
    if (!missing.isEmpty()) {
      failWithMessage("Expected the selection %s to have violations %s, but it has none of %s. It has:%n%s",
          actual, Arrays.asList(kinds), missing, lines(violations));
    }
    return this;
  }

  private SelectionAssert hasNoViolationsOf(
      Dossier dossier, JuryReview review, List<Assessment> assessments, Set<ViolationKind> kinds, String what) {
    isNotNull();
    List<Violation> violations = SelectionValidator.validate(dossier, review, assessments, actual).stream()
        .filter(v -> kinds.contains(v.kind())).toList();
    if (!violations.isEmpty()) {
      failWithMessage("Expected the selection %s to be %s for call %s, but found %s violation%s:%n%s",
          actual, what, dossier.call().id(), violations.size(), violations.size() == 1 ? "" : "s", lines(violations));
    }
    return this;
  }

  private static String lines(List<Violation> violations) {
    return violations.isEmpty() ? "  (none)"
        : violations.stream().map(v -> "  - " + v).collect(Collectors.joining(System.lineSeparator()));
  }
}
