package org.convoca.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.CriterionResult;
import org.convoca.assessment.CheckFinding;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.SelectionPolicy;
import org.convoca.jury.JuryOverride;
import org.convoca.jury.JuryVerdict;

/** The sentences that explain decisions. Each names the numbers and the rule that decided. */
final class Reasons {

  private final Call call;
  private final int rankedCount;

  Reasons(Call call, int rankedCount) {
    this.call = call;
    this.rankedCount = rankedCount;
  }

  static String ineligible(Assessment a) {
    List<CheckFinding> failed = a.failedChecks();
    String checks = failed.stream().map(c -> "\"" + c.rule() + "\": " + sentence(c.sentence()))
        .collect(Collectors.joining(" "));
    return "Not eligible, so not ranked: it failed " + count(failed.size(), "eligibility check") + ". " + checks;
  }

  static String incompleteReview(String why) {
    return "Eligible, but the jury's review is incomplete, so not ranked. " + why;
  }

  String belowThreshold(Assessment a) {
    StringBuilder s = new StringBuilder("Eligible but not ranked.");
    if (!a.meetsOverallThreshold()) {
      s.append(" Its total of ").append(plain(a.total())).append(" is below the call's overall threshold of ")
          .append(plain(call.overallThreshold())).append('.');
    }
    for (CriterionResult r : a.criteriaBelowThreshold()) {
      s.append(" It has ").append(plain(r.points())).append(" points on ").append(criterionName(r))
          .append(", below that criterion's threshold of ").append(plain(r.threshold().orElseThrow())).append('.');
    }
    return s.toString();
  }

  String merit(int rank, Candidate c) {
    return "Selected by merit: " + place(rank, c) + ", within the slots, caps and budget of the call.";
  }

  String reserved(int rank, Candidate c) {
    return "Selected on a seat reserved for jurisdiction " + c.jurisdiction()
        + ", which the merit order left without a selected proposal while the call asks for at least "
        + count(call.policy().minJurisdictions(), "jurisdiction") + "; it is the best-ranked proposal from "
        + c.jurisdiction() + " that fits the budget (" + place(rank, c) + ").";
  }

  String waitlisted(int position, int rank, Candidate c, Fill.Blocked blocked, int reservedSeats) {
    return "On the waitlist in position " + position + ": " + place(rank, c) + ", but "
        + stop(c, blocked, reservedSeats) + ".";
  }

  String notSelected(int rank, Candidate c, Fill.Blocked blocked, int reservedSeats, String why) {
    return "Not selected: " + place(rank, c) + ", but " + stop(c, blocked, reservedSeats) + "." + why;
  }

  String noWaitlist() {
    return call.policy().waitlistLength() == 0
        ? " The call keeps no waitlist."
        : " The waitlist's " + count(call.policy().waitlistLength(), "place") + " went to higher-ranked proposals.";
  }

  static String cannotWait(Candidate c, Stop capStop) {
    return " It cannot wait for a seat because " + capSentence(c, capStop) + ".";
  }

  static String override(JuryOverride o, boolean computedSelected, int slots) {
    String head = (o.verdict() == JuryVerdict.INCLUDE ? "Selected" : "Excluded") + " by decision of "
        + o.decidedBy() + " on " + o.decidedOn() + ": " + sentence(o.reason());
    if (o.verdict() == JuryVerdict.INCLUDE) {
      return head + (computedSelected
          ? " The call's policy had selected it too; it keeps its seat."
          : " It takes a seat beyond the computed selection (the call has " + count(slots, "slot")
              + "); no computed seat is displaced.");
    }
    return head + (computedSelected
        ? " Its seat stays empty: the waitlist does not move unless the jury includes a proposal."
        : " The call's policy had not selected it either.");
  }

  private String stop(Candidate c, Fill.Blocked blocked, int reservedSeats) {
    SelectionPolicy p = call.policy();
    return switch (blocked.stop()) {
      case SLOTS -> p.slots() == 0
          ? "the call has no slots"
          : reservedSeats > 0
          ? "all " + count(p.slots(), "slot") + " were taken, " + reservedSeats + " of them by seats reserved for jurisdiction coverage"
          : "all " + count(p.slots(), "slot") + " were taken by higher-ranked proposals";
      case BUDGET -> {
        BigDecimal left = p.totalBudget().orElseThrow().amount().subtract(blocked.spentBefore());
        yield "its request of " + c.request() + " did not fit in the " + c.request().currency() + " "
            + plain(left) + " left of the budget";
      }
      default -> capSentence(c, blocked.stop());
    };
  }

  private static String capSentence(Candidate c, Stop capStop) {
    return capStop == Stop.JURISDICTION_CAP
        ? "jurisdiction " + c.jurisdiction() + " already had the most selected proposals the call allows per jurisdiction"
        : "its government " + c.applicant().id() + " already had the most selected proposals the call allows per government";
  }

  private String place(int rank, Candidate c) {
    return "rank " + rank + " of " + rankedCount + " with a total of " + plain(c.total())
        + c.assessment().rankingScore().map(r -> " and a ranking score of " + plain(r)).orElse("");
  }

  private String criterionName(CriterionResult r) {
    return call.criteria().stream().filter(c -> c.id().equals(r.criterion())).map(Criterion::name).findFirst()
        .orElse(r.criterion().value());
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String plain(BigDecimal n) {
    return n.toPlainString();
  }

  private static String sentence(String s) {
    String t = s.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }
}
