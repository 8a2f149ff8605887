package org.convoca.outcome;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.convoca.monitoring.CompletionFinding;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.Funds;
import org.convoca.monitoring.GapFinding;
import org.convoca.monitoring.ImplementationStatus;
import org.convoca.monitoring.LessonGroup;
import org.convoca.monitoring.MilestoneFinding;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.monitoring.ProjectMonitoring;
import org.convoca.monitoring.ProjectSnapshot;
import org.convoca.monitoring.Recognition;
import org.convoca.monitoring.RecognitionFinding;
import org.convoca.monitoring.ResultsFinding;
import org.convoca.monitoring.SelectionContext;
import org.convoca.monitoring.StatusFinding;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * What {@code monitoring.json} holds, field for field, in the order it writes them: Jackson writes
 * a record's components in their order, and a null as {@code null}. {@link MonitoringWriters}
 * documents the format; {@code monitoring.schema.json} pins it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record MonitoringView(
    int formatVersion,
    ProducedBy producedBy,
    String asOf,
    String selectionFingerprint,
    String fingerprint,
    SummaryView summary,
    List<ProjectView> projects,
    List<LessonGroup> lessons,
    List<String> notes) {

  static MonitoringView of(MonitoringOutcome outcome) {
    return new MonitoringView(MonitoringWriters.FORMAT_VERSION, ProducedBy.current(), outcome.asOf().toString(),
        outcome.selectionFingerprint(), outcome.fingerprint(), SummaryView.of(outcome.projects()),
        outcome.projects().stream().map(ProjectView::of).toList(), outcome.lessons(), outcome.notes());
  }

  /** How many projects are in each status and completion level and receive each recognition; every value present, in its enum's order. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record SummaryView(int projects, Map<ImplementationStatus, Integer> byStatus, Map<CompletionLevel, Integer> byCompletion,
      Map<Recognition, Integer> recognised) {

    static SummaryView of(List<ProjectMonitoring> projects) {
      Map<ImplementationStatus, Integer> status = zeros(ImplementationStatus.class);
      Map<CompletionLevel, Integer> completion = zeros(CompletionLevel.class);
      Map<Recognition, Integer> recognised = zeros(Recognition.class);
      for (ProjectMonitoring p : projects) {
        status.merge(p.status(), 1, Integer::sum);
        completion.merge(p.completion(), 1, Integer::sum);
        p.recognition().forEach(r -> recognised.merge(r, 1, Integer::sum));
      }
      return new SummaryView(projects.size(), status, completion, recognised);
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
      Map<E, Integer> counts = new EnumMap<>(type);
      for (E value : type.getEnumConstants()) {
        counts.put(value, 0);
      }
      return counts;
    }
  }

  /** One monitored project. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ProjectView(String proposal, String title, String status, String completion, @Nullable String results,
      List<Recognition> recognition, List<GapView> gaps, List<StatusView> reasons, SelectionView selection,
      @Nullable ExplainedView completionReason, @Nullable ExplainedView resultsReason,
      List<CommitmentView> commitments, List<MilestoneView> milestones, List<ConditionView> conditions, Funds funds,
      @Nullable String lastReport, int participants, List<SnapshotView> history) {

    static ProjectView of(ProjectMonitoring p) {
      return new ProjectView(p.proposal().value(), p.selection().title(), p.status().name(), p.completion().name(),
          p.resultsLevel().map(Enum::name).orElse(null), p.recognition(), p.gaps().stream().map(GapView::of).toList(),
          p.reasons().stream().map(StatusView::of).toList(), SelectionView.of(p.selection()),
          ExplainedView.of(p.completionReason()), p.results().map(ExplainedView::of).orElse(null),
          p.commitments().stream().map(CommitmentView::of).toList(), p.milestones().stream().map(MilestoneView::of).toList(),
          p.conditions().stream().map(ConditionView::of).toList(), p.funds(),
          p.lastReport() == null ? null : p.lastReport().toString(), p.participants(),
          p.history().stream().map(SnapshotView::of).toList());
    }
  }

  /** What the selection said about the project. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record SelectionView(String government, String level, String jurisdiction, String theme, boolean coCreated,
      List<String> tracks, BigDecimal total, int rank) {

    static SelectionView of(SelectionContext s) {
      return new SelectionView(s.government().value(), s.level().name(), s.jurisdiction().value(), s.primaryTheme().code(),
          s.coCreated(), s.tracks().stream().map(t -> t.value()).toList(), s.total(), s.rank());
    }
  }

  /** The rule that concluded something and why. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ExplainedView(String rule, String sentence) {

    static @Nullable ExplainedView of(@Nullable CompletionFinding finding) {
      return finding == null ? null : new ExplainedView(finding.rule(), finding.sentence());
    }

    static ExplainedView of(ResultsFinding finding) {
      return new ExplainedView(finding.rule(), finding.sentence());
    }
  }

  /** A status a rule concluded. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record StatusView(String status, String rule, String sentence) {
    static StatusView of(StatusFinding f) {
      return new StatusView(f.status().name(), f.rule(), f.sentence());
    }
  }

  /** One commitment's completion. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record CommitmentView(int commitment, String completion, String rule, String sentence) {
    static CommitmentView of(CompletionFinding f) {
      return new CommitmentView(f.commitment(), f.completion().name(), f.rule(), f.sentence());
    }
  }

  /** How far one milestone counts as completed. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record MilestoneView(String milestone, String completion, String rule, String sentence) {
    static MilestoneView of(MilestoneFinding f) {
      return new MilestoneView(f.milestone().value(), f.completion().name(), f.rule(), f.sentence());
    }
  }

  /** One condition of a recognition, met or missed. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ConditionView(String recognition, String condition, boolean met, String rule, String sentence) {
    static ConditionView of(RecognitionFinding f) {
      return new ConditionView(f.recognition().name(), f.condition(), f.met(), f.rule(), f.sentence());
    }
  }

  /** A documentation gap. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record GapView(@Nullable String milestone, String rule, String sentence) {
    static GapView of(GapFinding f) {
      return new GapView(f.milestone() == null ? null : f.milestone().value(), f.rule(), f.sentence());
    }
  }

  /** The project as it stood on one date. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record SnapshotView(String date, String status, List<StatusView> reasons, String completion,
      @Nullable ExplainedView completionReason, @Nullable String results, Money spent, BigDecimal spentShare,
      BigDecimal completionShare, int participants, @Nullable String narrative) {
    static SnapshotView of(ProjectSnapshot s) {
      return new SnapshotView(s.date().toString(), s.status().name(), s.reasons().stream().map(StatusView::of).toList(),
          s.completion().name(), ExplainedView.of(s.completionReason()), s.results() == null ? null : s.results().name(),
          s.funds().spent(), s.funds().spentShare(), s.funds().completionShare(), s.participants(), s.narrative());
    }
  }
}
