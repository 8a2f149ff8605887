package org.convoca.rules.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import org.convoca.monitoring.CompletionLevel;

/**
 * The IRM completion scale as points, for the monitoring rules and the monitoring outcome's
 * {@code completionShare}: a milestone counts 0 when it counts as no evidence or not started, 1
 * when limited, 2 when substantial and 3 when complete; a group of milestones has the share of the
 * points it could have, as a percentage.
 */
public final class CompletionScale {

  /** The points of a complete milestone. */
  public static final int MAX_POINTS = 3;

  private CompletionScale() {}

  /**
   * {@return the points of one milestone at {@code level}: 0, 1, 2 or 3}
   *
   * @param level how far it counts as completed
   */
  public static int points(CompletionLevel level) {
    return switch (level) {
      case NO_EVIDENCE, NOT_STARTED -> 0;
      case LIMITED -> 1;
      case SUBSTANTIAL -> 2;
      case COMPLETE -> MAX_POINTS;
    };
  }

  /**
   * {@return the points of milestones at {@code levels}, summed}
   *
   * @param levels {@link CompletionLevel}s, as a rule's {@code collectList} gives them
   */
  public static int points(Collection<?> levels) {
    return levels.stream().mapToInt(l -> points((CompletionLevel) l)).sum();
  }

  /**
   * {@return the points of milestones at {@code levels} as a percentage of 3 per milestone, 2
   * decimals, half up; 0 for no milestone}
   *
   * @param levels {@link CompletionLevel}s, as a rule's {@code collectList} gives them
   */
  public static BigDecimal share(Collection<?> levels) {
    if (levels.isEmpty()) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(100L * points(levels))
        .divide(BigDecimal.valueOf((long) MAX_POINTS * levels.size()), 2, RoundingMode.HALF_UP);
  }

  /**
   * {@return how many of {@code levels} are {@code level}}
   *
   * @param levels {@link CompletionLevel}s, as a rule's {@code collectList} gives them
   * @param level the level to count
   */
  public static int count(Collection<?> levels, CompletionLevel level) {
    return (int) levels.stream().filter(level::equals).count();
  }

  /**
   * {@return whether every one of {@code levels} is {@code level}; true for none}
   *
   * @param levels {@link CompletionLevel}s, as a rule's {@code collectList} gives them
   * @param level the level
   */
  public static boolean all(Collection<?> levels, CompletionLevel level) {
    return count(levels, level) == levels.size();
  }
}
