package org.convoca.sample;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.convoca.call.ConflictKind;
import org.convoca.call.MonitoringParameters;
import org.convoca.dossier.Dossier;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.jury.JurorId;
import org.convoca.jury.conflict.Conflict;
import org.convoca.jury.conflict.ConflictDetector;
import org.convoca.jury.conflict.ConflictInput;
import org.convoca.jury.conflict.ConflictTarget;
import org.convoca.jury.conflict.DeclaredConflict;
import org.convoca.jury.conflict.JurorProfile;
import org.convoca.jury.conflict.ProposalProfile;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;

/**
 * Generates the monitoring data of a selection: the call's monitoring parameters, three rounds of
 * progress reports on every selected project and the jury's results assessment of each, with the
 * dynamics of a real program, the same data for the same dossier, selection and seed.
 *
 * <p>What it adds to the dossier:
 *
 * <ul>
 *   <li>{@code call.monitoring}: the selection date {@value #SELECTION_DAY} and every default of
 *       {@link MonitoringParameters#DEFAULTS} written out;
 *   <li>progress reports on {@link #REPORT_DATES} (2022-04-15, 2022-08-15 and 2022-12-15), each
 *       listing every milestone of the project with its completion, evidence links on the applicant
 *       government's site ({@code https://www.<town>.gob.ar/gobierno-abierto/...}), the participants
 *       and the funds spent so far (cumulative, never decreasing, in pesos, never above the request)
 *       and a short narrative;
 *   <li>one results assessment per project on {@link #RESULTS_DATE}, signed by two jurors with no
 *       conflict of interest of any kind with it (found by {@link ConflictDetector}, declared
 *       conflicts included).
 * </ul>
 *
 * <p>Its narratives, reasons and reasoning are written in the call's language when the generator
 * writes it (English or Spanish; see {@link DossierGenerator#language}), in English otherwise.
 *
 * <p>Each project takes one course, chosen with the seed among the projects whose milestones allow
 * it. For a selection of 50 (the shares are rounded for another size; the single cases need 10
 * projects):
 *
 * <ul>
 *   <li>the rest, about three in four, on track: each milestone complete with evidence by its due
 *       date (in the last report, every milestone due in 2022), the next one due substantial within
 *       60 days of its date and limited before, the later ones limited or not started, the funds
 *       spent up to 10 points behind the completion share;
 *   <li>7 (14%) delayed: a milestone still substantial in the first report after its due date, less
 *       than 90 days late, and complete in the next (or, due in December after the last report,
 *       still substantial at the end of the year);
 *   <li>3 (6%) overdue: a milestone due by 2022-09-30 never finished, limited in every report after
 *       its due date, so more than 90 days late by the end of 2022;
 *   <li>1 overspent: in the first report the funds spent run 30 or more points ahead of the
 *       completion share;
 *   <li>3 (6%) with a documentation gap: the milestone due last in 2022 reported complete without
 *       evidence;
 *   <li>1 whose milestone, reported complete in the second report, is substantial again in the
 *       third, with the reason;
 *   <li>1 that reports only on 2022-04-15 and 1 only on 2022-04-15 and 2022-08-15 (every milestone
 *       due before October complete by then).
 * </ul>
 *
 * <p>The generated plans end early: most milestones fall due by mid-2022, few after September and
 * a few in 2023. So the mix shows in the history of reports (on 2022-04-15 most projects are on
 * track and some delayed; on 2022-08-15 about a third are on track or delayed, a few at risk, the
 * rest complete) while at the end of 2022, with the default monitoring parameters, most projects
 * are complete, the overdue and undocumented ones at risk (a milestone complete without evidence
 * counts as no evidence, and is long past due), the projects with milestones due in 2023 still on
 * track, and one silent since April without a recent report (the one silent since August has none
 * from 2023-01-13 on). The projects with a milestone due after 2022 go first to the silent and the
 * reopened courses, so that these show at the end of 2022. Results are mostly marginal or major,
 * outstanding for about one project in eight on track, no change for the overdue and some late
 * ones, and worse for one overdue project.
 *
 * <pre>{@code
 * Dossier monitored = MonitoringGenerator.generate(dossier, outcome.selected(), 2021);
 * }</pre>
 */
public final class MonitoringGenerator {

