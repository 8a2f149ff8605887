package org.convoca.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convoca.assessment.Assessment;
import org.convoca.call.CriterionId;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.call.TieBreakKind;
import org.convoca.dossier.Dossier;
import org.convoca.government.Government;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.junit.jupiter.api.Test;

/**
 * {@link TieBreakChain#rank}, which ranks a tie that uncovered themes may break in one pass, against
 * {@link TieBreakChain#rankOneByOne}, which takes the least of the tied proposals anew for each
 * place, as the class comment defines the order.
 */
class TieBreakChainTest {

  private static final List<Theme> THEMES = List.of(Theme.OPEN_DATA, Theme.PARTICIPATORY_BUDGETING, Theme.CIVIC_INNOVATION);

  @Test
  void rankingATieInOnePassGivesTheOrderOfTakingTheBestForEachPlace() {
    qt(500).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      SelectionFixture f = SelectionFixture.aCall().policy(SelectionPolicy.builder().slots(3).tieBreak(chain(random)).build());
      int bids = 1 + random.nextInt(40);
      for (int i = 0; i < bids; i++) {
        f.bid(SelectionFixture.Bid.bid(String.format("P-%02d", i))
            .total(String.valueOf(60 + 10 * random.nextInt(2)))
            .cocreation(String.valueOf(3 + random.nextInt(2)))
            .request(100L * (1 + random.nextInt(2)))
            .submittedAfter(random.nextInt(2))
            .theme(THEMES.get(random.nextInt(THEMES.size()))));
      }
      List<Candidate> rankable = candidates(f, random);
      TieBreakChain chain = new TieBreakChain(f.dossier().call());

      assertThat(chain.rank(rankable)).containsExactlyElementsOf(chain.rankOneByOne(rankable));
    });
  }

  @Test
  void aLargeTieIsRankedAsOneByOne() {
    SelectionFixture f = SelectionFixture.aCall().policy(SelectionPolicy.builder().slots(3)
        .addTieBreak(TieBreak.builder().kind(TieBreakKind.EARLIER_SUBMISSION).build())
        .addTieBreak(TieBreak.builder().kind(TieBreakKind.UNCOVERED_THEME).build()).build());
    for (int i = 0; i < 2_000; i++) {
      f.bid(SelectionFixture.Bid.bid(String.format("P-%04d", i)).submittedAfter(i % 3).theme(THEMES.get(i * 7 % 3)));
    }
    List<Candidate> rankable = candidates(f, new Random(1));
    TieBreakChain chain = new TieBreakChain(f.dossier().call());

    assertThat(chain.rank(rankable)).containsExactlyElementsOf(chain.rankOneByOne(rankable));
  }

  /** Uncovered themes somewhere in a chain of the other steps, sometimes twice, sometimes after the id. */
  private static List<TieBreak> chain(Random random) {
    List<TieBreak> steps = new ArrayList<>(List.of(
        TieBreak.builder().kind(TieBreakKind.CRITERION).criterion(CriterionId.of("cocreation")).build(),
        TieBreak.builder().kind(TieBreakKind.EARLIER_SUBMISSION).build(),
        TieBreak.builder().kind(TieBreakKind.LOWER_REQUEST).build()));
    Collections.shuffle(steps, random);
    List<TieBreak> chain = new ArrayList<>(steps.subList(0, random.nextInt(steps.size() + 1)));
    TieBreak theme = TieBreak.builder().kind(TieBreakKind.UNCOVERED_THEME).build();
    chain.add(random.nextInt(chain.size() + 1), theme);
    if (random.nextInt(4) == 0) {
      chain.add(random.nextInt(chain.size() + 1), theme);
    }
    if (random.nextInt(4) == 0) {
      chain.add(random.nextInt(chain.size() + 1), TieBreak.builder().kind(TieBreakKind.PROPOSAL_ID).build());
    }
    return chain;
  }

  /** The fixture's proposals as candidates, in a random order. */
  private static List<Candidate> candidates(SelectionFixture f, Random random) {
    Dossier dossier = f.dossier();
    Map<ProposalId, Assessment> assessments = f.assessments().stream()
        .collect(Collectors.toMap(Assessment::proposalId, Function.identity()));
    Map<?, Government> governments = dossier.governments().stream()
        .collect(Collectors.toMap(Government::id, Function.identity()));
    List<Candidate> candidates = new ArrayList<>(dossier.proposals().stream()
        .map(p -> new Candidate(p, assessments.get(p.id()), governments.get(p.applicant()), Optional.empty()))
        .toList());
    Collections.shuffle(candidates, random);
    return candidates;
  }
}
