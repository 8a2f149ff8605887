package org.convoca.rules;

import java.util.List;
import java.util.Optional;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CheckFinding;
import org.convoca.assessment.Finding;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.ProposalId;

/** Runs the bundled rule book on a test dossier and reads what one rule did. */
public final class Assessed {

  private final List<Assessment> assessments;

  private Assessed(List<Assessment> assessments) {
    this.assessments = assessments;
  }

  public static Assessed byBundledBook(Dossier dossier) {
    return new Assessed(RuleBook.bundled().assess(dossier));
  }

  public List<Assessment> all() {
    return assessments;
  }

  public Assessment first() {
    return assessments.get(0);
  }

  public Assessment of(String proposal) {
    return assessments.stream().filter(a -> a.proposalId().equals(ProposalId.of(proposal))).findFirst().orElseThrow();
  }

  /** The findings of {@code rule} on the first proposal. */
  public List<Finding> by(String rule) {
    return by(first(), rule);
  }

  public static List<Finding> by(Assessment assessment, String rule) {
    return assessment.trail().stream().filter(e -> e.rule().equals(rule)).toList();
  }

  /** The awards of {@code rule} on the first proposal. */
  public List<AwardFinding> awardsBy(String rule) {
    return by(rule).stream().filter(AwardFinding.class::isInstance).map(AwardFinding.class::cast).toList();
  }

  /** The checks {@code rule} made on {@code assessment}'s proposal. */
  public static List<CheckFinding> checksBy(Assessment assessment, String rule) {
    return assessment.checks().stream().filter(c -> c.rule().equals(rule)).toList();
  }

  /** Whether {@code rule}'s check on the first proposal passed; empty when the rule did not check it. */
  public Optional<Boolean> check(String rule) {
    return checksBy(first(), rule).stream().map(CheckFinding::passed).findFirst();
  }
}
