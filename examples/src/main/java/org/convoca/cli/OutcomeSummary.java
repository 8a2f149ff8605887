package org.convoca.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.convoca.call.TrackId;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.Summary;
import org.convoca.outcome.Tally;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.convoca.review.ReviewedScore;

/** The readable summary {@code convoca assess} prints. */
final class OutcomeSummary {

  private OutcomeSummary() {}

  static void print(CallOutcome outcome, PrintWriter out) {
    Summary s = outcome.summary();
    out.println(outcome.call().name() + " (edition " + outcome.call().edition() + ")");
    out.printf("  proposals %d: ineligible %d, jury review incomplete %d, below threshold %d, ranked %d%n",
        s.proposals(), s.ineligible(), s.incompleteReview(), s.belowThreshold(), s.ranked());
    out.printf("  selected %d of %d slots: by merit %d, on reserved seats %d, by jury decision %d; excluded by jury %d%n",
        s.selected(), s.slots(), s.selectedByMerit(), s.reservedSeats(), s.selectedByJury(), s.excludedByJury());
    out.printf("  waitlisted %d; budget used %s%s%n", s.waitlisted(), s.budgetUsed(),
        s.budget().map(b -> " of " + b).orElse(""));
    out.printf("  jurisdictions covered %d%s%n", s.jurisdictionsCovered(),
        s.minJurisdictions() > 0 ? " (minimum " + s.minJurisdictions() + (s.minJurisdictionsMet() ? ", met)" : ", NOT met)") : "");
    printSelected("Selected by jurisdiction", s.byJurisdiction(), out);
    printSelected("Selected by level", s.byLevel(), out);
    printSelected("Selected by primary theme", s.byTheme(), out);
    SortedMap<TrackId, List<ProposalId>> tracks = outcome.tracks();
    if (!tracks.isEmpty()) {
      out.println("Tracks");
      tracks.forEach((track, ids) -> out.printf("  %s (%d): %s%n", track, ids.size(),
          ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(ProposalId::value).toList())));
    }
    printJury(outcome.jury(), out);
    outcome.selection().notes().forEach(note -> out.println("Note: " + note));
    out.println("Fingerprint " + outcome.fingerprint());
  }

  /** One line on the jury's review, when the jury scored: conflicts, excluded and unassigned scores, incomplete reviews. */
  private static void printJury(JuryReview jury, PrintWriter out) {
    if (jury.criteria().isEmpty()) {
      return;
    }
    List<ReviewedScore> scores = jury.scores();
    long unassigned = scores.stream().filter(ReviewedScore::unassigned).count();
    out.printf("Jury: %s of interest; %d of %d scores excluded for a conflict; %s flagged; %s%n",
        count(jury.conflicts().size(), "conflict", "conflicts"), scores.stream().filter(ReviewedScore::excluded).count(),
        scores.size(), count(unassigned, "score by a juror not assigned", "scores by jurors not assigned"),
        count(jury.incomplete().size(), "proposal with an incomplete review", "proposals with an incomplete review"));
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static void printSelected(String title, Map<String, Tally> tallies, PrintWriter out) {
    out.println(title);
    tallies.forEach((key, tally) -> {
      if (tally.selected() > 0) {
        out.printf("  %-28s %3d of %3d %s%n", key, tally.selected(), tally.proposals(),
            tally.proposals() == 1 ? "proposal" : "proposals");
      }
    });
  }
}
