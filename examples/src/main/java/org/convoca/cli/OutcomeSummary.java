package org.convoca.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.convoca.call.TrackId;
import org.convoca.language.Wording;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.Summary;
import org.convoca.outcome.Tally;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.convoca.review.ReviewedScore;

/**
 * The readable summary {@code convoca assess} prints, in the user's language: counts and money as
 * the language writes them; the call's name, jurisdictions, themes, track ids, notes and the
 * fingerprint as the outcome has them.
 */
final class OutcomeSummary {

  private OutcomeSummary() {}

  static void print(CallOutcome outcome, UserText text, PrintWriter out) {
    Summary s = outcome.summary();
    out.println(text.summary("outcome.call", outcome.call().name(), String.valueOf(outcome.call().edition())));
    out.println("  " + text.summary("outcome.proposals", s.proposals(), s.ineligible(), s.incompleteReview(),
        s.belowThreshold(), s.ranked()));
    out.println("  " + text.summary("outcome.selected", s.selected(), s.slots(), s.selectedByMerit(), s.reservedSeats(),
        s.selectedByJury(), s.excludedByJury()));
    out.println("  " + s.budget().map(budget -> text.summary("outcome.budget.of", s.waitlisted(), s.budgetUsed(), budget))
        .orElseGet(() -> text.summary("outcome.budget", s.waitlisted(), s.budgetUsed())));
    out.println("  " + (s.minJurisdictions() <= 0 ? text.summary("outcome.jurisdictions", s.jurisdictionsCovered())
        : text.summary(s.minJurisdictionsMet() ? "outcome.jurisdictions.met" : "outcome.jurisdictions.not-met",
            s.jurisdictionsCovered(), s.minJurisdictions())));
    printSelected(text.summary("outcome.by-jurisdiction"), s.byJurisdiction(), text, out);
    printSelected(text.summary("outcome.by-level"), s.byLevel(), text, out);
    printSelected(text.summary("outcome.by-theme"), s.byTheme(), text, out);
    SortedMap<TrackId, List<ProposalId>> tracks = outcome.tracks();
    if (!tracks.isEmpty()) {
      out.println(text.summary("outcome.tracks"));
      tracks.forEach((track, ids) -> out.println("  " + text.summary("outcome.track", track.value(), ids.size(),
          ids.isEmpty() ? text.summary("outcome.track.none")
              : String.join(", ", ids.stream().map(ProposalId::value).toList()))));
    }
    printJury(outcome.jury(), text, out);
    outcome.selection().notes().forEach(note -> out.println(text.summary("note", note)));
    out.println(text.summary("fingerprint", outcome.fingerprint()));
  }

  /** One line on the jury's review, when the jury scored: conflicts, excluded and unassigned scores, incomplete reviews. */
  private static void printJury(JuryReview jury, UserText text, PrintWriter out) {
    if (jury.criteria().isEmpty()) {
      return;
    }
    List<ReviewedScore> scores = jury.scores();
    long unassigned = scores.stream().filter(ReviewedScore::unassigned).count();
    long excluded = scores.stream().filter(ReviewedScore::excluded).count();
    out.println(text.summary("outcome.jury", jury.conflicts().size(), excluded, scores.size(), unassigned,
        jury.incomplete().size()));
  }

  private static void printSelected(String title, Map<String, Tally> tallies, UserText text, PrintWriter out) {
    out.println(title);
    Wording wording = text.wording();
    tallies.forEach((key, tally) -> {
      if (tally.selected() > 0) {
        out.println("  " + text.summary("outcome.tally", Columns.left(key, 28),
            Columns.right(wording.number(tally.selected()), 3), Columns.right(wording.number(tally.proposals()), 3),
            tally.proposals()));
      }
    });
  }
}
