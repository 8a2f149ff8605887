package org.convoca.examples.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convoca.assessment.Finding;
import org.convoca.dossier.Dossier;
import org.convoca.review.JuryReview;
import org.convoca.rules.ReferenceRuleBook;
import org.convoca.rules.RuleBook;
import org.convoca.sample.DossierGenerator;

/**
 * Measures the plain-Java reference's findings, which are mostly sentences, and the bundled rule
 * book, on one generated dossier, in processor time of the benchmark's thread: a shorter run than
 * {@link AssessmentBenchmark} for work on sentences. It is a main, never a test.
 *
 * <pre>
 * mvn -B -q -DskipTests -P bench package -Dbench.main=SentenceBenchmark -Dbench.args="10000 5"
 * </pre>
 *
 * <p>Optional arguments: the number of proposals (default 10,000), the runs of each book (default
 * 5), and {@code --reference-only}.
 */
public final class SentenceBenchmark {

  private SentenceBenchmark() {}

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    boolean referenceOnly = List.of(args).contains("--reference-only");
    Dossier dossier = DossierGenerator.withSeed(2021).proposals(size).generate();
    JuryReview review = JuryReview.of(dossier);
    List<Finding> findings = ReferenceRuleBook.findings(dossier, review);
    Set<String> distinct = new HashSet<>();
    findings.forEach(f -> distinct.add(f.sentence()));
    System.out.printf(Locale.ROOT, "%d proposals: %.1f findings a proposal, %d distinct sentences of %d%n", size,
        findings.size() / (double) size, distinct.size(), findings.size());
    for (int round = 0; round < 3; round++) {
      Timing.Best reference = Timing.bestOf(runs, () -> ReferenceRuleBook.findings(dossier, review));
      System.out.printf(Locale.ROOT, "reference findings: %.2f us cpu a proposal (%.2f wall)%n",
          reference.cpu() * 1e6 / size, reference.wall() * 1e6 / size);
    }
    if (!referenceOnly) {
      RuleBook book = RuleBook.bundled();
      Timing.Best rules = Timing.bestOf(runs, () -> book.assess(dossier, review));
      System.out.printf(Locale.ROOT, "rule book assess: %.2f us cpu a proposal (%.2f wall)%n",
          rules.cpu() * 1e6 / size, rules.wall() * 1e6 / size);
    }
  }
}
