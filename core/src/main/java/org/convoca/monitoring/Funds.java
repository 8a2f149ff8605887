package org.convoca.monitoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.convoca.value.Money;

/**
 * A project's spending against its completion as of the monitoring date.
 *
 * @param requested the funds the proposal requested from the program
 * @param spent the funds spent so far, as the latest report says (zero before the first report)
 * @param spentShare {@code spent} as a percentage of {@code requested}, 2 decimals, half up
 * @param completionShare the project's milestone progress as a percentage (each milestone counts
 *     0 when it counts as no evidence or not started, 1 when limited, 2 when substantial, 3 when
 *     complete, out of 3 per milestone), 2 decimals, half up
 */
public record Funds(Money requested, Money spent, BigDecimal spentShare, BigDecimal completionShare) {

  /**
   * Checks that no part is missing.
   *
   * @param requested the funds the proposal requested from the program
   * @param spent the funds spent so far
   * @param spentShare {@code spent} as a percentage of {@code requested}
   * @param completionShare the project's milestone progress as a percentage
   */
  public Funds {
    requireNonNull(requested, "'requested' must not be null");
    requireNonNull(spent, "'spent' must not be null");
    requireNonNull(spentShare, "'spentShare' must not be null");
    requireNonNull(completionShare, "'completionShare' must not be null");
  }
}
