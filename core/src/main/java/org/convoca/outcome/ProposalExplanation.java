package org.convoca.outcome;

import java.math.BigDecimal;
import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.CriterionResult;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CheckFinding;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.Decision;

/**
 * One proposal's whole trail as plain text, from its checks to its decision: what
 * {@link CallOutcome#explain} returns and {@code convoca explain} prints. Every text taken from
 * the dossier or written by a rule goes through {@link PlainLine}; the rest is the explanation's
 * own words, numbers, ids and enum names.
 */
final class ProposalExplanation {

  private final StringBuilder text = new StringBuilder(4096);

  private ProposalExplanation() {}

  static String of(CallOutcome outcome, ProposalId id) {
    ProposalOutcome p = outcome.proposal(id).orElseThrow(() -> new IllegalArgumentException(
        "proposal '" + PlainLine.of(id) + "' is not in this outcome; " + range(outcome.proposals())));
    ProposalExplanation explanation = new ProposalExplanation();
    explanation.write(outcome, p);
    return explanation.text.toString();
  }

  private static String range(List<ProposalOutcome> proposals) {
    if (proposals.isEmpty()) {
      return "it has no proposal";
    }
    String first = PlainLine.of(proposals.get(0).proposal().id());
    String last = PlainLine.of(proposals.get(proposals.size() - 1).proposal().id());
    return proposals.size() == 1 ? "its one proposal is " + first
        : "its " + proposals.size() + " proposals run from " + first + " to " + last;
  }

  private void write(CallOutcome outcome, ProposalOutcome p) {
    Assessment a = p.assessment();
    line(PlainLine.of(p.proposal().id()) + " " + PlainLine.of(p.proposal().title()));
    line("  by " + PlainLine.of(p.applicant().name()) + " (" + p.applicant().level() + ", "
        + PlainLine.of(p.applicant().jurisdiction()) + ")");
    line("");
    checks(a);
    line("");
    points(a, outcome.call().maxTotal().map(m -> " of " + plain(m)).orElse("%"));
    line("Total " + plain(a.total()) + " (overall threshold " + plain(a.overallThreshold()) + " "
        + (a.meetsOverallThreshold() ? "met" : "NOT met") + ")");
    a.rankingScore().ifPresent(r -> line("Ranking score " + plain(r) + " (each weighted contribution times its criterion's "
        + "ranking factor; it orders the ranking and meets no threshold)"));
    if (!a.labels().isEmpty()) {
      line("");
      line("Labels");
      a.labels().forEach(l -> line("  " + PlainLine.of(l.label()) + ": " + PlainLine.of(l.sentence())));
    }
    JuryExplanation.lines(outcome.jury(), p).forEach(this::line);
    line("");
    decision(p);
  }

  private void checks(Assessment a) {
    line("Eligibility: " + (a.eligible() ? "eligible" : "NOT eligible"));
    for (CheckFinding check : a.checks()) {
      line("  [" + (check.passed() ? "pass" : "FAIL") + "] " + PlainLine.of(check.rule()));
      line("         " + PlainLine.of(check.sentence()));
    }
  }

  /** The points on each criterion; {@code outOf} follows a weight: "%", or " of 15" for a total out of 15. */
  private void points(Assessment a, String outOf) {
    line("Points");
    for (CriterionResult c : a.criteria()) {
      line("  " + PlainLine.of(c.criterion()) + ": " + plain(c.points()) + " of " + plain(c.maxPoints()) + " points"
          + (c.rawPoints().compareTo(c.points()) > 0 ? " (capped from " + plain(c.rawPoints()) + ")" : "")
          + ", weight " + plain(c.weight()) + outOf + " -> " + plain(c.weighted())
          + c.threshold().map(t -> c.meetsThreshold() ? ", threshold " + plain(t) + " met"
              : ", BELOW threshold " + plain(t)).orElse(""));
      for (AwardFinding award : c.awards()) {
        line("      +" + plain(award.points()) + "  " + PlainLine.of(award.rule()) + ": " + PlainLine.of(award.sentence()));
      }
    }
  }

  private void decision(ProposalOutcome p) {
    line("Rank: " + p.rank().map(String::valueOf).orElse("not ranked"));
    Decision d = p.decision();
    line("Decision: " + d.kind());
    line("  " + PlainLine.of(d.reason()));
    d.override().ifPresent(o -> line("  Jury override by " + PlainLine.of(o.decidedBy()) + " on " + o.decidedOn()
        + "; computed decision " + d.computedKind() + ": " + PlainLine.of(d.computedReason())));
    p.waitlistPosition().ifPresent(pos -> line("Waitlist position: " + pos));
    if (!p.tracks().isEmpty()) {
      line("Tracks: " + String.join(", ", p.tracks().stream().map(PlainLine::of).toList()));
    }
  }

  private void line(String line) {
    text.append(line).append('\n');
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
