package org.convoca.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.internal.AssessmentAssembler;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CheckFinding;
import org.convoca.assessment.Finding;
import org.convoca.call.Criterion;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.Proposal;

/**
 * Assessments for a generated dossier without a rule book: each proposal gets, from a random
 * source seeded by {@code seed} and its id, points on every criterion in half-point steps and, one
 * time in ten, a failed eligibility check. The assembler caps, weighs and thresholds them.
 */
final class SyntheticAssessments {

  private SyntheticAssessments() {}

  static List<Assessment> of(Dossier dossier, long seed) {
    List<Finding> findings = new ArrayList<>();
    for (Proposal p : dossier.proposals()) {
      Random random = new Random(seed ^ p.id().value().hashCode());
      boolean eligible = random.nextInt(10) != 0;
      findings.add(new CheckFinding(p.id(), "Applicant may apply", eligible,
          eligible ? "The applicant's level may apply." : "The applicant's level may not apply to this call."));
      for (Criterion c : dossier.call().criteria()) {
        int halves = c.maxPoints().multiply(BigDecimal.valueOf(2)).intValue();
        BigDecimal points = BigDecimal.valueOf(random.nextInt(halves + 1)).divide(BigDecimal.valueOf(2));
        findings.add(new AwardFinding(p.id(), c.id(), "Synthetic award", points, "Points drawn for the test."));
      }
    }
    return new AssessmentAssembler(dossier.call())
        .assemble(dossier.proposals().stream().map(Proposal::id).toList(), findings);
  }
}
