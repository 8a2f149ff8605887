package org.convoca.sample;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.convoca.call.MonitoringParameters;
import org.convoca.dossier.Dossier;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.MilestoneStatus;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.Proposal;
import org.convoca.value.Money;
import org.quicktheories.core.Gen;

/**
 * Random monitoring data for a dossier, for property tests: progress reports on its proposals'
 * milestones, results assessments signed by its jurors, and monitoring parameters. The data passes
 * the reader (one report and one assessment per proposal and day, jurors and evidence once, a
 * reason wherever a milestone could go back from complete) but says nothing of the selection: the
 * reports may be on any proposal, on any day of 2022.
 */
public final class MonitoringData {

  private MonitoringData() {}

  /** {@code dossier} with monitoring data drawn from random seeds and sizes (0 to 12 reports, 0 to 6 assessments). */
  public static Gen<Dossier> addedTo(Dossier dossier) {
    return longs().all().zip(integers().between(0, 12), integers().between(0, 6),
        (seed, reports, assessments) -> added(dossier, new Random(seed), reports, assessments));
  }

  /** {@code dossier} with {@code reports} progress reports, {@code assessments} results assessments and monitoring parameters drawn with {@code random}. */
  public static Dossier added(Dossier dossier, Random random, int reports, int assessments) {
    if (dossier.proposals().isEmpty()) {
      return dossier;
    }
    List<ProgressReport> progress = new ArrayList<>(dossier.progressReports());
    // Funds spent and people reached are counted so far: each report of a proposal adds to its last.
    java.util.Map<Object, int[]> soFar = new java.util.HashMap<>();
    for (int r = 0; r < reports; r++) {
      Proposal proposal = dossier.proposals().get(random.nextInt(dossier.proposals().size()));
      int[] totals = soFar.computeIfAbsent(proposal.id(), id -> new int[2]);
      totals[0] += random.nextInt(5000);
      totals[1] += random.nextInt(3_000_000);
      List<MilestoneStatus> statuses = new ArrayList<>();
      for (Milestone milestone : proposal.milestones()) {
        if (random.nextBoolean()) {
          statuses.add(MilestoneStatus.builder().milestone(milestone.id())
              .completion(CompletionLevel.values()[random.nextInt(CompletionLevel.values().length)])
              .evidence(random.nextBoolean() ? List.of("https://example.gob.ar/" + r + "/" + milestone.id()) : List.of())
              .reason("Drawn at random, " + r)
              .build());
        }
      }
      progress.add(ProgressReport.builder().proposal(proposal.id()).date(LocalDate.of(2022, 1, 1).plusDays(r))
          .milestones(statuses).participants(totals[0])
          .fundsSpent(Money.of(totals[1], FederalCall.CURRENCY))
          .narrative(random.nextBoolean() ? Optional.of("Period " + r + ".\nAll well.") : Optional.empty())
          .build());
    }
    List<ResultsAssessment> results = new ArrayList<>(dossier.resultsAssessments());
    List<JurorId> jurors = dossier.jury().jurors().stream().map(Juror::id).toList();
    for (int a = 0; a < assessments && !jurors.isEmpty(); a++) {
      Proposal proposal = dossier.proposals().get(random.nextInt(dossier.proposals().size()));
      List<JurorId> signed = new ArrayList<>(jurors);
      java.util.Collections.shuffle(signed, random);
      results.add(ResultsAssessment.builder().proposal(proposal.id()).date(LocalDate.of(2022, 12, 1).plusDays(a))
          .results(ResultsLevel.values()[random.nextInt(ResultsLevel.values().length)])
          .evidence(List.of("https://example.gob.ar/results/" + a))
          .jurors(signed.subList(0, 1 + random.nextInt(signed.size())))
          .reasoning(random.nextBoolean() ? Optional.of("Reasoned " + a) : Optional.empty())
          .build());
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (random.nextBoolean()) {
      parameters.put(MonitoringParameters.SELECTION_DATE, "2021-12-" + (10 + random.nextInt(10)));
    }
    for (String name : MonitoringParameters.DEFAULTS.keySet()) {
      if (random.nextBoolean()) {
        parameters.put(name, BigDecimal.valueOf(random.nextInt(name.equals(MonitoringParameters.SUBSTANTIAL_SHARE) ? 101 : 200)));
      }
    }
    return dossier.withProgressReports(progress).withResultsAssessments(results)
        .withCall(dossier.call().withMonitoring(MonitoringParameters.of(parameters)));
  }
}
