package org.convoca.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.convoca.selection.SelectionFixture.Bid.bid;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.convoca.assessment.Assessment;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.call.TieBreakKind;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.junit.jupiter.api.Test;

/**
 * The two ranking extensions of the call model: the {@link TieBreakKind#UNCOVERED_THEME} step, and
 * the ranking score that a criterion's ranking factor brings in place of the total.
 */
class RankingExtensionsTest {

  private static final List<Theme> THEMES = List.of(Theme.OPEN_DATA, Theme.PARTICIPATORY_BUDGETING, Theme.CIVIC_INNOVATION);

  private static final SelectionPolicy BY_THEME = SelectionPolicy.builder().slots(5)
      .addTieBreak(TieBreak.builder().kind(TieBreakKind.UNCOVERED_THEME).build()).build();

  @Test
  void ranksTheProposalWithAThemeNoHigherOneCoversFirstOnAnEqualTotal() {
    SelectionFixture f = SelectionFixture.aCall().policy(BY_THEME)
        .bid(bid("P-0").total("80").theme(Theme.OPEN_DATA))
        .bid(bid("P-1").total("70").theme(Theme.OPEN_DATA))
        .bid(bid("P-2").total("70").theme(Theme.PARTICIPATORY_BUDGETING));

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(ranking(s)).containsExactly("P-0", "P-2", "P-1");
    assertThat(s.ties()).singleElement().satisfies(t -> {
      assertThat(t.step().kind()).isEqualTo(TieBreakKind.UNCOVERED_THEME);
      assertThat(t.sentence()).isEqualTo("P-2 ranks above P-1 on an equal total of 70 because it works on "
          + "[PARTICIPATORY_BUDGETING], which no higher-ranked proposal works on, and P-1 works on none of the call's "
          + "themes that higher-ranked proposals leave uncovered.");
    });
  }

  @Test
  void goesOnToTheNextStepWhenBothOrNeitherCoverANewTheme() {
    SelectionFixture both = SelectionFixture.aCall().policy(BY_THEME)
        .bid(bid("P-1").total("70").theme(Theme.OPEN_DATA))
        .bid(bid("P-2").total("70").theme(Theme.PARTICIPATORY_BUDGETING));
    SelectionFixture neither = SelectionFixture.aCall().policy(BY_THEME)
        .bid(bid("P-0").total("90").theme(Theme.OPEN_DATA))
        .bid(bid("P-00").total("85").theme(Theme.PARTICIPATORY_BUDGETING))
        .bid(bid("P-2").total("70").theme(Theme.OPEN_DATA))
        .bid(bid("P-1").total("70").theme(Theme.PARTICIPATORY_BUDGETING));

    Selection first = Selector.select(both.dossier(), both.assessments());
    Selection second = Selector.select(neither.dossier(), neither.assessments());

    assertThat(ranking(first)).containsExactly("P-1", "P-2");
    assertThat(first.ties()).singleElement().satisfies(t -> assertThat(t.step().kind()).isEqualTo(TieBreakKind.PROPOSAL_ID));
    assertThat(ranking(second)).containsExactly("P-0", "P-00", "P-1", "P-2");
    assertThat(second.ties()).singleElement().satisfies(t -> assertThat(t.step().kind()).isEqualTo(TieBreakKind.PROPOSAL_ID));
  }

  @Test
  void countsTheThemesOfProposalsPlacedEarlierFromTheSameTie() {
    // All three tie and nobody ranks above: P-1 takes the first place by id (every theme is new),
    // then OPEN_DATA is covered, so P-3's PARTICIPATORY_BUDGETING goes before P-2's OPEN_DATA,
    // although P-2's id comes first.
    SelectionFixture f = SelectionFixture.aCall().policy(BY_THEME)
        .bid(bid("P-1").total("70").theme(Theme.OPEN_DATA))
        .bid(bid("P-2").total("70").theme(Theme.OPEN_DATA))
        .bid(bid("P-3").total("70").theme(Theme.PARTICIPATORY_BUDGETING));

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(ranking(s)).containsExactly("P-1", "P-3", "P-2");
    assertThat(s.ties()).extracting(t -> t.step().kind())
        .containsExactly(TieBreakKind.PROPOSAL_ID, TieBreakKind.UNCOVERED_THEME);
  }

  @Test
  void aThemeTheCallDoesNotNameCoversNothing() {
    SelectionFixture f = SelectionFixture.aCall().policy(BY_THEME)
        .bid(bid("P-0").total("80").theme(Theme.OPEN_DATA))
        .bid(bid("P-1").total("70").theme(Theme.CIVIC_INNOVATION))
        .bid(bid("P-2").total("70").theme(Theme.PARTICIPATORY_BUDGETING));

    assertThat(ranking(Selector.select(f.dossier(), f.assessments()))).containsExactly("P-0", "P-2", "P-1");
  }

  @Test
  void withoutTheStepTheSameTieIsBrokenByIdAsBefore() {
    SelectionFixture f = SelectionFixture.aCall()
        .bid(bid("P-0").total("80").theme(Theme.OPEN_DATA))
        .bid(bid("P-1").total("70").theme(Theme.OPEN_DATA))
        .bid(bid("P-2").total("70").theme(Theme.PARTICIPATORY_BUDGETING));

    assertThat(ranking(Selector.select(f.dossier(), f.assessments()))).containsExactly("P-0", "P-1", "P-2");
  }

