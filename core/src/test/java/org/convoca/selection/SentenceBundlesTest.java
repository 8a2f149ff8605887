package org.convoca.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.convoca.jury.agreement.AlphaUndefined;
import org.convoca.jury.conflict.ConflictDetector;
import org.convoca.language.Messages;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.review.JuryReview;
import org.convoca.validation.SelectionValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every family of sentences core writes into an outcome has, in its Spanish bundle, exactly the
 * keys of its English root with the same placeholders, and every pattern is one MessageFormat takes.
 */
class SentenceBundlesTest {

  static Stream<Arguments> families() {
    return Stream.of(
        Arguments.of(Messages.load("/org/convoca/selection/reasons", Selector.class::getResourceAsStream)),
        Arguments.of(Messages.load("/org/convoca/review/review", JuryReview.class::getResourceAsStream)),
        Arguments.of(Messages.load("/org/convoca/jury/conflict/conflicts", ConflictDetector.class::getResourceAsStream)),
        Arguments.of(Messages.load("/org/convoca/jury/agreement/agreement", AlphaUndefined.class::getResourceAsStream)),
        Arguments.of(Messages.load("/org/convoca/validation/violations", SelectionValidator.class::getResourceAsStream)),
        Arguments.of(Messages.load("/org/convoca/monitoring/explanation", MonitoringOutcome.class::getResourceAsStream)));
  }

  @ParameterizedTest
  @MethodSource("families")
  void theSpanishBundleHasTheKeysAndPlaceholdersOfTheRoot(Messages family) {
    assertThat(family.mismatches("")).isEmpty();
    assertThat(family.mismatches("es")).isEmpty();
    assertThat(family.patterns("es")).isNotEmpty().hasSameSizeAs(family.patterns(""));
  }
}
