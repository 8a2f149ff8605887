package org.convoca.rules;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.FindingRejectedException;
import org.convoca.call.Call;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.ClaimedOutcome;
import org.convoca.outcome.InvalidOutcomeException;
import org.convoca.outcome.ProducedBy;
import org.convoca.outcome.Verification;
import org.convoca.outcome.internal.CallOutcomes;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.convoca.validation.SelectionValidator;
import org.convoca.validation.Violation;

/**
 * The front door for applications: dossier in, explained outcome out.
 *
 * <pre>{@code
 * CallOutcome outcome = Convoca.withBundledRules().decide(Path.of("dossier.json"));
 * outcome.selected();                 // the selected proposal ids, in rank order
 * OutcomeWriters.markdown(outcome, Path.of("report.md"));
 * }</pre>
 *
 * <p>It runs the whole pipeline: the rule book assesses every proposal, the call's policy
 * selects, the rule book's post-selection rules place the selection in tracks, and the outcome is
 * fingerprinted with the dossier and the rule book's files. Instances are immutable and safe to
 * share between threads.
 */
public final class Convoca {

  private final RuleBook ruleBook;

  private Convoca(RuleBook ruleBook) {
    this.ruleBook = requireNonNull(ruleBook, "'ruleBook' must not be null");
  }

  /** {@return the pipeline with the bundled "federal-call" rule book} */
  public static Convoca withBundledRules() {
    return new Convoca(RuleBook.bundled());
  }

  /**
   * The pipeline with {@code ruleBook}.
   *
   * @param ruleBook the rule book; not null
   * @return the pipeline
   */
  public static Convoca with(RuleBook ruleBook) {
    return new Convoca(ruleBook);
  }

  /** {@return the rule book this pipeline runs} */
  public RuleBook ruleBook() {
    return ruleBook;
  }

  /**
   * The outcome of the call in {@code dossier}. The rule book's {@linkplain RuleBook#warnings(Call)
   * warnings for the call} (including a criterion of the call that no rule awards points on) are
   * added to the selection's notes. The fingerprint is made on a daemon thread of its own while the
   * jury's review and the rules run, since it needs only the dossier and the rule book; a bundled
   * book assesses a large dossier's batches on several threads ({@link RuleBook#assess(Dossier)}).
   * Neither changes the outcome: it is the same, byte for byte, on one processor or many.
   *
   * @param dossier a dossier, read and validated
   * @return the outcome: every proposal explained, the selection, the tracks and the fingerprint
   * @throws RuleExecutionException when a rule fails while it runs, goes past the rule book's
   *     {@link RuleLimits}, or places a proposal in a track the call does not define or that is full
   */
  public CallOutcome decide(Dossier dossier) {
    // The fingerprint needs only the dossier and the book: it is made beside the review and the assessment.
    Supplier<String> fingerprint = CallOutcomes.fingerprintBeside(dossier, ruleBook.contents());
    JuryReview review = JuryReview.of(dossier);
    List<Assessment> assessments = ruleBook.assess(dossier, review);
    SortedMap<String, String> titles = ruleBook.titles(dossier.call().writtenIn());
    try {
      return WarningNotes.addTo(CallOutcomes.decide(dossier, review, assessments, ruleBook, fingerprint, titles),
          ruleBook.warnings(dossier.call())).withProducedBy(ruleBook.producedBy()).withRuleTitles(titles);
    } catch (FindingRejectedException e) {
      throw ruleBook.rejected(e);
    }
  }

  /**
   * The outcome of the call in the dossier file at {@code dossier}.
   *
   * @param dossier the dossier file
   * @return the outcome, as {@link #decide(Dossier)}
   * @throws org.convoca.dossier.InvalidDossierException listing every problem of the dossier
   * @throws java.io.UncheckedIOException when the file cannot be read
   * @throws RuleExecutionException as {@link #decide(Dossier)}
   */
  public CallOutcome decide(Path dossier) {
    return decide(DossierReader.standard().read(dossier));
  }

