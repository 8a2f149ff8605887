package org.convoca.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.convoca.dossier.Dossier;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.OutcomeWriters;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.rules.Convoca;

/**
 * Embedding Convoca in an application: read a dossier, decide the call, use the outcome.
 *
 * <p>Run it, after {@code mvn package}, with {@code java -cp examples/target/convoca/lib/convoca.jar
 * org.convoca.examples.EmbeddingExample}.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /** Decides the bundled federal call and prints the top of its selection and one explanation. */
  public static void main(String[] args) {
    // 1. Read the dossier. DossierReader.standard().read(path) does the same for a file and throws
    //    InvalidDossierException listing every problem, each with its JSON path.
    Dossier dossier = BundledSamples.federalCall2021();

    // 2. Decide the call with the bundled rule book: assess, rank, select, place in tracks.
    //    Compile the rule book once and share it: Convoca and RuleBook are thread-safe.
    CallOutcome outcome = Convoca.withBundledRules().decide(dossier);

    // 3. Use the outcome: the selection in rank order, each proposal with its reasons.
    System.out.println(outcome.call().name());
    System.out.println("Selected " + outcome.selected().size() + " of " + dossier.proposals().size()
        + " proposals; fingerprint " + outcome.fingerprint());
    outcome.selected().stream().limit(5).forEach(id -> {
      ProposalOutcome p = outcome.proposal(id).orElseThrow();
      System.out.printf("  #%d %s %-50.50s total %s%n", p.rank().orElse(0), id, p.proposal().title(), p.total());
    });

    // 4. Every decision carries its reason, in a sentence a citizen can read.
    ProposalOutcome first = outcome.proposals().get(0);
    System.out.println(first.proposal().id() + ": " + first.decision().kind() + ". " + first.decision().reason());

    // 5. Write the publishable report (or json(...) and csv(...)); here to a string.
    StringWriter report = new StringWriter();
    OutcomeWriters.markdown(outcome, new PrintWriter(report));
    System.out.println("The Markdown report has " + report.toString().lines().count() + " lines.");
  }
}
