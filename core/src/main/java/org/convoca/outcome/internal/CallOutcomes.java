package org.convoca.outcome.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.Fingerprint;
import org.convoca.review.JuryReview;
import org.convoca.selection.Selection;
import org.convoca.selection.Selector;
import org.convoca.selection.TrackAssigner;
import org.convoca.selection.TrackPlacement;

/** The one call from assessments to outcome: select, place in tracks, assemble. */
public final class CallOutcomes {

  private CallOutcomes() {}

  /**
   * Selects among the assessed proposals of {@code dossier}, lets {@code tracks} place the selection
   * and assembles the outcome. The assigner sees the assessments sorted by proposal id. The jury's
   * review is made here; when it is already made (the rules read it too), use
   * {@link #decide(Dossier, JuryReview, List, TrackAssigner, SortedMap)}.
   *
   * @param dossier the dossier
   * @param assessments one assessment per proposal of the dossier, in any order
   * @param tracks the post-selection track assigner ({@link TrackAssigner#NONE} for none)
   * @param ruleBook the rule book's files, name to text, for the fingerprint; empty for none
   * @return the outcome
   * @throws IllegalArgumentException as {@link Selector#select} and {@link CallOutcome#of} do
   */
  public static CallOutcome decide(
      Dossier dossier, List<Assessment> assessments, TrackAssigner tracks, SortedMap<String, String> ruleBook) {
    return decide(dossier, JuryReview.of(dossier), assessments, tracks, ruleBook);
  }

  /**
   * As {@link #decide(Dossier, List, TrackAssigner, SortedMap)}, with the jury's review already made:
   * the selection ({@link Selector#select(Dossier, List, JuryReview)}) and the outcome use it.
   *
   * @param review the jury's review of {@code dossier}, as {@link JuryReview#of} made it
   * @param dossier the dossier to decide
   * @param assessments one assessment per proposal of the dossier, in any order
   * @param tracks what places selected proposals in tracks
   * @param ruleBook the rule book's files, name to text, for the fingerprint
   * @return the outcome: selection, placements and the full trail
   * @throws IllegalArgumentException as {@link Selector#select} and
   *     {@link CallOutcome#of(Dossier, JuryReview, List, Selection, List, String)} do
   */
  public static CallOutcome decide(Dossier dossier, JuryReview review, List<Assessment> assessments,
      TrackAssigner tracks, SortedMap<String, String> ruleBook) {
    return decide(dossier, review, assessments, tracks, ruleBook, Map.of());
  }

  /**
   * As {@link #decide(Dossier, JuryReview, List, TrackAssigner, SortedMap)}, with the rules' titles
   * in the call's language, which the decisions' reasons name failed checks by
   * ({@link Selector#select(Dossier, List, JuryReview, Map)}).
   *
   * @param review the jury's review of {@code dossier}, as {@link JuryReview#of} made it
   * @param dossier the dossier to decide
   * @param assessments one assessment per proposal of the dossier, in any order
   * @param tracks what places selected proposals in tracks
   * @param ruleBook the rule book's files, name to text, for the fingerprint
   * @param ruleTitles the title of each rule, by the rule's name, in the call's language
   * @return the outcome
   */
  public static CallOutcome decide(Dossier dossier, JuryReview review, List<Assessment> assessments,
      TrackAssigner tracks, SortedMap<String, String> ruleBook, Map<String, String> ruleTitles) {
    return decide(dossier, review, assessments, tracks, () -> Fingerprint.of(dossier, ruleBook), ruleTitles);
  }

  /**
   * As {@link #decide(Dossier, JuryReview, List, TrackAssigner, SortedMap, Map)}, with the
   * fingerprint of {@code dossier} and the rule book already under way ({@link #fingerprintBeside}):
   * it is taken once the selection and the tracks are made.
   *
   * @param review the jury's review of {@code dossier}, as {@link JuryReview#of} made it
   * @param dossier the dossier to decide
   * @param assessments one assessment per proposal of the dossier, in any order
   * @param tracks what places selected proposals in tracks
   * @param fingerprint gives the fingerprint of {@code dossier} and the rule book, as {@link Fingerprint#of}
   * @param ruleTitles the title of each rule, by the rule's name, in the call's language
   * @return the outcome
   */
  public static CallOutcome decide(Dossier dossier, JuryReview review, List<Assessment> assessments,
      TrackAssigner tracks, Supplier<String> fingerprint, Map<String, String> ruleTitles) {
    Selection selection = Selector.select(dossier, assessments, review, ruleTitles);
    List<Assessment> byId = assessments.stream().sorted(Comparator.comparing(Assessment::proposalId)).toList();
    List<TrackPlacement> placements = tracks.assign(dossier, byId, selection.selected());
    return CallOutcome.of(dossier, review, assessments, selection, placements, fingerprint.get());
  }

  /**
   * Starts {@link Fingerprint#of(Dossier, SortedMap)} of {@code dossier} and {@code ruleBook} on a
   * thread of its own, so that it runs beside the assessment, which does not need it: on a large
   * dossier it is seconds of work, mostly writing the canonical dossier, that a second processor
   * does while the first runs the rules. The thread is a daemon: a run that fails before it takes
   * the fingerprint does not wait for it.
   *
   * @param dossier the dossier
   * @param ruleBook the rule book's files, name to text
   * @return what gives the fingerprint, waiting for it when it is not made yet; it throws what
   *     {@link Fingerprint#of} threw
   */
  public static Supplier<String> fingerprintBeside(Dossier dossier, SortedMap<String, String> ruleBook) {
    FutureTask<String> task = new FutureTask<>(() -> Fingerprint.of(dossier, ruleBook));
    Thread thread = new Thread(task, "convoca-fingerprint");
    thread.setDaemon(true);
    thread.start();
    return () -> {
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the outcome's fingerprint", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException unchecked) {
          throw unchecked;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      }
    };
  }
}