  /**
   * Every way in which {@code claimed}, a selection someone published, breaks the call's rules or
   * differs from the selection this pipeline computes; empty when it is valid.
   *
   * @param dossier the call's dossier
   * @param claimed the ids of the proposals claimed to be selected, in any order
   * @return every violation, by kind; empty when the claim is valid
   * @throws RuleExecutionException when a rule fails while it runs
   */
  public List<Violation> validate(Dossier dossier, Collection<ProposalId> claimed) {
    JuryReview review = JuryReview.of(dossier);
    return SelectionValidator.validate(dossier, review, ruleBook.assess(dossier, review), claimed,
        ruleBook.titles(dossier.call().writtenIn()));
  }

  /**
   * Recomputes the outcome of {@code dossier} and compares it with {@code claimed}, an outcome
   * someone published: the outcome is reproduced when the two are the same, fingerprint included
   * (see {@link Verification} for how they are compared and how differences are named). When the
   * versions of Convoca and Drools that {@code claimed} says produced it differ from the running ones,
   * the result has a note that says so; that alone does not make it differ.
   *
   * @param dossier the dossier the outcome claims to be of, read and validated
   * @param claimed the published outcome
   * @return what the comparison found
   * @throws InvalidOutcomeException when {@code claimed} is in an outcome format this version does not read
   * @throws RuleExecutionException as {@link #decide(Dossier)}
   */
  public Verification verify(Dossier dossier, ClaimedOutcome claimed) {
    ProducedBy running = ProducedBy.current();
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("convoca", running.convoca());
    versions.put("drools", running.drools());
    return Verification.of(decide(dossier), claimed, versions);
  }

  /**
   * As {@link #verify(Dossier, ClaimedOutcome)}, from files. The outcome file is read first, so that
   * a file that is not an outcome is reported before any rule runs.
   *
   * @param dossier the dossier file
   * @param claimed the published outcome file, such as {@code outcome.json}
   * @return what the comparison found
   * @throws InvalidOutcomeException when {@code claimed} cannot be read or is not an outcome
   * @throws org.convoca.dossier.InvalidDossierException listing every problem of the dossier
   * @throws java.io.UncheckedIOException when the dossier cannot be read
   * @throws RuleExecutionException as {@link #decide(Dossier)}
   */
  public Verification verify(Path dossier, Path claimed) {
    ClaimedOutcome outcome = ClaimedOutcome.read(claimed);
    return verify(DossierReader.standard().read(dossier), outcome);
  }

  /**
   * Monitors the implementation of {@code dossier}'s selected projects as of {@code asOf}: decides
   * the selection as {@link #decide(Dossier)} does, then runs the rule book's monitoring rules on
   * the progress reports and results assessments dated up to {@code asOf}.
   *
   * @param dossier the dossier, read and validated
   * @param asOf the monitoring date
   * @return each selected project's status, completion, results, recognitions and gaps, explained
   * @throws org.convoca.dossier.InvalidDossierException when the monitoring data has problems that
   *     need the selection or the date to be seen (reports on proposals that were not selected,
   *     dates after {@code asOf}...), every one with its JSON path
   * @throws RuleExecutionException when a rule fails while it runs
   */
  public MonitoringOutcome monitor(Dossier dossier, LocalDate asOf) {
    return ruleBook.monitor(dossier, decide(dossier), asOf);
  }

  /**
   * Reads the dossier at {@code dossier} and {@link #monitor(Dossier, LocalDate) monitors} it.
   *
   * @param dossier the dossier's file
   * @param asOf the monitoring date
   * @return each selected project's status, completion, results, recognitions and gaps, explained
   * @throws org.convoca.dossier.InvalidDossierException when the dossier has problems
   * @throws java.io.UncheckedIOException when the file cannot be read
   * @throws RuleExecutionException when a rule fails while it runs
   */
  public MonitoringOutcome monitor(Path dossier, LocalDate asOf) {
    return monitor(DossierReader.standard().read(dossier), asOf);
  }
}
