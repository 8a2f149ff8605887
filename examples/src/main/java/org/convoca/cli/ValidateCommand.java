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
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks a published selection against the call in DOSSIER: prints every violation "
        + "and exits 1 when there is any, 0 when the selection is valid.")
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "The dossier, a JSON file.")
  Path dossier;

  @Option(names = "--selection", paramLabel = "FILE", required = true,
      description = "The claimed selection: a JSON array of proposal ids, or one id per line.")
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
    if (violations.isEmpty()) {
      out.println("The selection of " + proposals(claimed.size()) + " is valid for " + read.call().name() + ".");
      return ExitCodes.SUCCESS;
    }
    out.println(violations.size() + (violations.size() == 1 ? " violation" : " violations") + " in the selection of "
        + proposals(claimed.size()) + ":");
    violations.forEach(v -> out.println("  " + v));
    return ExitCodes.VIOLATIONS;
  }

  private static String proposals(int count) {
    return count + (count == 1 ? " proposal" : " proposals");
  }
}
