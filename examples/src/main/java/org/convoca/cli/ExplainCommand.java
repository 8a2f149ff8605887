package org.convoca.cli;

import org.convoca.dossier.DossierSchema;
import org.convoca.outcome.CallOutcome;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code convoca explain}: one proposal's whole trail, from checks to decision. The text is the
 * library's ({@link CallOutcome#explain}), which already keeps dossier and rule text from acting on
 * the terminal; the command only checks its arguments, so that a user's mistake is named without
 * echoing what might act on the terminal. The explanation is in the call's language; the
 * command's errors are in the user's.
 */
@Command(name = "explain", mixinStandardHelpOptions = true)
final class ExplainCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "DOSSIER")
  java.nio.file.Path dossier;

  @Parameters(index = "1", paramLabel = "PROPOSAL_ID")
  String proposalId;

  @Mixin
  RuleOptions rules;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    if (!DossierSchema.isId(proposalId)) { // never echoed: it may hold control characters
      throw UserError.invalidInput("id.must", "PROPOSAL_ID");
    }
    BookAndDossier.Inputs inputs = BookAndDossier.read(rules::ruleBook, () -> DossierArgument.read(dossier));
    inputs.warnAboutCall(spec.commandLine().getErr(), UserText.of(spec));
    CallOutcome outcome = Convoca.with(inputs.book()).decide(inputs.dossier());
    ProposalId id = ProposalId.of(proposalId);
    if (outcome.proposal(id).isEmpty()) {
      throw UserError.invalidInput("explain.not-in", proposalId, dossier);
    }
    spec.commandLine().getOut().print(outcome.explain(id));
  }
}
