package org.convoca.examples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.call.FederalVocabulary;
import org.convoca.dossier.Dossier;
import org.convoca.outcome.CallOutcome;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.convoca.rules.RuleBook;

/**
 * A rule author's afternoon: add a rule from a folder, move weight between criteria in the
 * dossier, and see who moves into and out of the selection. No Java is recompiled: the rule is
 * DRL in a folder and the weight is data.
 *
 * <p>Run it from the project's root, after {@code mvn package}, with
 * {@code java -cp examples/target/convoca/lib/convoca.jar org.convoca.examples.RuleAuthorExample
 * [RULE_FOLDER]}; the folder defaults to {@code examples/my-rules}.
 */
public final class RuleAuthorExample {

  private RuleAuthorExample() {}

  /** Compares the bundled outcome with one under a rule folder and a changed weight. */
  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/my-rules");
    Dossier dossier = BundledSamples.federalCall2021();

    // 1. The baseline: the bundled rule book on the dossier as it is.
    CallOutcome before = Convoca.withBundledRules().decide(dossier);

    // 2. The rule folder: its files are laid over the bundled book (same name replaces, new name adds).
    RuleBook tuned = RuleBook.bundledWith(List.of(folder));

    // 3. The weight: move 10 points of weight from feasibility to co-creation. Weights stay at 100.
    Dossier reweighted = dossier.withCall(moveWeight(dossier.call(), FederalVocabulary.FEASIBILITY, FederalVocabulary.COCREATION, BigDecimal.TEN));

    // 4. The new outcome, and who moved.
    CallOutcome after = Convoca.with(tuned).decide(reweighted);
    System.out.println("Rule folder " + folder + " and 10 points of weight moved from feasibility to cocreation:");
    System.out.println("  moved in:  " + difference(after.selected(), before.selected()));
    System.out.println("  moved out: " + difference(before.selected(), after.selected()));
    System.out.println("  fingerprint before " + before.fingerprint());
    System.out.println("  fingerprint after  " + after.fingerprint());
  }

  /** {@code call} with {@code amount} of weight moved from criterion {@code from} to criterion {@code to}. */
  static Call moveWeight(Call call, CriterionId from, CriterionId to, BigDecimal amount) {
    List<Criterion> criteria = new ArrayList<>();
    for (Criterion c : call.criteria()) {
      if (c.id().equals(from)) {
        criteria.add(c.withWeight(c.weight().subtract(amount)));
      } else if (c.id().equals(to)) {
        criteria.add(c.withWeight(c.weight().add(amount)));
      } else {
        criteria.add(c);
      }
    }
    return call.withCriteria(criteria);
  }

  /** The ids in {@code a} and not in {@code b}, in the order of {@code a}. */
  static List<ProposalId> difference(List<ProposalId> a, List<ProposalId> b) {
    Set<ProposalId> result = new LinkedHashSet<>(a);
    b.forEach(result::remove);
    return List.copyOf(result);
  }
}
