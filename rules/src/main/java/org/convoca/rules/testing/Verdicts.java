package org.convoca.rules.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.convoca.assessment.CheckFinding;
import org.convoca.assessment.LabelFinding;
import org.convoca.call.TrackId;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.proposal.ProposalId;

/** Compares what a case expects with an outcome, field by field. */
final class Verdicts {

  static final String SELECTION = "selection";

  private final List<CaseResult.Difference> differences = new ArrayList<>();

  private Verdicts() {}

  static List<CaseResult.Difference> compare(List<ExpectedVerdict> expected, Optional<List<String>> selected,
      Optional<List<String>> waitlist, CallOutcome outcome) {
    Verdicts verdicts = new Verdicts();
    for (ExpectedVerdict v : expected) {
      ProposalOutcome actual = outcome.proposal(ProposalId.of(v.proposal())).orElseThrow();
      verdicts.proposal(v, actual);
    }
    selected.ifPresent(ids -> verdicts.check(SELECTION, "selected", ids.toString(), values(outcome.selected()).toString()));
    waitlist.ifPresent(ids -> verdicts.check(SELECTION, "waitlist", ids.toString(), values(outcome.waitlist()).toString()));
    return verdicts.differences;
  }

  private void proposal(ExpectedVerdict v, ProposalOutcome actual) {
    String id = v.proposal();
    v.eligible().ifPresent(e -> check(id, "eligible", e.toString(), String.valueOf(actual.assessment().eligible())));
    v.failedChecks().ifPresent(c -> check(id, "failedChecks", c.toString(),
        sorted(actual.assessment().failedChecks().stream().map(CheckFinding::rule).toList()).toString()));
    v.total().ifPresent(t -> {
      BigDecimal was = actual.total();
      if (was.subtract(t).abs().compareTo(v.tolerance()) > 0) {
        differences.add(new CaseResult.Difference(id, "total", t.toPlainString() + " (± " + v.tolerance().toPlainString() + ")",
            was.toPlainString()));
      }
    });
    v.rank().ifPresent(r -> check(id, "rank", rank(r), rank(actual.rank().orElse(0))));
    v.decision().ifPresent(d -> check(id, "decision", d.name(), actual.decision().kind().name()));
    v.labels().ifPresent(l -> check(id, "labels", l.toString(),
        sorted(actual.assessment().labels().stream().map(LabelFinding::label).toList()).toString()));
    v.tracks().ifPresent(t -> check(id, "tracks", t.toString(), sorted(actual.tracks().stream().map(TrackId::value).toList()).toString()));
  }

  private void check(String subject, String field, String expected, String actual) {
    if (!Objects.equals(expected, actual)) {
      differences.add(new CaseResult.Difference(subject, field, expected, actual));
    }
  }

  private static String rank(int rank) {
    return rank == 0 ? "not ranked" : String.valueOf(rank);
  }

  private static SortedSet<String> sorted(List<String> values) {
    return new TreeSet<>(values);
  }

  private static List<String> values(List<ProposalId> ids) {
    return ids.stream().map(ProposalId::value).toList();
  }
}