  @Test
  void ranksByTheRankingScoreWhenACriterionHasARankingFactor() {
    // P-1 has the higher total, P-2 the higher ranking score: with a factor on a criterion the
    // ranking score decides, and the reasons and the tie sentence say so.
    SelectionFixture f = SelectionFixture.aCall().policy(SelectionPolicy.builder().slots(1).build())
        .bid(bid("P-1").total("80"))
        .bid(bid("P-2").total("70"))
        .bid(bid("P-3").total("60"));
    Dossier dossier = withFactor(f.dossier());
    List<Assessment> assessments = List.of(scored(f, "P-1", "90"), scored(f, "P-2", "95"), scored(f, "P-3", "95"));

    Selection s = Selector.select(dossier, assessments);

    assertThat(ranking(s)).containsExactly("P-2", "P-3", "P-1");
    assertThat(s.ranking().get(0).total()).isEqualByComparingTo("70");
    assertThat(s.decision(ProposalId.of("P-2")).orElseThrow().reason())
        .isEqualTo("Selected by merit: rank 1 of 3 with a total of 70 and a ranking score of 95, within the slots, "
            + "caps and budget of the call.");
    assertThat(s.ties()).singleElement().satisfies(t -> {
      assertThat(t.total()).isEqualByComparingTo("95");
      assertThat(t.sentence()).startsWith("P-2 ranks above P-3 on an equal ranking score of 95 because");
    });
  }

  @Test
  void aThemeTieIsRankedGreedilyWhateverTheOrderOfTheDossierAndARaisedProposalKeepsItsSeat() {
    // Totals among 60, 70 and 80 make ties; themes among two of the call's and one it does not list.
    qt(200).forAll(lists().of(integers().between(0, 26)).ofSizeBetween(1, 10), integers().between(1, 4),
            longs().all())
        .checkAssert((codes, slots, seed) -> {
          SelectionFixture f = SelectionFixture.aCall().policy(SelectionPolicy.builder().slots(slots)
              .totalBudget(org.convoca.value.Money.of(500, "ARS"))
              .addTieBreak(TieBreak.builder().kind(TieBreakKind.UNCOVERED_THEME).build()).build());
          for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            f.bid(bid(String.format("P-%02d", i)).total(String.valueOf(60 + 10 * (code % 3)))
                .theme(THEMES.get(code / 3 % 3)).request(100L * (1 + code / 9)));
          }
          Selection s = Selector.select(f.dossier(), f.assessments());
          Random random = new Random(seed);
          Dossier shuffled = f.dossier().withProposals(shuffle(f.dossier().proposals(), random));

          assertThat(Selector.select(shuffled, shuffle(f.assessments(), random))).isEqualTo(s);
          assertGreedyWithinTies(f.dossier(), s);
          for (ProposalId raised : s.selected()) {
            List<Assessment> higher = f.assessments().stream().map(a -> !a.proposalId().equals(raised) ? a
                : new Assessment(a.proposalId(), a.eligible(), a.checks(), a.criteria(), a.total().add(BigDecimal.TEN),
                    a.overallThreshold(), a.meetsOverallThreshold(), a.labels())).toList();
            assertThat(Selector.select(f.dossier(), higher).selected()).contains(raised);
          }
        });
  }

  /** Within a tie, once a proposal is placed that covers no new theme, no proposal of the tie placed after it does. */
  private static void assertGreedyWithinTies(Dossier dossier, Selection s) {
    Set<Theme> covered = new HashSet<>();
    BigDecimal groupTotal = null;
    boolean coveringDone = false;
    for (RankedProposal r : s.ranking()) {
      Set<Theme> themes = new HashSet<>(dossier.proposals().stream().filter(p -> p.id().equals(r.proposal()))
          .findFirst().orElseThrow().themes());
      themes.retainAll(dossier.call().themes());
      boolean coversNew = !covered.containsAll(themes);
      if (groupTotal == null || r.total().compareTo(groupTotal) != 0) {
        groupTotal = r.total();
        coveringDone = false;
      } else if (coveringDone) {
        assertThat(coversNew).as("%s covers a new theme after a tied proposal that covered none", r.proposal()).isFalse();
      }
      coveringDone |= !coversNew;
      covered.addAll(themes);
    }
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** The fixture's dossier with a ranking factor of 1.5 on its first criterion. */
  private static Dossier withFactor(Dossier dossier) {
    Call call = dossier.call();
    Criterion first = Criterion.copyOf(call.criteria().get(0)).withRankingFactor(new BigDecimal("1.5"));
    return dossier.withCall(call.withCriteria(first, call.criteria().get(1)));
  }

  /** The fixture's assessment of {@code id} with a ranking score. */
  private static Assessment scored(SelectionFixture f, String id, String rankingScore) {
    Assessment a = f.assessments().stream().filter(x -> x.proposalId().value().equals(id)).findFirst().orElseThrow();
    return new Assessment(a.proposalId(), a.eligible(), a.checks(), a.criteria(), a.total(), a.overallThreshold(),
        a.meetsOverallThreshold(), a.labels(), Optional.of(new BigDecimal(rankingScore)));
  }

  private static List<String> ranking(Selection s) {
    return s.ranking().stream().map(r -> r.proposal().value()).toList();
  }

}
