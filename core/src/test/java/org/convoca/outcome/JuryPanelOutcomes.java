package org.convoca.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.LabelFinding;
import org.convoca.call.AggregationMethod;
import org.convoca.call.CriterionId;
import org.convoca.call.FederalVocabulary;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.call.SelectionPolicy;
import org.convoca.capacity.PersonId;
import org.convoca.dossier.Dossier;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.ConsensusScore;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.jury.Jury;
import org.convoca.jury.ReviewAssignment;
import org.convoca.outcome.internal.CallOutcomes;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.TeamMember;
import org.convoca.selection.SelectionFixture;
import org.convoca.selection.SelectionFixture.Bid;
import org.convoca.selection.TrackAssigner;

/**
 * A small call with a jury panel that shows every case the outcome publishes. Five proposals
 * (P-01 to P-05, from governments A1 in AR-X, B1 in AR-S, C1 in AR-C, D1 in AR-M and E1 in AR-A),
 * six jurors scoring the criterion {@code quality} on the 0-5 scale, a policy of at least 2 valid
 * scores with ADDITIVE normalisation and the mean:
 * <ul>
 *   <li>J-1 comes from AR-X: its score of P-01 is excluded (SAME_JURISDICTION); it also scores P-05,
 *       which it was not assigned (flagged, counted);
 *   <li>J-2 is affiliated with "Government B1": its score of P-02 is excluded (AFFILIATION);
 *   <li>J-3 is person PER-3, on P-03's team: its score of P-03 is excluded (SAME_PERSON), leaving
 *       P-03 one valid score (J-6, assigned, did not score it): INCOMPLETE_REVIEW;
 *   <li>J-4 declared a conflict with P-04: its score is excluded (DECLARED); the jury agreed a
 *       consensus of 4.5 on P-04, whose assessment carries a NEEDS_CONSENSUS label;
 *   <li>J-5 is generous and J-6 severe; they score every proposal but P-03 (J-6).
 * </ul>
 * Every text the author of a dossier writes that the jury's outcome repeats (the governments' names,
 * the declared conflict's reason, the consensus reason) can be replaced by a test's text.
 */
final class JuryPanelOutcomes {

  static final CriterionId QUALITY = CriterionId.of("quality");

  private JuryPanelOutcomes() {}

  static SelectionFixture bids() {
    return SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(2).build())
        .bid(Bid.bid("P-01").from("A1", "AR-X").total("90"))
        .bid(Bid.bid("P-02").from("B1", "AR-S").total("85"))
        .bid(Bid.bid("P-03").from("C1", "AR-C").total("80"))
        .bid(Bid.bid("P-04").from("D1", "AR-M").total("75"))
        .bid(Bid.bid("P-05").from("E1", "AR-A").total("70"));
  }

  /** The dossier with the policy {@code policy} and {@code text} in every place a jury text comes from. */
  static Dossier dossier(JuryPolicy policy, String text) {
    Dossier plain = bids().dossier();
    return plain
        .withCall(plain.call().withJury(policy))
        .withGovernments(plain.governments().stream()
            .map(g -> g.id().value().equals("B1") ? g : g.withName(text + " " + g.id().value())).toList())
        .withProposals(plain.proposals().stream().map(p -> p.id().value().equals("P-03")
            ? p.withTeam(TeamMember.builder().person(PersonId.of("PER-3")).role("lead").build()) : p).toList())
        .withJury(jury(text));
  }

  /** The dossier with the fixture's policy and plain text. */
  static Dossier dossier() {
    return dossier(policy(Normalisation.ADDITIVE), "Government");
  }

  static JuryPolicy policy(Normalisation normalisation) {
    return JuryPolicy.builder().minScores(2).aggregation(AggregationMethod.MEAN).normalisation(normalisation).build();
  }

  private static Jury jury(String text) {
    List<JurorScore> scores = new ArrayList<>();
    score(scores, "J-1", "P-01", "4.5");
    score(scores, "J-5", "P-01", "4");
    score(scores, "J-6", "P-01", "3");
    score(scores, "J-2", "P-02", "5");
    score(scores, "J-5", "P-02", "3.5");
    score(scores, "J-6", "P-02", "2.5");
    score(scores, "J-3", "P-03", "5");
    score(scores, "J-5", "P-03", "4");
    score(scores, "J-4", "P-04", "1");
    score(scores, "J-5", "P-04", "4.5");
    score(scores, "J-6", "P-04", "2");
    score(scores, "J-1", "P-05", "3");
    score(scores, "J-5", "P-05", "3");
    score(scores, "J-6", "P-05", "2");
    return Jury.builder()
        .addJurors(juror("J-1").withJurisdiction(JurisdictionCode.of("AR-X")))
        .addJurors(juror("J-2").withAffiliations("Government B1"))
        .addJurors(juror("J-3").withPerson(PersonId.of("PER-3")))
        .addJurors(juror("J-4"), juror("J-5"), juror("J-6"))
        .scores(scores)
        .addConflicts(ConflictDeclaration.builder().juror(JurorId.of("J-4")).proposal(ProposalId.of("P-04"))
            .reason(text + " employs J-4's spouse").build())
        .addAssignments(assignment("P-01", "J-1", "J-5", "J-6"), assignment("P-02", "J-2", "J-5", "J-6"),
            assignment("P-03", "J-3", "J-5", "J-6"), assignment("P-04", "J-4", "J-5", "J-6"),
            assignment("P-05", "J-5", "J-6"))
        .addConsensus(ConsensusScore.builder().proposal(ProposalId.of("P-04")).criterion(QUALITY)
            .value(new BigDecimal("4.5")).reason(text + " agreed after the hearing").agreedOn(LocalDate.of(2021, 6, 3)).build())
        .build();
  }

  /** The assessments of {@link SelectionFixture}, with a NEEDS_CONSENSUS label on P-04. */
  static List<Assessment> assessments(String text) {
    return bids().assessments().stream().map(a -> !a.proposalId().value().equals("P-04") ? a
        : new Assessment(a.proposalId(), a.eligible(), a.checks(), a.criteria(), a.total(), a.overallThreshold(),
            a.meetsOverallThreshold(), List.of(new LabelFinding(a.proposalId(), FederalVocabulary.NEEDS_CONSENSUS,
                "Jurors who disagree call for a consensus discussion", text + ": the scores range from 1 to 4.5")))).toList();
  }

  static CallOutcome outcome(Dossier dossier, String text) {
    return CallOutcomes.decide(dossier, assessments(text), TrackAssigner.NONE, OutcomeFixtures.RULE_BOOK);
  }

  static CallOutcome outcome() {
    return outcome(dossier(), "Government");
  }

  /** {@code dossier} with its jury changed by {@code change}. */
  static Dossier withJury(Dossier dossier, UnaryOperator<Jury> change) {
    return dossier.withJury(change.apply(dossier.jury()));
  }

  private static Juror juror(String id) {
    return Juror.builder().id(JurorId.of(id)).name("Juror " + id).jurisdiction(Optional.empty()).build();
  }

  private static void score(List<JurorScore> scores, String juror, String proposal, String value) {
    scores.add(JurorScore.builder().juror(JurorId.of(juror)).proposal(ProposalId.of(proposal)).criterion(QUALITY)
        .value(new BigDecimal(value)).build());
  }

  private static ReviewAssignment assignment(String proposal, String... jurors) {
    return ReviewAssignment.builder().proposal(ProposalId.of(proposal))
        .jurors(List.of(jurors).stream().map(JurorId::of).toList()).build();
  }
}
