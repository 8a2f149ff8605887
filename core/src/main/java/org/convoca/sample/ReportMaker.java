package org.convoca.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.MilestoneStatus;
import org.convoca.monitoring.ProgressReport;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.Proposal;
import org.convoca.value.Money;

/** Writes the progress reports of one selected project along its {@link Trajectory}. */
final class ReportMaker {

  private static final List<LocalDate> DATES = MonitoringGenerator.REPORT_DATES;
  private static final int LAST = DATES.size() - 1;
  /** The end of 2022 and of the implementation window, the monitoring date the data is made for. */
  static final LocalDate YEAR_END = MonitoringGenerator.AS_OF;
  /** A milestone not complete this many days after its due date is overdue beyond the default threshold. */
  private static final int OVERDUE_DAYS = 90;
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private final Proposal project;
  private final Trajectory trajectory;
  private final String site;
  private final Draw draw;
  private final Optional<Milestone> target;
  private final Texts texts;

  ReportMaker(Proposal project, Trajectory trajectory, String site, Draw draw, Texts texts) {
    this.project = project;
    this.trajectory = trajectory;
    this.site = site;
    this.draw = draw;
    this.texts = texts;
    this.target = switch (trajectory) {
      case DELAYED -> delayable(project);
      case OVERDUE -> longDue(project);
      case WENT_BACK -> dueAfter2022(project).or(() -> lastDueThisYear(project));
      case UNDOCUMENTED -> lastDueThisYear(project);
      default -> Optional.empty();
    };
  }

