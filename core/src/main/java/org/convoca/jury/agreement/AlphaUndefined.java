package org.convoca.jury.agreement;

/** Why the data give no alpha. Each case is checked on the data, not on a rounded result. */
public enum AlphaUndefined {
  /** No proposal has two or more scores, so no two values can be paired and nothing can be compared. */
  NO_PAIRABLE_VALUES("no proposal has two or more scores, so no two scores can be compared"),
  /**
   * Only one proposal has two or more scores. Krippendorff's formula then gives 0 whatever the
   * scores, because all the variation it sees is within that proposal; a number that does not
   * depend on the data measures nothing, so none is reported.
   */
  ONE_UNIT("only one proposal has two or more scores, so agreement on proposals cannot be told from disagreement"),
  /**
   * Every pairable score has the same value: the expected disagreement is 0 and alpha is 0/0.
   * The jurors agree, but the data cannot show that they would tell different proposals apart.
   */
  NO_VARIATION("every score has the same value, so the scores cannot show whether jurors tell proposals apart");

  private final String sentence;

  AlphaUndefined(String sentence) {
    this.sentence = sentence;
  }

  /** {@return Why, in a sentence that can be published after "No alpha: "} */
  public String sentence() {
    return sentence;
  }
}
