package org.convoca.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.convoca.call.TrackId;
import org.convoca.government.GovernmentId;
import org.convoca.government.GovernmentLevel;
import org.convoca.government.JurisdictionCode;
import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * Hand-built monitoring outcomes, without rules: a project defaults to an ON_TRACK, LIMITED
 * open-data project of Santa Fe (AR-S), municipal, co-created, in the OGP Local track, total 64.92,
 * and each test changes what it is about.
 */
public final class MonitoringFixtures {

  /** The monitoring date of every fixture. */
  public static final LocalDate AS_OF = LocalDate.parse("2022-12-31");
  /** The selection fingerprint every fixture names. */
  public static final String SELECTION = "a".repeat(64);
  /** The monitoring fingerprint every fixture carries. */
  public static final String FINGERPRINT = "b".repeat(64);

  private MonitoringFixtures() {}

  /** {@return a project builder for {@code id} with the defaults of the class comment} */
  public static Project project(String id) {
    return new Project(id);
  }

  /** {@return an outcome of {@code projects}, as of {@link #AS_OF}, with {@code notes}} */
  public static MonitoringOutcome outcome(List<ProjectMonitoring> projects, String... notes) {
    return new MonitoringOutcome(AS_OF, SELECTION, FINGERPRINT, projects, List.of(notes));
  }

  /**
   * {@return a project with everything filled: P-002 "Open data portal", COMPLETED and
   * SUBSTANTIAL overall (commitment 1 COMPLETE, commitment 2 LIMITED), MAJOR results, PROMISING
   * with both conditions met, STARRED missed on one condition, one documentation gap on M2, and
   * three report dates plus the monitoring date in its history}
   */
  public static ProjectMonitoring fullProject(String title) {
    ProposalId id = ProposalId.of("P-002");
    Funds funds = new Funds(Money.of(2_800_000, "ARS"), Money.of(2_100_000, "ARS"), new BigDecimal("75.00"),
        new BigDecimal("77.78"));
    List<ProjectSnapshot> history = List.of(
        snapshot(id, "2022-03-20", ImplementationStatus.ON_TRACK, CompletionLevel.LIMITED, null, 600_000, "21.43", "33.33", 150),
        snapshot(id, "2022-07-15", ImplementationStatus.DELAYED, CompletionLevel.LIMITED, null, 1_500_000, "53.57", "44.44", 480),
        snapshot(id, "2022-11-10", ImplementationStatus.ON_TRACK, CompletionLevel.SUBSTANTIAL, ResultsLevel.MAJOR, 2_100_000, "75.00",
            "77.78", 1320),
        snapshot(id, "2022-12-31", ImplementationStatus.ON_TRACK, CompletionLevel.SUBSTANTIAL, ResultsLevel.MAJOR, 2_100_000, "75.00",
            "77.78", 1320));
    return project("P-002").title(title).status(ImplementationStatus.ON_TRACK).completion(CompletionLevel.SUBSTANTIAL)
        .commitments(CompletionLevel.COMPLETE, CompletionLevel.LIMITED)
        .milestone("M1", CompletionLevel.COMPLETE).milestone("M2", CompletionLevel.NO_EVIDENCE)
        .milestone("M3", CompletionLevel.LIMITED)
        .results(ResultsLevel.MAJOR)
        .condition(Recognition.PROMISING, "HIGH_COMPLETION", true).condition(Recognition.PROMISING, "STRONG_RESULTS", true)
        .condition(Recognition.STARRED, "VERIFIABLE_MILESTONES", true)
        .condition(Recognition.STARRED, "POTENTIAL_AT_SELECTION", false)
        .recognition(Recognition.PROMISING)
        .gap("M2").funds(funds).lastReport("2022-11-10").participants(1320).history(history).build();
  }

  /**
   * {@return the example outcome of {@code monitoring-example.json}: {@link #fullProject} titled
   * {@code title}, then P-005, a provincial project of Salta that is not co-created and in no track,
   * total 55.5, rank 2, NOT_STARTED with no report, no results and a gap about the project as a
   * whole; with one note}
   */
  public static MonitoringOutcome example(String title) {
    ProjectMonitoring quiet = project("P-005").title("Hearings in Salta").government("PROV-SALTA")
        .level(org.convoca.government.GovernmentLevel.PROVINCIAL).jurisdiction("AR-A").theme(Theme.DIGITAL_PARTICIPATION)
        .coCreated(false).tracks().total("55.5").rank(2).status(ImplementationStatus.NOT_STARTED)
        .completion(CompletionLevel.NOT_STARTED).commitments(CompletionLevel.NOT_STARTED)
        .milestone("M1", CompletionLevel.NO_EVIDENCE).gap(null).build();
    return outcome(List.of(fullProject(title), quiet), "One project has not reported yet.");
  }

  private static ProjectSnapshot snapshot(ProposalId id, String date, ImplementationStatus status, CompletionLevel completion,
      @Nullable ResultsLevel results, long spent, String spentShare, String completionShare, int participants) {
    return new ProjectSnapshot(LocalDate.parse(date), status,
        List.of(new StatusFinding(id, status, "Status rule " + status, "The project is " + status + " on " + date + ".")),
        completion, new CompletionFinding(id, CompletionFinding.PROJECT, completion, "Completion rule",
            "The project's milestones make it " + completion + "."),
        results, new Funds(Money.of(2_800_000, "ARS"), Money.of(spent, "ARS"), new BigDecimal(spentShare),
            new BigDecimal(completionShare)), participants,
        date.equals("2022-03-20") ? "The policy is adopted; the portal's first datasets are drafts." : null);
  }

