package org.convoca.validation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convoca.call.MonitoringParameters;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierProblem;
import org.convoca.jury.JurorId;
import org.convoca.jury.conflict.Conflict;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.proposal.ProposalId;
import org.convoca.review.PanelConflicts;

/**
 * The checks of a dossier's monitoring data that need the selection and the monitoring date: the
 * reader cannot make them, since it knows neither. Each problem has its JSON path:
 *
 * <ul>
 *   <li>a progress report or results assessment on a proposal that was not selected, at its
 *       {@code proposal};
 *   <li>one dated after the monitoring date, or before the selection (the call's
 *       {@code monitoring.selectionDate} when it gives one, else the start of the implementation
 *       window), at its {@code date};
 *   <li>a results assessment signed by a juror who has a conflict of interest with the project, of
 *       a kind the call's jury policy applies ({@link PanelConflicts}, {@code DECLARED} always), at
 *       the juror's place in its {@code jurors}, with the conflict's reason.
 * </ul>
 *
 * <p>It lives here rather than in {@code org.convoca.monitoring}, whose values the dossier holds,
 * because it reads the whole dossier and the jury's conflicts: there it would make the packages
 * depend on each other.
 */
public final class MonitoringDataCheck {

  private record Pair(JurorId juror, ProposalId proposal) {}

  private MonitoringDataCheck() {}

  /**
   * Every problem of {@code dossier}'s monitoring data given the selection and the monitoring date,
   * each with its JSON path; empty when there is none.
   *
   * @param dossier the dossier, as {@link org.convoca.dossier.DossierReader} returns it (no dangling reference)
   * @param selected the selected proposals
   * @param asOf the monitoring date
   * @return every problem, in the order of the dossier: the progress reports', then the results
   *     assessments', each one's in the order proposal, date, jurors
   * @throws NullPointerException when an argument is null
   */
  public static List<DossierProblem> problems(Dossier dossier, Collection<ProposalId> selected, LocalDate asOf) {
    requireNonNull(dossier, "dossier");
    requireNonNull(asOf, "asOf");
    Set<ProposalId> chosen = Set.copyOf(selected);
    Opening opening = Opening.of(dossier);
    List<DossierProblem> problems = new ArrayList<>();
    if (asOf.isBefore(opening.day())) {
      problems.add(DossierProblem.at(dossier.call().monitoring().selectionDate().isPresent()
          ? "$.call.monitoring." + MonitoringParameters.SELECTION_DATE : "$.call.implementationWindow.start",
          "the monitoring date " + asOf + " is before " + opening.source() + ", " + opening.day()
          + ": nothing selected can be monitored before it"));
    }
    for (int r = 0; r < dossier.progressReports().size(); r++) {
      ProgressReport report = dossier.progressReports().get(r);
      String path = "$.progressReports[" + r + "]";
      notSelected(report.proposal(), chosen, path, "reports", problems);
      dated(report.date(), opening, asOf, path, problems);
    }
    Map<Pair, List<Conflict>> conflicts = dossier.resultsAssessments().isEmpty() ? Map.of() : conflicts(dossier);
    for (int a = 0; a < dossier.resultsAssessments().size(); a++) {
      ResultsAssessment assessment = dossier.resultsAssessments().get(a);
      String path = "$.resultsAssessments[" + a + "]";
      notSelected(assessment.proposal(), chosen, path, "has its results assessed", problems);
      dated(assessment.date(), opening, asOf, path, problems);
      for (int j = 0; j < assessment.jurors().size(); j++) {
        JurorId juror = assessment.jurors().get(j);
        List<Conflict> found = conflicts.getOrDefault(new Pair(juror, assessment.proposal()), List.of());
        if (!found.isEmpty()) {
          problems.add(DossierProblem.at(path + ".jurors[" + j + "]", "juror '" + juror
              + "' has a conflict of interest with proposal '" + assessment.proposal() + "' ("
              + found.stream().map(c -> c.kind() + ": " + c.reason()).collect(Collectors.joining("; "))
              + "); a conflicted juror does not assess the project's results"));
        }
      }
    }
    return List.copyOf(problems);
  }

  /** When the selection was made, and where the dossier says so. */
  private record Opening(LocalDate day, String source) {

    static Opening of(Dossier dossier) {
      return new Opening(dossier.call().selectionDate(), dossier.call().monitoring().selectionDate().isPresent()
          ? "the selection date (call.monitoring." + MonitoringParameters.SELECTION_DATE + ")"
          : "the start of the implementation window, which counts as the selection date when call.monitoring gives none");
    }
  }

  private static void notSelected(ProposalId proposal, Set<ProposalId> selected, String path, String what,
      List<DossierProblem> problems) {
    if (!selected.contains(proposal)) {
      problems.add(DossierProblem.at(path + ".proposal", "proposal '" + proposal
          + "' was not selected; only a selected project " + what));
    }
  }

  private static void dated(LocalDate date, Opening opening, LocalDate asOf, String path, List<DossierProblem> problems) {
    if (date.isAfter(asOf)) {
      problems.add(DossierProblem.at(path + ".date", "is " + date + ", after the monitoring date " + asOf
          + "; monitoring as of a date reads only what was known by then"));
    } else if (date.isBefore(opening.day())) {
      problems.add(DossierProblem.at(path + ".date", "is " + date + ", before " + opening.day() + ", "
          + opening.source()));
    }
  }

  private static Map<Pair, List<Conflict>> conflicts(Dossier dossier) {
    Map<Pair, List<Conflict>> byPair = new HashMap<>();
    for (Conflict conflict : PanelConflicts.of(dossier).conflicts()) {
      byPair.computeIfAbsent(new Pair(conflict.juror(), conflict.proposal()), p -> new ArrayList<>()).add(conflict);
    }
    return byPair;
  }
}
