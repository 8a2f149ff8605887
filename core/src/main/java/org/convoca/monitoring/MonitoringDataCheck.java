package org.convoca.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierProblem;
import org.convoca.proposal.ProposalId;

/**
 * The checks of a dossier's monitoring data that need the selection and the monitoring date: the
 * reader cannot make them, since it knows neither.
 */
public final class MonitoringDataCheck {

  private MonitoringDataCheck() {}

  /**
   * Every problem of {@code dossier}'s monitoring data given the selection and the monitoring date,
   * each with its JSON path; empty when there is none.
   *
   * @param dossier the dossier, read and validated
   * @param selected the selected proposals
   * @param asOf the monitoring date
   * @return every problem, in the order of the dossier
   */
  public static List<DossierProblem> problems(Dossier dossier, Collection<ProposalId> selected, LocalDate asOf) {
    // SKELETON: helper "monitoring-data" implements the checks.
    return List.of();
  }
}
