package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainCommandTest {

  @Test
  void explainsAProposalFromChecksToDecision() {
    String id = firstProposalIdOf(Cli.TINY);

    Cli run = Cli.run("explain", Cli.TINY.toString(), id);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(id + " ")
        .contains("Eligibility: ")
        .contains("Points")
        .contains("Total ")
        .contains("Rank: ")
        .contains("Decision: ");
  }

  @Test
  void refusesAnUnknownProposal() {
    Cli run = Cli.run("explain", Cli.TINY.toString(), "P-NOPE");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("proposal 'P-NOPE' is not in");
  }

  @Test
  void refusesAnArgumentThatIsNotAnIdWithoutEchoingIt() {
    Cli run = Cli.run("explain", Cli.TINY.toString(), "P-001\u001b[2J\u0007");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).singleElement().asString().startsWith("PROPOSAL_ID must be an id: ");
    assertThat(run.err()).doesNotContain("\u001b", "\u0007");
    assertThat(run.out()).isEmpty();
  }

  static String firstProposalIdOf(java.nio.file.Path dossier) {
    return org.convoca.dossier.DossierReader.standard().read(dossier).proposals().get(0).id().value();
  }
}
