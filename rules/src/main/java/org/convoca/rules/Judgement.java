package org.convoca.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.monitoring.CompletionFinding;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.GapFinding;
import org.convoca.monitoring.ImplementationStatus;
import org.convoca.monitoring.MilestoneFinding;
import org.convoca.monitoring.MonitoringFinding;
import org.convoca.monitoring.Recognition;
import org.convoca.monitoring.RecognitionFinding;
import org.convoca.monitoring.ResultsFinding;
import org.convoca.monitoring.StatusFinding;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.Proposal;
import org.convoca.rules.fact.CompletionScale;
import org.jspecify.annotations.Nullable;

/**
 * What the monitoring rules concluded about one project on one judgement date, put in order.
 *
 * <p>When the rules conclude several findings of a kind that takes one (several statuses, project
 * completions or results), the project takes the first status in {@link ImplementationStatus#PRECEDENCE}
 * and keeps every status finding as a reason, the lowest project completion and the lowest results;
 * lists are sorted so that nothing depends on the order the rules fired in. When no rule concluded
 * a status (a folder emptied the status file), {@link #concluded()} is false and the status is
 * {@link ImplementationStatus#NOT_STARTED}, the last in precedence, with no reason: the assembler
 * adds a note naming the project.
 *
 * @param status the deciding status
 * @param concluded whether a rule concluded a status
 * @param reasons every status finding, the deciding one first
 * @param completion the project's completion; {@link CompletionLevel#NO_EVIDENCE} when no rule concluded one
 * @param completionReason the finding of it; null when no rule concluded one
 * @param commitments each commitment's completion, by position
 * @param milestones each milestone's finding, in the proposal's order
 * @param results the results finding that counts
 * @param recognition the recognitions whose every condition is met, in {@link Recognition}'s order
 * @param conditions every recognition condition, by recognition then condition
 * @param gaps the documentation gaps, in the proposal's milestone order (gaps about the whole project first)
 */
record Judgement(ImplementationStatus status, boolean concluded, List<StatusFinding> reasons, CompletionLevel completion,
    @Nullable CompletionFinding completionReason, List<CompletionFinding> commitments, List<MilestoneFinding> milestones,
    Optional<ResultsFinding> results, List<Recognition> recognition, List<RecognitionFinding> conditions,
    List<GapFinding> gaps) {

  /** The judgement of {@code proposal} from {@code findings}, all about it. */
  static Judgement of(Proposal proposal, List<MonitoringFinding> findings) {
    Map<MilestoneId, Integer> position = new HashMap<>();
    List<Milestone> all = proposal.milestones();
    for (int i = 0; i < all.size(); i++) {
      position.putIfAbsent(all.get(i).id(), i);
    }
    List<StatusFinding> reasons = new ArrayList<>();
    List<CompletionFinding> completions = new ArrayList<>();
    List<MilestoneFinding> milestones = new ArrayList<>();
    List<ResultsFinding> results = new ArrayList<>();
    List<RecognitionFinding> conditions = new ArrayList<>();
    List<GapFinding> gaps = new ArrayList<>();
    for (MonitoringFinding finding : findings) {
      if (finding instanceof StatusFinding f) {
        reasons.add(f);
      } else if (finding instanceof CompletionFinding f) {
        completions.add(f);
      } else if (finding instanceof MilestoneFinding f) {
        milestones.add(f);
      } else if (finding instanceof ResultsFinding f) {
        results.add(f);
      } else if (finding instanceof RecognitionFinding f) {
        conditions.add(f);
      } else if (finding instanceof GapFinding f) {
        gaps.add(f);
      }
    }
    reasons.sort(Comparator.comparingInt((StatusFinding f) -> ImplementationStatus.PRECEDENCE.indexOf(f.status()))
        .thenComparing(StatusFinding::rule).thenComparing(StatusFinding::sentence));
    completions.sort(Comparator.comparingInt(CompletionFinding::commitment)
        .thenComparing(CompletionFinding::completion).thenComparing(CompletionFinding::rule)
        .thenComparing(CompletionFinding::sentence));
    milestones.sort(Comparator.comparingInt((MilestoneFinding f) -> position.getOrDefault(f.milestone(), Integer.MAX_VALUE))
        .thenComparing(f -> f.milestone().value()).thenComparing(MilestoneFinding::rule)
        .thenComparing(MilestoneFinding::sentence));
    results.sort(Comparator.comparing(ResultsFinding::results).thenComparing(ResultsFinding::rule)
        .thenComparing(ResultsFinding::sentence));
    conditions.sort(Comparator.comparing(RecognitionFinding::recognition).thenComparing(RecognitionFinding::condition)
        .thenComparing(RecognitionFinding::rule).thenComparing(RecognitionFinding::met)
        .thenComparing(RecognitionFinding::sentence));
    gaps.sort(Comparator.comparingInt((GapFinding g) -> g.milestone() == null ? -1
            : position.getOrDefault(g.milestone(), Integer.MAX_VALUE))
        .thenComparing(GapFinding::rule).thenComparing(GapFinding::sentence));
    CompletionFinding project = completions.stream().filter(c -> c.commitment() == CompletionFinding.PROJECT)
        .findFirst().orElse(null);
    List<Recognition> granted = new ArrayList<>();
    for (Recognition recognition : Recognition.values()) {
      List<RecognitionFinding> of = conditions.stream().filter(c -> c.recognition() == recognition).toList();
      if (!of.isEmpty() && of.stream().allMatch(RecognitionFinding::met)) {
        granted.add(recognition);
      }
    }
    boolean concluded = !reasons.isEmpty();
    return new Judgement(concluded ? reasons.get(0).status() : ImplementationStatus.NOT_STARTED, concluded,
        List.copyOf(reasons), project == null ? CompletionLevel.NO_EVIDENCE : project.completion(), project,
        completions.stream().filter(c -> c.commitment() != CompletionFinding.PROJECT).toList(), List.copyOf(milestones),
        results.stream().findFirst(), List.copyOf(granted), List.copyOf(conditions), List.copyOf(gaps));
  }

  /** The milestones' completion share: the points of the milestone findings as a percentage of 3 each. */
  java.math.BigDecimal completionShare() {
    return CompletionScale.share(milestones.stream().map(MilestoneFinding::completion).toList());
  }
}
