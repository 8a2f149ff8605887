package org.convoca.jury.agreement;

/**
 * The usual reading of an alpha, after Krippendorff (2004), <i>Content Analysis</i>, 2nd ed.,
 * chapter 11: rely on data with alpha of at least 0.800, draw only tentative conclusions from
 * data with alpha between 0.667 and 0.800, and do not rely on data below. The thresholds apply to
 * the unrounded alpha.
 */
public enum Reading {
  /** Alpha of at least {@value #RELIABLE_FROM}: the jurors' scores can be relied on. */
  RELIABLE,
  /** Alpha of at least {@value #TENTATIVE_FROM} and below {@value #RELIABLE_FROM}: tentative conclusions only. */
  TENTATIVE,
  /** Alpha below {@value #TENTATIVE_FROM}: the scores say more about who scored than about the proposals. */
  UNRELIABLE;

  /** The least alpha read as {@link #RELIABLE}. */
  public static final double RELIABLE_FROM = 0.800;

  /** The least alpha read as {@link #TENTATIVE}. */
  public static final double TENTATIVE_FROM = 0.667;

  /**
   * The reading of {@code alpha}.
   *
   * @param alpha an alpha, a finite number
   * @return the reading of {@code alpha}
   * @throws IllegalArgumentException when {@code alpha} is not finite
   */
  public static Reading of(double alpha) {
    if (!Double.isFinite(alpha)) {
      throw new IllegalArgumentException("'alpha' must be a finite number, was " + alpha);
    }
    if (alpha >= RELIABLE_FROM) {
      return RELIABLE;
    }
    return alpha >= TENTATIVE_FROM ? TENTATIVE : UNRELIABLE;
  }
}
