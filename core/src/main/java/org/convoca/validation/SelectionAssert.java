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

/**
 * AssertJ assertions on a claimed selection, for test harnesses: {@code
 * SelectionAssert.assertThat(claimed).isValidFor(dossier, assessments)}. A failure lists every
 * violation, one per line. It needs {@code assertj-core} on the test class path; Convoca declares it
 * optional.
 */
public final class SelectionAssert extends AbstractAssert<SelectionAssert, List<ProposalId>> {

  private static final Set<ViolationKind> DIFFERENCES =
      EnumSet.of(ViolationKind.MISSING_FROM_SELECTION, ViolationKind.NOT_IN_COMPUTED_SELECTION);

  private SelectionAssert(List<ProposalId> claimed) {
    super(claimed, SelectionAssert.class);
  }

  /** Starts assertions on the claimed selection {@code claimed}, given in any order. */
  public static SelectionAssert assertThat(Collection<ProposalId> claimed) {
    return new SelectionAssert(List.copyOf(claimed));
  }

  /** Starts assertions on the claimed selection of the proposals with ids {@code ids}. */
  public static SelectionAssert assertThatSelection(String... ids) {
    return assertThat(Arrays.stream(ids).map(ProposalId::of).toList());
  }

  /**
   * Verifies that the claim has no violation at all: it obeys the call's policy and is exactly the
   * selection Convoca computes, overrides applied.
   */
  public SelectionAssert isValidFor(Dossier dossier, List<Assessment> assessments) {
    return hasNoViolationsOf(dossier, assessments, EnumSet.allOf(ViolationKind.class), "valid");
  }

  /**
   * Verifies that the claim obeys the call's policy (eligibility, thresholds, slots, caps, budget,
   * jurisdiction minimum, no proposal passed over) without requiring it to equal the computed
   * selection.
   */
  public SelectionAssert obeysThePolicyOf(Dossier dossier, List<Assessment> assessments) {
    Set<ViolationKind> kinds = EnumSet.complementOf(EnumSet.copyOf(DIFFERENCES));
    return hasNoViolationsOf(dossier, assessments, kinds, "within the call's policy");
  }

  /** Verifies that the claim has at least one violation of each of {@code kinds}. */
  public SelectionAssert hasViolations(Dossier dossier, List<Assessment> assessments, ViolationKind... kinds) {
    isNotNull();
    List<Violation> violations = SelectionValidator.validate(dossier, assessments, actual);
    Set<ViolationKind> found = violations.stream().map(Violation::kind).collect(Collectors.toSet());
    List<ViolationKind> missing = Arrays.stream(kinds).filter(k -> !found.contains(k)).toList();
    if (!missing.isEmpty()) {
      failWithMessage("Expected the selection %s to have violations %s, but it has none of %s. It has:%n%s",
          actual, Arrays.asList(kinds), missing, lines(violations));
    }
    return this;
  }

  private SelectionAssert hasNoViolationsOf(
      Dossier dossier, List<Assessment> assessments, Set<ViolationKind> kinds, String what) {
    isNotNull();
    List<Violation> violations = SelectionValidator.validate(dossier, assessments, actual).stream()
        .filter(v -> kinds.contains(v.kind())).toList();
    if (!violations.isEmpty()) {
      failWithMessage("Expected the selection %s to be %s for call %s, but found %d violation%s:%n%s",
          actual, what, dossier.call().id(), violations.size(), violations.size() == 1 ? "" : "s", lines(violations));
    }
    return this;
  }

  private static String lines(List<Violation> violations) {
    return violations.isEmpty() ? "  (none)"
        : violations.stream().map(v -> "  - " + v).collect(Collectors.joining(System.lineSeparator()));
  }
}
