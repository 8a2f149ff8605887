package org.convoca.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.convoca.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convoca validate}: checks a published selection against the call's rules. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DOSSIER")
  Path dossier;

  @Option(names = "--selection", paramLabel = "FILE", required = true)
  Path selection;

  @Mixin
  RuleOptions rules;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<ProposalId> claimed = SelectionFile.read(selection);
    Dossier read = DossierArgument.read(dossier);
    List<Violation> violations = Convoca.with(rules.ruleBook()).validate(read, claimed);
    PrintWriter out = spec.commandLine().getOut();
    UserText text = UserText.of(spec);
    if (violations.isEmpty()) {
      out.println(text.summary("validate.valid", claimed.size(), read.call().name()));
      return ExitCodes.SUCCESS;
    }
    out.println(text.summary("validate.violations", violations.size(), claimed.size()));
    violations.forEach(v -> out.println("  " + v));
    return ExitCodes.VIOLATIONS;
  }
}
