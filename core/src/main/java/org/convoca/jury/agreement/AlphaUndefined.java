package org.convoca.jury.agreement;

import org.convoca.language.Language;
import org.convoca.language.Messages;

/** Why the data give no alpha. Each case is checked on the data, not on a rounded result. */
public enum AlphaUndefined {
  /** No proposal has two or more scores, so no two values can be paired and nothing can be compared. */
  NO_PAIRABLE_VALUES,
  /**
   * Only one proposal has two or more scores. Krippendorff's formula then gives 0 whatever the
   * scores, because all the variation it sees is within that proposal; a number that does not
   * depend on the data measures nothing, so none is reported.
   */
  ONE_UNIT,
  /**
   * Every pairable score has the same value: the expected disagreement is 0 and alpha is 0/0.
   * The jurors agree, but the data cannot show that they would tell different proposals apart.
   */
  NO_VARIATION;

  private static final Messages TEXTS =
      Messages.load("/org/convoca/jury/agreement/agreement", AlphaUndefined.class::getResourceAsStream);

  /** {@return Why, in an English sentence that can be published after "No alpha: "} */
  public String sentence() {
    return sentence(Language.ENGLISH);
  }

  /**
   * {@return Why, in a sentence of {@code language} that can be published after "No alpha: " or its translation}
   *
   * @param language the language to write in, such as the call's ({@link org.convoca.call.Call#writtenIn()})
   */
  public String sentence(Language language) {
    return TEXTS.format(language, getDeclaringClass().getSimpleName() + "." + name());
  }
}
