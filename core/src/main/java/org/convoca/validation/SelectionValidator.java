package org.convoca.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.convoca.selection.Decision;

/**
 * Checks a published selection against the call's rules and against the selection Convoca computes
 * for the same dossier and assessments (see {@code core/SELECTION.md}).
 *
 * <p>The jury's recorded overrides are honoured: a proposal the jury included may be unranked and
 * does not count against the slots, caps or budget (it has a seat beyond them), and a proposal the
 * jury excluded is never reported as passed over. The comparison is with the final computed
 * selection, overrides applied.
 */
public final class SelectionValidator {

  private SelectionValidator() {}

  /**
   * Every violation of {@code claimed}, sorted by kind and then in the order of the proposals they
   * name; empty when the claim is exactly the computed selection.
   *
   * @param dossier the dossier the selection was made from
   * @param assessments one assessment per proposal of the dossier, in any order
   * @param claimed the ids of the claimed selection, in any order
   * @return every violation of {@code claimed}, sorted by kind and then in the order of the
   *     proposals they name; empty when the claim is exactly the computed selection
   * @throws IllegalArgumentException when the dossier and assessments cannot be selected from, as
   *     {@link org.convoca.selection.Selector#select} reports
   */
  public static List<Violation> validate(Dossier dossier, List<Assessment> assessments, Collection<ProposalId> claimed) {
    return validate(dossier, JuryReview.of(dossier), assessments, claimed);
  }

  /**
   * As {@link #validate(Dossier, List, Collection)}, with the jury's review of {@code dossier}
   * already made, so that a run makes it once.
   *
   * @param dossier the dossier the selection was made from
   * @param review the jury's review of {@code dossier}
   * @param assessments one assessment per proposal of the dossier, in any order
   * @param claimed the ids of the claimed selection, in any order
   * @return every violation found, in a stable order; empty when the claimed selection holds
   * @throws IllegalArgumentException as {@link #validate(Dossier, List, Collection)}
   */
  public static List<Violation> validate(Dossier dossier, JuryReview review, List<Assessment> assessments,
      Collection<ProposalId> claimed) {
    return validate(dossier, review, assessments, claimed, Map.of());
  }

  /**
   * As {@link #validate(Dossier, JuryReview, List, Collection)}, with the rules' titles in the call's
   * language, by which the computed decisions' reasons that violations quote name failed checks.
   *
   * @param dossier the dossier the selection was made from
   * @param review the jury's review of {@code dossier}
   * @param assessments one assessment per proposal of the dossier, in any order
   * @param claimed the ids of the claimed selection, in any order
   * @param ruleTitles the title of each rule, by the rule's name, in the call's language; may be empty
   * @return every violation found, in a stable order; empty when the claimed selection holds
   * @throws IllegalArgumentException as {@link #validate(Dossier, List, Collection)}
   */
  public static List<Violation> validate(Dossier dossier, JuryReview review, List<Assessment> assessments,
      Collection<ProposalId> claimed, Map<String, String> ruleTitles) {
    Claim claim = new Claim(dossier, review, assessments, claimed, ruleTitles);
    List<Violation> violations = new ArrayList<>();
    identities(claim, violations);
    admissions(claim, violations);
    violations.addAll(PolicyLimits.check(claim));
    violations.addAll(PassedOver.check(claim));
    differences(claim, violations);
    violations.sort(Comparator.comparing(Violation::kind));
    return List.copyOf(violations);
  }

  private static void identities(Claim claim, List<Violation> violations) {
    Set<ProposalId> seen = new HashSet<>();
    Set<ProposalId> reported = new HashSet<>();
    for (ProposalId id : claim.claimed().stream().sorted().toList()) {
      if (!claim.exists(id) && reported.add(id)) {
        violations.add(new Violation(ViolationKind.UNKNOWN_PROPOSAL, List.of(id),
            claim.say("unknownProposal", id)));
      } else if (!seen.add(id) && reported.add(id)) {
        violations.add(new Violation(ViolationKind.DUPLICATE_PROPOSAL, List.of(id), claim.say("duplicateProposal", id)));
      }
    }
  }

  private static void admissions(Claim claim, List<Violation> violations) {
    for (ProposalId id : claim.known()) {
      if (claim.juryIncluded(id)) {
        continue;
      }
      Assessment a = claim.assessment(id);
      String computed = claim.computed().decision(id).map(Decision::computedReason).orElse("");
      if (!a.eligible()) {
        violations.add(new Violation(ViolationKind.INELIGIBLE_SELECTED, List.of(id),
            claim.say("ineligibleSelected", id, computed)));
      } else if (claim.incompleteReview(id)) {
        violations.add(new Violation(ViolationKind.INCOMPLETE_REVIEW_SELECTED, List.of(id),
            claim.say("incompleteReviewSelected", id, computed)));
      } else if (!a.meetsAllThresholds()) {
        violations.add(new Violation(ViolationKind.BELOW_THRESHOLD_SELECTED, List.of(id),
            claim.say("belowThresholdSelected", id, computed)));
      }
    }
  }

  private static void differences(Claim claim, List<Violation> violations) {
    for (ProposalId id : claim.computed().selected()) {
      if (!claim.known().contains(id)) {
        violations.add(new Violation(ViolationKind.MISSING_FROM_SELECTION, List.of(id), 
            claim.say("missingFromSelection", id, claim.computed().decision(id).orElseThrow().reason())));
      }
    }
    for (ProposalId id : claim.known()) {
      if (!claim.computed().selected().contains(id)) {
        violations.add(new Violation(ViolationKind.NOT_IN_COMPUTED_SELECTION, List.of(id), 
            claim.say("notInComputedSelection", id, claim.computed().decision(id).orElseThrow().reason())));
      }
    }
  }
}
