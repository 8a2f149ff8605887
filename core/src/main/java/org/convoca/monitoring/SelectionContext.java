package org.convoca.monitoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.convoca.call.TrackId;
import org.convoca.government.GovernmentId;
import org.convoca.government.GovernmentLevel;
import org.convoca.government.JurisdictionCode;
import org.convoca.proposal.Theme;

/**
 * What the selection said about a monitored project: who runs it, where, on which theme, how it
 * was co-created and how it scored. The lessons for the next edition group projects by it.
 *
 * @param title the proposal's title
 * @param government the applicant government
 * @param level the applicant's level
 * @param jurisdiction the first-level jurisdiction (province) the applicant is in
 * @param primaryTheme the proposal's primary theme
 * @param coCreated whether the assessment labelled it {@code CO_CREATED}
 * @param tracks the tracks it was placed in, such as {@code ogp-local}, sorted
 * @param total its total at selection
 * @param rank its rank at selection, from 1
 */
public record SelectionContext(String title, GovernmentId government, GovernmentLevel level,
    JurisdictionCode jurisdiction, Theme primaryTheme, boolean coCreated, List<TrackId> tracks,
    BigDecimal total, int rank) {

  /**
   * Checks that no part is missing and copies the tracks.
   *
   * @param title the proposal's title
   * @param government the applicant government
   * @param level the applicant's level
   * @param jurisdiction the first-level jurisdiction (province) the applicant is in
   * @param primaryTheme the proposal's primary theme
   * @param coCreated whether the assessment labelled it {@code CO_CREATED}
   * @param tracks the tracks it was placed in, such as {@code ogp-local}, sorted
   * @param total its total at selection
   * @param rank its rank at selection, from 1
   */
  public SelectionContext {
    requireNonNull(title, "'title' must not be null");
    requireNonNull(government, "'government' must not be null");
    requireNonNull(level, "'level' must not be null");
    requireNonNull(jurisdiction, "'jurisdiction' must not be null");
    requireNonNull(primaryTheme, "'primaryTheme' must not be null");
    tracks = List.copyOf(tracks);
    requireNonNull(total, "'total' must not be null");
  }
}
