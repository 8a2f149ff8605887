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

  static String firstProposalIdOf(java.nio.file.Path dossier) {
    return org.convoca.dossier.DossierReader.standard().read(dossier).proposals().get(0).id().value();
  }
}
