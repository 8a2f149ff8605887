package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.testing.ProposalFixtures.aCompleteProposal;
import static org.convoca.testing.DossierFixtures.aDossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules that never stop are stopped: a firing limit per batch, scaled by its proposals, and a time limit per run. */
class RuleLimitsTest {

  private static final String HEADER = """
      package org.convoca.rules.federal;

      import org.convoca.proposal.Proposal;

      """;
  private static final ProposalId PROPOSAL = aCompleteProposal().id();

  @TempDir
  Path temp;

  @Test
  void stopsARuleThatReFiresItselfNamingItItsFileAndTheProposal() {
    Path dir = HostileRules.reFiringItself(temp);
    // Beside the bundled rules, which it sets off again with each update of the proposal.
    RuleBook book = RuleBook.builder().bundled().folder(dir).build().withLimits(new RuleLimits(50, Duration.ofMinutes(1)));

    assertThatThrownBy(() -> book.assess(aDossier(aCompleteProposal())))
        .isInstanceOfSatisfying(RuleLimitException.class, e -> {
          assertThat(e.limit()).isEqualTo(RuleLimitException.Limit.FIRINGS);
          assertThat(e.rule()).isEqualTo(HostileRules.RE_FIRES_ITSELF);
          assertThat(e.proposal()).contains(PROPOSAL);
          assertThat(e.file()).contains(dir.resolve("loop.drl").toString());
          assertThat(e.firingLimit()).isEqualTo(50);
          assertThat(e.firings()).isEqualTo(51);
          assertThat(e.ruleFirings()).isGreaterThan(25).isLessThanOrEqualTo(51);
          assertThat(e.getMessage()).contains("more than 50 times on a batch of 1 proposal", "'Re-fires itself'",
              "'" + PROPOSAL + "'");
        });
  }

  @Test
  void stopsARuleThatInsertsAFactItMatchesOnEveryFiring() {
    RuleBook book = RuleBook.ownRules(List.of(HostileRules.insertingWhatItMatches(temp)))
        .withLimits(RuleLimits.defaults().withFiringsPerProposal(200));

    assertThatThrownBy(() -> book.assess(aDossier(aCompleteProposal())))
        .isInstanceOfSatisfying(RuleLimitException.class, e -> {
          assertThat(e.limit()).isEqualTo(RuleLimitException.Limit.FIRINGS);
          assertThat(e.rule()).isEqualTo(HostileRules.GROWS_LABELS);
          assertThat(e.proposal()).contains(PROPOSAL);
          assertThat(e.firings()).isGreaterThan(200).isLessThan(210);
          assertThat(e.ruleFirings()).isGreaterThanOrEqualTo(199).isLessThan(e.firings());
        });
  }

  @Test
  void givesEachBatchAnAllowanceScaledByItsProposals() throws IOException {
    Path dir = folder("five.drl", """
        rule "Counts to five on proposal P-A"
        // Fires five times for P-A and never for any other proposal.
        when
            $p : Proposal( id.value == "P-A" )
            $n : Integer() from java.util.List.of(1, 2, 3, 4, 5)
        then
        end
        """);
    RuleBook book = RuleBook.ownRules(List.of(dir)).withLimits(RuleLimits.defaults().withFiringsPerProposal(3));
    var a = aCompleteProposal().withId(ProposalId.of("P-A"));
    var b = aCompleteProposal().withId(ProposalId.of("P-B"));

    assertThat(book.assess(aDossier(a, b))).hasSize(2);
    assertThatThrownBy(() -> book.assess(aDossier(a)))
        .isInstanceOfSatisfying(RuleLimitException.class, e -> {
          assertThat(e.firingLimit()).isEqualTo(3);
          assertThat(e.rule()).isEqualTo("Counts to five on proposal P-A");
          assertThat(e.proposal()).contains(ProposalId.of("P-A"));
        });
  }

  @Test
  void stopsARunThatGoesPastItsTimeLimit() throws IOException {
    Path dir = folder("slow.drl", """
        rule "Re-fires itself slowly"
        // Each firing computes for a while, then makes the rule match again.
        when
            $p : Proposal()
        then
            double sum = 0;
            for (int i = 0; i < 200000; i++) { sum += Math.sqrt(i); }
            update($p);
        end
        """);
    RuleBook book = RuleBook.ownRules(List.of(dir)).withLimits(new RuleLimits(1_000_000, Duration.ofMillis(300)));

    long started = System.nanoTime();
    assertThatThrownBy(() -> book.assess(aDossier(aCompleteProposal())))
        .isInstanceOfSatisfying(RuleLimitException.class, e -> {
          assertThat(e.limit()).isEqualTo(RuleLimitException.Limit.TIME);
          assertThat(e.rule()).isEqualTo("Re-fires itself slowly");
          assertThat(e.proposal()).contains(PROPOSAL);
          assertThat(e.timeLimit()).isEqualTo(Duration.ofMillis(300));
          assertThat(e.getMessage()).contains("longer than the time limit of 0.3 s");
        });
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void runsTheBundledBookWellWithinTheDefaults() {
    RuleBook book = RuleBook.bundled();

    assertThat(book.limits()).isEqualTo(RuleLimits.defaults());
    assertThat(book.withLimits(RuleLimits.defaults().withFiringsPerProposal(100)).assess(aDossier(aCompleteProposal())))
        .hasSize(1);
  }

  @Test
  void refusesLimitsThatWouldStopEverything() {
    assertThatThrownBy(() -> new RuleLimits(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'firingsPerProposal' must be at least 1");
    assertThatThrownBy(() -> RuleLimits.defaults().withTimeLimit(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'timeLimit' must be positive");
  }

  private Path folder(String file, String drl) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("rules"));
    Files.writeString(dir.resolve(file), HEADER + drl);
    return dir;
  }
}
