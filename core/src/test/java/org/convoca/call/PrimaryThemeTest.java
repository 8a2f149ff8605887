package org.convoca.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.convoca.dossier.Dossier;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.Theme;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;

class PrimaryThemeTest {

  private final Dossier dossier = DossierGenerator.withSeed(1).proposals(1).generate();
  private final Call call = dossier.call().withThemes(Theme.OPEN_DATA, Theme.PUBLIC_MONITORING);
  private final Proposal proposal = dossier.proposals().get(0);

  @Test
  void isTheFirstOfTheProposalsThemesThatTheCallNames() {
    Proposal p = proposal.withThemes(Theme.of("ROAD_WORKS"), Theme.PUBLIC_MONITORING, Theme.OPEN_DATA);

    assertThat(PrimaryTheme.of(p, call)).contains(Theme.PUBLIC_MONITORING);
    assertThat(PrimaryTheme.asList(p, call)).containsExactly(Theme.PUBLIC_MONITORING);
  }

  @Test
  void followsTheProposalsOrderNotTheCalls() {
    Proposal p = proposal.withThemes(Theme.PUBLIC_MONITORING, Theme.OPEN_DATA);

    assertThat(PrimaryTheme.of(p, call)).contains(Theme.PUBLIC_MONITORING);
  }

  @Test
  void isEmptyWhenTheCallNamesNoneOfTheProposalsThemes() {
    Proposal p = proposal.withThemes(Theme.of("ROAD_WORKS"));

    assertThat(PrimaryTheme.of(p, call)).isEmpty();
    assertThat(PrimaryTheme.asList(p, call)).isEmpty();
  }
}
