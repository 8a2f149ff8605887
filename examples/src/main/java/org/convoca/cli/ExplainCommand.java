package org.convoca.cli;

import java.io.PrintWriter;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.CriterionResult;
import org.convoca.assessment.EligibilityCheck;
import org.convoca.assessment.Explanation;
import org.convoca.assessment.ExplanationKind;
import org.convoca.dossier.DossierSchema;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.convoca.selection.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convoca explain}: one proposal's whole trail, from checks to decision. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explains one proposal: its eligibility checks, the points of every rule, its total, "
        + "the jury's scores (raw and adjusted, excluded and why, the aggregate, any consensus), "
        + "rank and decision, and why.")
final class ExplainCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "The dossier, a JSON file.")
  java.nio.file.Path dossier;

  @Parameters(index = "1", paramLabel = "PROPOSAL_ID", description = "The id of the proposal to explain.")
  String proposalId;

  @Mixin
  RuleOptions rules;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    if (!DossierSchema.isId(proposalId)) { // never echoed: it may hold control characters
      throw UserError.invalidInput("PROPOSAL_ID must " + DossierSchema.ID_RULE);
    }
    CallOutcome outcome = Convoca.with(rules.ruleBook()).decide(DossierArgument.read(dossier));
    ProposalOutcome p = outcome.proposal(ProposalId.of(proposalId)).orElseThrow(() ->
        UserError.invalidInput("proposal '" + proposalId + "' is not in " + dossier));
    PrintWriter out = spec.commandLine().getOut();
    Assessment a = p.assessment();
    out.println(p.proposal().id() + " " + p.proposal().title());
    out.println("  by " + p.applicant().name() + " (" + p.applicant().level() + ", " + p.applicant().jurisdiction() + ")");
    out.println();
    out.println("Eligibility: " + (a.eligible() ? "eligible" : "NOT eligible"));
    for (EligibilityCheck check : a.checks()) {
      out.println("  [" + (check.passed() ? "pass" : "FAIL") + "] " + check.rule());
      out.println("         " + check.sentence());
    }
    out.println();
    out.println("Points");
    for (CriterionResult c : a.criteria()) {
      out.printf("  %s: %s of %s points%s, weight %s%% -> %s%s%n", c.criterion(), plain(c.points()), plain(c.maxPoints()),
          c.rawPoints().compareTo(c.points()) > 0 ? " (capped from " + plain(c.rawPoints()) + ")" : "",
          plain(c.weight()), plain(c.weighted()),
          c.threshold().map(t -> c.meetsThreshold() ? ", threshold " + plain(t) + " met" : ", BELOW threshold " + plain(t)).orElse(""));
      for (Explanation e : a.trail()) {
        if (e.kind() == ExplanationKind.AWARD && e.criterion().filter(c.criterion()::equals).isPresent()) {
          out.printf("      +%s  %s: %s%n", plain(e.points()), e.rule(), e.sentence());
        }
      }
    }
    out.printf("Total %s (overall threshold %s %s)%n", plain(a.total()), plain(a.overallThreshold()),
        a.meetsOverallThreshold() ? "met" : "NOT met");
    if (!a.labels().isEmpty()) {
      out.println();
      out.println("Labels");
      a.labels().forEach(l -> out.println("  " + l.label() + ": " + l.sentence()));
    }
    JuryLines.print(outcome.jury(), p, out);
    out.println();
    out.println("Rank: " + p.rank().map(String::valueOf).orElse("not ranked"));
    Decision d = p.decision();
    out.println("Decision: " + d.kind());
    out.println("  " + TerminalLine.of(d.reason()));
    d.override().ifPresent(o -> out.println("  Jury override by " + TerminalLine.of(o.decidedBy()) + " on " + o.decidedOn()
        + "; computed decision " + d.computedKind() + ": " + TerminalLine.of(d.computedReason())));
    p.waitlistPosition().ifPresent(pos -> out.println("Waitlist position: " + pos));
    if (!p.tracks().isEmpty()) {
      out.println("Tracks: " + String.join(", ", p.tracks().stream().map(Object::toString).toList()));
    }
  }

  private static String plain(java.math.BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
