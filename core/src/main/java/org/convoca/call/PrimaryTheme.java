package org.convoca.call;

import java.util.List;
import java.util.Optional;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.Theme;

/**
 * A proposal's primary theme in a call: the first of the proposal's themes that the call names. A
 * proposal lists its themes most important first, and only the call's themes count, so a first
 * theme the call does not fund gives way to the next one it does. The one definition of the
 * outcome's {@code theme}, its summary by theme and the {@code PRIMARY_THEME} label of the bundled
 * rule book.
 */
public final class PrimaryTheme {

  private PrimaryTheme() {}

  /**
   * The primary theme of {@code proposal} in {@code call}.
   *
   * @param proposal the proposal whose themes are looked at
   * @param call the call whose themes count
   * @return the first of the proposal's themes that the call names; empty when the call names none
   *     of them
   * @throws NullPointerException when either argument is null
   */
  public static Optional<Theme> of(Proposal proposal, Call call) {
    return proposal.themes().stream().filter(call.themes()::contains).findFirst();
  }

  /**
   * As {@link #of}, as a list of at most one theme, for rules that match it with {@code from}.
   *
   * @param proposal the proposal whose themes are looked at
   * @param call the call whose themes count
   * @return the primary theme alone, or no theme when the call names none of the proposal's
   * @throws NullPointerException when either argument is null
   */
  public static List<Theme> asList(Proposal proposal, Call call) {
    return of(proposal, call).stream().toList();
  }
}
