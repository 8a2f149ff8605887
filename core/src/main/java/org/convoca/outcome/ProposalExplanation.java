package org.convoca.outcome;

import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.CriterionResult;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CheckFinding;
import org.convoca.language.Messages;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.Decision;

/**
 * One proposal's whole trail as plain text, from its checks to its decision: what
 * {@link CallOutcome#explain} returns and {@code convoca explain} prints, in the call's language
 * (the {@code explain} bundles; numbers and dates as the language writes them). A rule that the
 * rule book titles is shown by its title with its name beside it. Every text taken from the dossier
 * or written by a rule goes through {@link PlainLine} before it is put into a phrase; the rest is
 * the explanation's own words, numbers, ids and enum labels.
 */
final class ProposalExplanation {

  static final Messages PHRASES = ReportText.load("explain");

  private final StringBuilder text = new StringBuilder(4096);
  private final CallOutcome outcome;
  private final ReportText t;

  private ProposalExplanation(CallOutcome outcome) {
    this.outcome = outcome;
    this.t = ReportText.of(PHRASES, outcome.call().writtenIn());
  }

  static String of(CallOutcome outcome, ProposalId id) {
    ProposalOutcome p = outcome.proposal(id).orElseThrow(() -> new IllegalArgumentException(
        "proposal '" + PlainLine.of(id) + "' is not in this outcome; " + range(outcome.proposals())));
    ProposalExplanation explanation = new ProposalExplanation(outcome);
    explanation.write(p);
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

  private void write(ProposalOutcome p) {
    Assessment a = p.assessment();
    line(PlainLine.of(p.proposal().id()) + " " + PlainLine.of(p.proposal().title()));
    line("  " + t.say("applicant", PlainLine.of(p.applicant().name()), t.label(p.applicant().level()),
        PlainLine.of(p.applicant().jurisdiction())));
    line("");
    checks(a);
    line("");
    points(a, outcome.call().maxTotal().map(m -> t.say("weight.outOf", t.points(m))).orElse(t.say("weight.percent")));
    line(t.say(a.meetsOverallThreshold() ? "total.met" : "total.missed", t.points(a.total()),
        t.points(a.overallThreshold())));
    a.rankingScore().ifPresent(r -> line(t.say("rankingScore", t.points(r))));
    if (!a.labels().isEmpty()) {
      line("");
      line(t.say("labels"));
      a.labels().forEach(l -> line("  " + PlainLine.of(l.label()) + ": " + PlainLine.of(l.sentence())));
    }
    JuryExplanation.lines(outcome.jury(), p, t).forEach(this::line);
    line("");
    decision(p);
  }

  private void checks(Assessment a) {
    line(t.say(a.eligible() ? "eligible" : "ineligible"));
    for (CheckFinding check : a.checks()) {
      line("  [" + t.say(check.passed() ? "check.passed" : "check.failed") + "] " + rule(check.rule()));
      line("         " + PlainLine.of(check.sentence()));
    }
  }

  /** The points on each criterion; {@code outOf} follows a weight: "%", or " of 15" for a total out of 15. */
  private void points(Assessment a, String outOf) {
    line(t.say("points"));
    for (CriterionResult c : a.criteria()) {
      line("  " + t.say("criterion", PlainLine.of(c.criterion()), t.points(c.points()), t.points(c.maxPoints()))
          + (c.rawPoints().compareTo(c.points()) > 0 ? t.say("criterion.capped", t.points(c.rawPoints())) : "")
          + t.say("criterion.weight", t.points(c.weight()), outOf, t.points(c.weighted()))
          + c.threshold().map(th -> t.say(c.meetsThreshold() ? "criterion.threshold.met" : "criterion.threshold.missed",
              t.points(th))).orElse(""));
      for (AwardFinding award : c.awards()) {
        line("      +" + t.points(award.points()) + "  " + rule(award.rule()) + ": " + PlainLine.of(award.sentence()));
      }
    }
  }

  private void decision(ProposalOutcome p) {
    line(p.rank().map(r -> t.say("rank", r)).orElseGet(() -> t.say("rank.none")));
    Decision d = p.decision();
    line(t.say("decision", t.label(d.kind())));
    line("  " + PlainLine.of(d.reason()));
    d.override().ifPresent(o -> line("  " + t.say("override", PlainLine.of(o.decidedBy()), t.date(o.decidedOn()),
        t.label(d.computedKind()), PlainLine.of(d.computedReason()))));
    p.waitlistPosition().ifPresent(pos -> line(t.say("waitlist", pos)));
    if (!p.tracks().isEmpty()) {
      line(t.say("tracks", String.join(", ", p.tracks().stream().map(PlainLine::of).toList())));
    }
  }

  /** {@return a rule by its name, or by its title with its name beside it, made safe to print} */
  private String rule(String name) {
    return t.rule(name, outcome.title(name), PlainLine::of);
  }

  private void line(String line) {
    text.append(line).append('\n');
  }
}
