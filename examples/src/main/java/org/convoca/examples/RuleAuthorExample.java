package org.convoca.examples;

import java.nio.file.Path;
import java.util.List;
import org.convoca.dossier.CallChanges;
import org.convoca.dossier.Dossier;
import org.convoca.outcome.Comparison;
import org.convoca.outcome.Comparison.ProposalDelta;
import org.convoca.rules.RuleBook;
import org.convoca.rules.WhatIf;

/**
 * A rule author's afternoon: add a rule from a folder, move weight between criteria in the call,
 * and see who moves into and out of the selection, and why. No Java is recompiled: the rule is DRL
 * in a folder and the weights are data. {@code convoca compare} does the same from the command line.
 *
 * <p>Run it from the project's root, after {@code mvn package}, with
 * {@code java -cp examples/target/convoca/lib/convoca.jar org.convoca.examples.RuleAuthorExample
 * [RULE_FOLDER]}; the folder defaults to {@code examples/my-rules}.
 */
public final class RuleAuthorExample {

  private RuleAuthorExample() {}

  /** Compares the bundled outcome with one under a rule folder and 10 points of weight moved. */
  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/my-rules");
    Dossier dossier = BundledSamples.federalCall2021();

    // 1. The rule folder: its files are laid over the bundled book (same name replaces, new name adds).
    RuleBook tuned = RuleBook.bundledWith(List.of(folder));

    // 2. The weights: 10 points moved from feasibility (10) to co-creation (25); the sum stays 100.
    CallChanges reweighted = CallChanges.parse(List.of("feasibility.weight=0", "cocreation.weight=35"));

    // 3. The what-if: the bundled book on the dossier as it is, against the folder on the changed call.
    Comparison comparison = WhatIf.on(dossier).variantRules(tuned).changing(reweighted).compare();

    // 4. Who moved, and why the one whose total moved most did.
    System.out.println("Rule folder " + folder + " and 10 points of weight moved from feasibility to cocreation:");
    System.out.println("  moved in:  " + comparison.entering());
    System.out.println("  moved out: " + comparison.leaving());
    System.out.println("  decisions changed: " + comparison.decisionChanges().size()
        + ", totals changed: " + comparison.totalChanges().size());
    for (ProposalDelta delta : comparison.largestDeltas(1)) {
      System.out.println("  largest change: " + delta.proposal() + " " + delta.baseTotal() + " -> " + delta.variantTotal()
          + (delta.rules().isEmpty() ? "" : ", most by the rule \"" + delta.rules().get(0).rule() + "\""));
    }
    System.out.println("  fingerprint before " + comparison.base().fingerprint());
    System.out.println("  fingerprint after  " + comparison.variant().fingerprint());
  }
}