  /** The reports, one per round the project reports in. */
  List<ProgressReport> reports() {
    int rounds = switch (trajectory) {
      case SILENT_AFTER_FIRST -> 1;
      case SILENT_AFTER_SECOND -> 2;
      default -> DATES.size();
    };
    BigDecimal requested = project.funding().requested().amount();
    BigDecimal spent = BigDecimal.ZERO;
    int participants = 0;
    List<MilestoneStatus> before = List.of();
    List<ProgressReport> reports = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      List<MilestoneStatus> statuses = new ArrayList<>();
      for (Milestone milestone : project.milestones()) {
        statuses.add(status(milestone, round));
      }
      double completion = share(statuses);
      double spentShare = trajectory == Trajectory.OVERSPENT && round == 0
          ? Math.min(100, completion + 30 + draw.between(0, 8))
          : Math.max(0, completion - draw.between(0, 10));
      BigDecimal amount = requested.multiply(BigDecimal.valueOf(Math.round(spentShare * 100)))
          .divide(BigDecimal.valueOf(10_000).multiply(THOUSAND), 0, RoundingMode.FLOOR).multiply(THOUSAND);
      spent = spent.max(amount.min(requested));
      participants += round == 0 ? draw.between(15, 150) : draw.between(20, 400);
      reports.add(ProgressReport.builder()
          .proposal(project.id())
          .date(DATES.get(round))
          .milestones(statuses)
          .participants(participants)
          .fundsSpent(new Money(spent, FederalCall.CURRENCY))
          .narrative(narrative(before, statuses, round))
          .build());
      before = statuses;
    }
    return reports;
  }

  private MilestoneStatus status(Milestone milestone, int round) {
    CompletionLevel level = level(milestone, round);
    boolean isTarget = isTarget(milestone);
    MilestoneStatus.Builder status = MilestoneStatus.builder().milestone(milestone.id()).completion(level);
    String page = site + "/" + Sites.slug(project.id().value()) + "/" + Sites.slug(milestone.id().value());
    if (level == CompletionLevel.COMPLETE && !(trajectory == Trajectory.UNDOCUMENTED && isTarget)) {
      status.addEvidence(page);
      milestone.verification().ifPresent(v -> status.addEvidence(page + "/" + Sites.slug(v)));
    } else if (level == CompletionLevel.SUBSTANTIAL || level == CompletionLevel.LIMITED) {
      status.addEvidence(page + "/avance-" + (round + 1));
    }
    if (trajectory == Trajectory.WENT_BACK && isTarget && round == LAST) {
      List<String> reasons = texts.reopenReasons();
      status.reason(reasons.get(draw.between(0, reasons.size() - 1)));
    }
    return status.build();
  }

  private CompletionLevel level(Milestone milestone, int round) {
    boolean isTarget = isTarget(milestone);
    LocalDate day = DATES.get(round);
    switch (trajectory) {
      case DELAYED -> {
        if (isTarget && !milestone.due().isAfter(day)) {
          return round == firstRoundFrom(milestone.due()) ? CompletionLevel.SUBSTANTIAL : CompletionLevel.COMPLETE;
        }
        if (isTarget && round == LAST) {
          return CompletionLevel.SUBSTANTIAL;  // due after the last report, in December: late by the end of the year
        }
      }
      case OVERDUE -> {
        if (isTarget && !milestone.due().isAfter(day)) {
          return CompletionLevel.LIMITED;
        }
      }
      case WENT_BACK -> {
        if (isTarget && round > 0) {
          return round == LAST ? CompletionLevel.SUBSTANTIAL : CompletionLevel.COMPLETE;
        }
      }
      case SILENT_AFTER_SECOND -> {
        if (round == 1 && milestone.due().isBefore(Trajectories.OCTOBER)) {
          return CompletionLevel.COMPLETE;
        }
      }
      default -> { }
    }
    return onTrack(project, milestone, round);
  }

  /** The first round whose report is on or after {@code day}. */
  private static int firstRoundFrom(LocalDate day) {
    for (int round = 0; round < DATES.size(); round++) {
      if (!DATES.get(round).isBefore(day)) {
        return round;
      }
    }
    return DATES.size();
  }

  private boolean isTarget(Milestone milestone) {
    return target.map(t -> t.id().equals(milestone.id())).orElse(false);
  }

  /**
   * Where {@code milestone} stands in report {@code round} of a project on track: complete once due
   * (in the last report, every milestone due in 2022), the next one due substantial within 60 days
   * of its due date and limited before, the later ones limited within 150 days and not started before.
   */
  static CompletionLevel onTrack(Proposal project, Milestone milestone, int round) {
    LocalDate day = DATES.get(round);
    LocalDate done = round == LAST ? YEAR_END : day;
    if (!milestone.due().isAfter(done)) {
      return CompletionLevel.COMPLETE;
    }
    LocalDate next = project.milestones().stream().map(Milestone::due).filter(d -> d.isAfter(done))
        .min(Comparator.naturalOrder()).orElseThrow();
    long days = ChronoUnit.DAYS.between(day, milestone.due());
    if (milestone.due().equals(next)) {
      return days <= 60 ? CompletionLevel.SUBSTANTIAL : CompletionLevel.LIMITED;
    }
    return days <= 150 ? CompletionLevel.LIMITED : CompletionLevel.NOT_STARTED;
  }

  /** The completion share of a project on track in report {@code round}, in percent. */
  static double onTrackShare(Proposal project, int round) {
    return share(project.milestones().stream().map(m -> MilestoneStatus.builder().milestone(m.id())
        .completion(onTrack(project, m, round)).addEvidence("e").build()).toList());
  }

  /** The first milestone due after 2022: one a project can still have under way at the end of 2022. */
  static Optional<Milestone> dueAfter2022(Proposal project) {
    return project.milestones().stream().filter(m -> m.due().isAfter(YEAR_END)).min(Comparator.comparing(Milestone::due));
  }

  /**
   * The milestone a delayed project is late on: reported substantial in the first report after its
   * due date, less than 90 days after it, and complete in the next; or, due in December after the
   * last report, still substantial at the end of 2022. The latest such milestone, so that the delay
   * shows as late as the plan allows.
   */
  static Optional<Milestone> delayable(Proposal project) {
    return project.milestones().stream().filter(m -> !m.due().isAfter(YEAR_END.minusDays(1))).filter(m -> {
      int round = firstRoundFrom(m.due());
      LocalDate seen = round < DATES.size() ? DATES.get(round) : YEAR_END;
      return ChronoUnit.DAYS.between(m.due(), seen) < OVERDUE_DAYS
          && (round < LAST || ChronoUnit.DAYS.between(m.due(), YEAR_END) < OVERDUE_DAYS);
    }).max(Comparator.comparing(Milestone::due));
  }

  /**
   * The milestone an overdue project never finishes: the first due after the first report and by
   * 2022-09-30 (so the first report is on track), else the first due by 2022-09-30.
   */
  static Optional<Milestone> longDue(Proposal project) {
    return first(project, DATES.get(0).plusDays(1), Trajectories.LONG_DUE)
        .or(() -> first(project, LocalDate.MIN, Trajectories.LONG_DUE));
  }

  /** The milestone due last in 2022. */
  static Optional<Milestone> lastDueThisYear(Proposal project) {
    return project.milestones().stream().filter(m -> !m.due().isAfter(YEAR_END)).max(Comparator.comparing(Milestone::due));
  }

  private static Optional<Milestone> first(Proposal project, LocalDate from, LocalDate to) {
    return project.milestones().stream().filter(m -> !m.due().isBefore(from) && !m.due().isAfter(to))
        .min(Comparator.comparing(Milestone::due));
  }

  /**
   * The completion share of {@code statuses}, in percent, as the monitoring outcome counts it: 0 for
   * no evidence, not started or complete without evidence, 1 for limited, 2 for substantial, 3 for
   * complete, out of 3 per milestone.
   */
  static double share(List<MilestoneStatus> statuses) {
    if (statuses.isEmpty()) {
      return 0;
    }
    int points = 0;
    for (MilestoneStatus status : statuses) {
      points += switch (status.completion()) {
        case NO_EVIDENCE, NOT_STARTED -> 0;
        case LIMITED -> 1;
        case SUBSTANTIAL -> 2;
        case COMPLETE -> status.evidence().isEmpty() ? 0 : 3;
      };
    }
    return points * 100.0 / (3 * statuses.size());
  }

  private String narrative(List<MilestoneStatus> before, List<MilestoneStatus> now, int round) {
    List<String> sentences = new ArrayList<>();
    List<Milestone> milestones = project.milestones();
    for (int m = 0; m < milestones.size() && sentences.isEmpty(); m++) {
      boolean doneNow = now.get(m).completion() == CompletionLevel.COMPLETE;
      boolean doneBefore = !before.isEmpty() && before.get(m).completion() == CompletionLevel.COMPLETE;
      if (doneNow && !doneBefore) {
        sentences.add(texts.completed(lowerFirst(milestones.get(m).deliverable())));
      } else if (!doneNow && doneBefore) {
        sentences.add(texts.reopened(lowerFirst(milestones.get(m).deliverable())));
      }
    }
    int behind = -1;
    for (int m = 0; m < milestones.size() && behind < 0; m++) {
      Milestone milestone = milestones.get(m);
      if (now.get(m).completion() != CompletionLevel.COMPLETE && !milestone.due().isAfter(DATES.get(round))) {
        sentences.add(texts.behind(lowerFirst(milestone.deliverable())));
        behind = m;
      }
    }
    if (sentences.size() < 2) {
      for (int m = 0; m < milestones.size(); m++) {
        CompletionLevel level = now.get(m).completion();
        if (m != behind && (level == CompletionLevel.SUBSTANTIAL || level == CompletionLevel.LIMITED)) {
          sentences.add(texts.underWay(lowerFirst(milestones.get(m).deliverable())));
          break;
        }
      }
    }
    return sentences.isEmpty() ? texts.asPlanned() : String.join(" ", sentences);
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
