package org.convoca.monitoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.convoca.proposal.ProposalId;

/**
 * What monitoring concluded about a call's selected projects as of a date: each project's status,
 * completion, results, recognitions and gaps, explained, with a fingerprint of its own that names
 * the selection fingerprint it builds on.
 *
 * @param asOf the monitoring date: reports and results assessments up to it count
 * @param selectionFingerprint the fingerprint of the selection's outcome the projects come from
 * @param fingerprint the fingerprint of this monitoring outcome (see {@link org.convoca.outcome.MonitoringFingerprint})
 * @param projects one per selected project, in the selection's rank order
 * @param notes what a reader should know about the run, such as rule book warnings
 */
public record MonitoringOutcome(LocalDate asOf, String selectionFingerprint, String fingerprint,
    List<ProjectMonitoring> projects, List<String> notes) {

  /**
   * Checks that no part is missing and copies the lists.
   *
   * @param asOf the monitoring date
   * @param selectionFingerprint the fingerprint of the selection's outcome
   * @param fingerprint the fingerprint of this monitoring outcome
   * @param projects one per selected project, in the selection's rank order
   * @param notes what a reader should know about the run
   */
  public MonitoringOutcome {
    requireNonNull(asOf, "'asOf' must not be null");
    requireNonNull(selectionFingerprint, "'selectionFingerprint' must not be null");
    requireNonNull(fingerprint, "'fingerprint' must not be null");
    projects = List.copyOf(projects);
    notes = List.copyOf(notes);
  }

  /**
   * {@return the project {@code proposal}; empty when it is not one of the monitored projects}
   *
   * @param proposal the project's proposal id
   */
  public Optional<ProjectMonitoring> project(ProposalId proposal) {
    return projects.stream().filter(p -> p.proposal().equals(proposal)).findFirst();
  }

  /**
   * {@return the lessons for the next edition: completion and results by theme, level,
   * jurisdiction, co-creation, OGP Local track and selection score band}
   */
  public List<LessonGroup> lessons() {
    return Lessons.of(projects);
  }
}
