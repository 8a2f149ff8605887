package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.call.FederalVocabulary;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.ProposalOutcome;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.junit.jupiter.api.Test;

/** The figures of the README's walkthrough of tiny-call.json are the ones the bundled rule book computes. */
class TinyCallWalkthroughTest {

  private static final Path README = Path.of("").toAbsolutePath().getParent().resolve("README.md");
  private final CallOutcome outcome = Convoca.withBundledRules().decide(BundledSamples.tinyCall());

  private ProposalOutcome proposal(String id) {
    return outcome.proposal(ProposalId.of(id)).orElseThrow();
  }

  @Test
  void theReadmeQuotesTheTotalsTheRuleBookComputes() throws IOException {
    String readme = Files.readString(README).replaceAll("\\s+", " ");

    assertThat(readme).contains("Rafaela's P-002 (total " + proposal("P-002").total().toPlainString() + ")")
        .contains("Salta's total of " + proposal("P-003").total().toPlainString())
        .contains("its total of " + proposal("P-004").total().toPlainString() + " is published");
  }

  @Test
  void theLateProposalIsScoredButNeverRanked() {
    ProposalOutcome late = proposal("P-004");

    assertThat(late.assessment().eligible()).isFalse();
    assertThat(late.total().signum()).isPositive();
    assertThat(late.rank()).isEmpty();
  }

  @Test
  void theJuryPointsComeFromTheMeanRoundedToTheHundredth() {
    // Scores 4.5, 5.0 and 4.5: the mean 4.666... is 4.67, and 4.67 of 5 is 9.34 of 10 points.
    assertThat(proposal("P-002").assessment().criterion(FederalVocabulary.JURY).orElseThrow().points())
        .isEqualByComparingTo("9.34");
  }
}