  /** Builds one {@link ProjectMonitoring}; every setter returns the builder. */
  public static final class Project {
    private final ProposalId id;
    private String title;
    private String government = "MUN-RAFAELA";
    private GovernmentLevel level = GovernmentLevel.MUNICIPAL;
    private String jurisdiction = "AR-S";
    private Theme theme = Theme.OPEN_DATA;
    private boolean coCreated = true;
    private List<TrackId> tracks = List.of(TrackId.of("ogp-local"));
    private BigDecimal total = new BigDecimal("64.92");
    private int rank = 1;
    private ImplementationStatus status = ImplementationStatus.ON_TRACK;
    private CompletionLevel completion = CompletionLevel.LIMITED;
    private final List<CompletionFinding> commitments = new ArrayList<>();
    private final List<MilestoneFinding> milestones = new ArrayList<>();
    private @Nullable ResultsFinding results;
    private final List<Recognition> recognition = new ArrayList<>();
    private final List<RecognitionFinding> conditions = new ArrayList<>();
    private final List<GapFinding> gaps = new ArrayList<>();
    private Funds funds = new Funds(Money.of(1_000_000, "ARS"), Money.of(0, "ARS"), new BigDecimal("0.00"),
        new BigDecimal("0.00"));
    private @Nullable LocalDate lastReport;
    private int participants;
    private List<ProjectSnapshot> history = List.of();

    private Project(String id) {
      this.id = ProposalId.of(id);
      this.title = "Project " + id;
    }

    public Project title(String title) {
      this.title = title;
      return this;
    }

    public Project government(String government) {
      this.government = government;
      return this;
    }

    public Project level(GovernmentLevel level) {
      this.level = level;
      return this;
    }

    public Project jurisdiction(String jurisdiction) {
      this.jurisdiction = jurisdiction;
      return this;
    }

    public Project theme(Theme theme) {
      this.theme = theme;
      return this;
    }

    public Project coCreated(boolean coCreated) {
      this.coCreated = coCreated;
      return this;
    }

    public Project tracks(String... tracks) {
      this.tracks = java.util.Arrays.stream(tracks).map(TrackId::of).toList();
      return this;
    }

    public Project total(String total) {
      this.total = new BigDecimal(total);
      return this;
    }

    public Project rank(int rank) {
      this.rank = rank;
      return this;
    }

    public Project status(ImplementationStatus status) {
      this.status = status;
      return this;
    }

    public Project completion(CompletionLevel completion) {
      this.completion = completion;
      return this;
    }

    public Project commitments(CompletionLevel... levels) {
      for (CompletionLevel level : levels) {
        int position = commitments.size() + 1;
        commitments.add(new CompletionFinding(id, position, level, "Commitment completion rule",
            "Commitment " + position + " is " + level + "."));
      }
      return this;
    }

    public Project milestone(String milestone, CompletionLevel level) {
      milestones.add(new MilestoneFinding(id, MilestoneId.of(milestone), level, "Milestone rule",
          "Milestone " + milestone + " counts as " + level + "."));
      return this;
    }

    public Project results(ResultsLevel level) {
      results = new ResultsFinding(id, level, "Results rule", "The jury found " + level + " results.");
      return this;
    }

    public Project recognition(Recognition r) {
      recognition.add(r);
      return this;
    }

    public Project condition(Recognition r, String condition, boolean met) {
      conditions.add(new RecognitionFinding(id, r, condition, met, "Recognition rule " + condition,
          condition + (met ? " is met." : " is missed.")));
      return this;
    }

    public Project gap(@Nullable String milestone) {
      gaps.add(new GapFinding(id, milestone == null ? null : MilestoneId.of(milestone), "Gap rule",
          milestone == null ? "The project has sent no report yet."
              : "Milestone " + milestone + " is reported complete without evidence."));
      return this;
    }

    public Project funds(Funds funds) {
      this.funds = funds;
      return this;
    }

    public Project lastReport(String date) {
      this.lastReport = LocalDate.parse(date);
      return this;
    }

    public Project participants(int participants) {
      this.participants = participants;
      return this;
    }

    public Project history(List<ProjectSnapshot> history) {
      this.history = history;
      return this;
    }

    public ProjectMonitoring build() {
      SelectionContext selection = new SelectionContext(title, GovernmentId.of(government), level,
          JurisdictionCode.of(jurisdiction), theme, coCreated, tracks, total, rank);
      StatusFinding reason = new StatusFinding(id, status, "Status rule " + status, "The project is " + status + ".");
      CompletionFinding completionReason = new CompletionFinding(id, CompletionFinding.PROJECT, completion,
          "Project completion rule", "The project is " + completion + ".");
      return new ProjectMonitoring(id, selection, status, List.of(reason), completion, completionReason, commitments,
          milestones, java.util.Optional.ofNullable(results), recognition, conditions, gaps, funds, lastReport,
          participants, history);
    }
  }
}