  /** The selection date the generator writes in the call's monitoring parameters, as text. */
  public static final String SELECTION_DAY = "2021-12-10";
  /** The days of the three report rounds. */
  public static final List<LocalDate> REPORT_DATES =
      List.of(LocalDate.of(2022, 4, 15), LocalDate.of(2022, 8, 15), LocalDate.of(2022, 12, 15));
  /** The day of the jury's results assessments. */
  public static final LocalDate RESULTS_DATE = LocalDate.of(2022, 12, 20);
  /** The monitoring date the generated dynamics are meant for. */
  public static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);

  private static final int JURORS_PER_ASSESSMENT = 2;

  /** A juror and a proposal they have a conflict of interest with. */
  private record Pair(JurorId juror, ProposalId proposal) {}

  private MonitoringGenerator() {}

  /**
   * {@code dossier} with the monitoring data of {@code selected}: the call's monitoring parameters,
   * the progress reports and the results assessments, replacing any it had.
   *
   * @param dossier the dossier, as the reader or {@link DossierGenerator} gives it; its
   *     implementation window should be 2022's, as the {@linkplain FederalCall federal call}'s is
   * @param selected the selected proposals, in rank order; each must be one of the dossier's
   * @param seed the seed; equal seeds give equal data for equal dossiers and selections
   * @return the dossier with its monitoring data
   * @throws IllegalArgumentException when a selected proposal is not in the dossier
   * @throws NullPointerException when an argument is null
   */
  public static Dossier generate(Dossier dossier, List<ProposalId> selected, long seed) {
    requireNonNull(dossier, "dossier");
    Map<ProposalId, Proposal> byId = new LinkedHashMap<>();
    dossier.proposals().forEach(p -> byId.put(p.id(), p));
    List<Proposal> projects = new ArrayList<>();
    for (ProposalId id : selected) {
      Proposal project = byId.get(id);
      if (project == null) {
        throw new IllegalArgumentException("selected proposal '" + id + "' is not in the dossier");
      }
      projects.add(project);
    }
    Map<GovernmentId, Government> governments = new LinkedHashMap<>();
    dossier.governments().forEach(g -> governments.put(g.id(), g));
    Map<ProposalId, Trajectory> plan = Trajectories.plan(projects, Draw.forPart(seed, "monitoring-plan"));
    Draw draw = Draw.forPart(seed, "monitoring-reports");
    Texts texts = Texts.inOrEnglish(dossier.call().writtenIn());
    List<ProgressReport> reports = new ArrayList<>();
    for (Proposal project : projects) {
      String site = Sites.of(governments.get(project.applicant()));
      reports.addAll(new ReportMaker(project, plan.get(project.id()), site, draw, texts).reports());
    }
    List<ResultsAssessment> results = assessments(dossier, projects, plan, governments,
        Draw.forPart(seed, "monitoring-results"), texts);
    Map<String, Object> parameters = new TreeMap<>(MonitoringParameters.DEFAULTS);
    parameters.put(MonitoringParameters.SELECTION_DATE, SELECTION_DAY);
    return dossier.withCall(dossier.call().withMonitoring(MonitoringParameters.of(parameters)))
        .withProgressReports(reports)
        .withResultsAssessments(results);
  }

  private static List<ResultsAssessment> assessments(Dossier dossier, List<Proposal> projects,
      Map<ProposalId, Trajectory> plan, Map<GovernmentId, Government> governments, Draw draw, Texts texts) {
    Set<Pair> conflicted = conflicted(dossier, governments);
    List<JurorId> jurors = dossier.jury().jurors().stream().map(j -> j.id()).toList();
    boolean worsened = false;
    List<ResultsAssessment> assessments = new ArrayList<>();
    for (Proposal project : projects) {
      List<JurorId> free = new ArrayList<>(jurors.stream()
          .filter(j -> !conflicted.contains(new Pair(j, project.id()))).toList());
      if (free.isEmpty()) {
        continue;
      }
      List<JurorId> signing = new ArrayList<>();
      while (signing.size() < JURORS_PER_ASSESSMENT && !free.isEmpty()) {
        signing.add(free.remove(draw.between(0, free.size() - 1)));
      }
      Trajectory trajectory = plan.get(project.id());
      ResultsLevel results = !worsened && trajectory == Trajectory.OVERDUE ? ResultsLevel.WORSENED : results(trajectory, draw);
      worsened |= results == ResultsLevel.WORSENED;
      assessments.add(ResultsAssessment.builder()
          .proposal(project.id())
          .date(RESULTS_DATE)
          .results(results)
          .addEvidence(Sites.of(governments.get(project.applicant())) + "/" + Sites.slug(project.id().value()) + "/resultados")
          .jurors(signing.stream().sorted().toList())
          .reasoning(texts.reasoning(results))
          .build());
    }
    return assessments;
  }

  private static ResultsLevel results(Trajectory trajectory, Draw draw) {
    return switch (trajectory) {
      case ON_TRACK -> {
        double chance = draw.fraction();
        yield chance < 0.12 ? ResultsLevel.OUTSTANDING : chance < 0.55 ? ResultsLevel.MAJOR : ResultsLevel.MARGINAL;
      }
      case WENT_BACK, UNDOCUMENTED -> draw.chance(0.45) ? ResultsLevel.MAJOR : ResultsLevel.MARGINAL;
      case DELAYED, OVERSPENT, SILENT_AFTER_FIRST, SILENT_AFTER_SECOND ->
          draw.chance(0.6) ? ResultsLevel.MARGINAL : ResultsLevel.DID_NOT_CHANGE;
      case OVERDUE -> ResultsLevel.DID_NOT_CHANGE;
    };
  }

  /** The (juror, proposal) pairs with a conflict of any kind, declared ones included. */
  private static Set<Pair> conflicted(Dossier dossier, Map<GovernmentId, Government> governments) {
    List<DeclaredConflict> declared = dossier.jury().conflicts().stream().map(d -> new DeclaredConflict(d.juror(),
        d.proposal().<ConflictTarget>map(ConflictTarget.OfProposal::new)
            .or(() -> d.government().map(ConflictTarget.OfGovernment::new))
            .orElseGet(() -> new ConflictTarget.OfOrganisation(d.organisation().orElseThrow())), d.reason())).toList();
    List<ProposalProfile> proposals = dossier.proposals().stream()
        .filter(p -> governments.containsKey(p.applicant()))
        .map(p -> ProposalProfile.of(p, governments.get(p.applicant()))).toList();
    List<Conflict> conflicts = ConflictDetector.detect(new ConflictInput(
        dossier.jury().jurors().stream().map(JurorProfile::of).toList(), proposals, declared,
        EnumSet.allOf(ConflictKind.class))).conflicts();
    Set<Pair> pairs = new HashSet<>();
    conflicts.forEach(c -> pairs.add(new Pair(c.juror(), c.proposal())));
    return pairs;
  }
}
