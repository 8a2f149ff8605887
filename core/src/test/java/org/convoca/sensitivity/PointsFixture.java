package org.convoca.sensitivity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.Finding;
import org.convoca.assessment.internal.AssessmentAssembler;
import org.convoca.call.CriterionId;
import org.convoca.call.SelectionPolicy;
import org.convoca.dossier.Dossier;
import org.convoca.jury.JuryVerdict;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.SelectionFixture;
import org.convoca.selection.SelectionFixture.Bid;

/**
 * A small dossier of {@link SelectionFixture} (criteria "cocreation", weight 60, threshold 2 points,
 * and "quality", weight 40, both out of 10; overall threshold 50) whose assessments are assembled
 * from points the test gives, as a rule book's findings would be: so each total is its points
 * weighted by the call's weights, as a sensitivity analysis needs.
 */
final class PointsFixture {

  private final SelectionFixture selection;
  private final Map<String, BigDecimal[]> points = new LinkedHashMap<>();

  private PointsFixture(SelectionFixture selection) {
    this.selection = selection;
  }

  /** A fixture with a policy of 3 slots and no proposal. */
  static PointsFixture aCall() {
    return new PointsFixture(SelectionFixture.aCall());
  }

  /** The proposals of {@code selection}, each with the points {@code points} gives in the order of its bids. */
  static PointsFixture of(SelectionFixture selection, List<BigDecimal[]> points) {
    PointsFixture f = new PointsFixture(selection);
    List<Bid> bids = selection.bids();
    for (int i = 0; i < bids.size(); i++) {
      f.points.put(bids.get(i).id(), points.get(i));
    }
    return f;
  }

  /** Uses {@code policy}. */
  PointsFixture policy(SelectionPolicy policy) {
    selection.policy(policy);
    return this;
  }

  /** Adds {@code bid} with {@code cocreation} and {@code quality} points. */
  PointsFixture proposal(Bid bid, String cocreation, String quality) {
    selection.bid(bid.cocreation(cocreation));
    points.put(bid.id(), new BigDecimal[] {new BigDecimal(cocreation), new BigDecimal(quality)});
    return this;
  }

  /** Adds a jury override. */
  PointsFixture override(String proposal, JuryVerdict verdict) {
    selection.override(proposal, verdict, "The jury decided so.");
    return this;
  }

  Dossier dossier() {
    return selection.dossier();
  }

  /** The assessments, assembled from each proposal's checks (as the selection fixture has them) and points. */
  List<Assessment> assessments() {
    List<Finding> findings = new ArrayList<>();
    List<ProposalId> ids = new ArrayList<>();
    for (Assessment stated : selection.assessments()) {
      ProposalId id = stated.proposalId();
      ids.add(id);
      findings.addAll(stated.checks());
      BigDecimal[] own = points.get(id.value());
      findings.add(new AwardFinding(id, CriterionId.of("cocreation"), "Co-creation points set by the test", own[0], "Set."));
      findings.add(new AwardFinding(id, CriterionId.of("quality"), "Quality points set by the test", own[1], "Set."));
    }
    return new AssessmentAssembler(dossier().call()).assemble(ids, findings);
  }
}
