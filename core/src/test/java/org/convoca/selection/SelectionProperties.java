package org.convoca.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convoca.call.SelectionPolicy;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

class SelectionProperties {

  @Test
  void theSelectionNeverExceedsTheSlotsTheCapsOrTheBudget() {
    qt(300).forAll(Scenarios.calls()).checkAssert(SelectionProperties::staysWithinTheSlotsTheCapsAndTheBudget);
  }

  private static void staysWithinTheSlotsTheCapsAndTheBudget(SelectionFixture f) {
    Dossier dossier = f.dossier();
    SelectionPolicy policy = dossier.call().policy();
    List<Proposal> chosen = proposals(dossier, Selector.select(dossier, f.assessments()).selected());

    assertThat(chosen.size()).isLessThanOrEqualTo(policy.slots());
    policy.perGovernmentCap().ifPresent(cap -> assertThat(countBy(chosen, p -> p.applicant().value()).values())
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(cap.longValue())));
    policy.perJurisdictionCap().ifPresent(cap -> assertThat(countBy(chosen, p -> jurisdiction(dossier, p)).values())
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(cap.longValue())));
    policy.totalBudget().ifPresent(budget -> assertThat(chosen.stream()
        .map(p -> p.funding().requested().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isLessThanOrEqualTo(budget.amount()));
  }

  @Test
  void everyProposalEndsWithExactlyOneDecisionAndOnlyRankedOnesAreSelected() {
    qt(300).forAll(Scenarios.calls()).checkAssert(SelectionProperties::decidesEachProposalOnce);
  }

  private static void decidesEachProposalOnce(SelectionFixture f) {
    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(s.decisions()).extracting(Decision::proposal)
        .containsExactlyElementsOf(f.bids().stream().map(b -> ProposalId.of(b.id())).sorted().toList());
    assertThat(s.decisions()).allSatisfy(d -> assertThat(d.reason()).isNotBlank());
    assertThat(s.selected()).containsExactlyInAnyOrderElementsOf(
        s.decisions().stream().filter(Decision::selected).map(Decision::proposal).toList());
    List<ProposalId> ranked = s.ranking().stream().map(RankedProposal::proposal).toList();
    assertThat(ranked).containsAll(s.selected());
    assertThat(s.waitlist()).hasSizeLessThanOrEqualTo(f.dossier().call().policy().waitlistLength());
    assertThat(s.waitlist()).isSortedAccordingTo(
        (a, b) -> Integer.compare(s.rank(a).orElseThrow(), s.rank(b).orElseThrow()));
  }

  @Test
  void theSelectionDoesNotDependOnTheOrderOfProposalsGovernmentsOrAssessments() {
    qt(200).forAll(Scenarios.calls(), longs().all()).checkAssert(SelectionProperties::ignoresOrder);
  }

  private static void ignoresOrder(SelectionFixture f, long seed) {
    Dossier dossier = f.dossier();
    Random random = new Random(seed);
    Dossier shuffled = dossier
        .withProposals(shuffle(dossier.proposals(), random))
        .withGovernments(shuffle(dossier.governments(), random));

    assertThat(Selector.select(shuffled, shuffle(f.assessments(), random)))
        .isEqualTo(Selector.select(dossier, f.assessments()));
  }

  /**
   * Monotonicity: with no minimum of jurisdictions, raising the total of one selected proposal, all
   * else equal, keeps the same set of proposals selected, whatever the slots, caps and budget.
   */
  @Test
  void raisingASelectedProposalsTotalLeavesTheSelectionUnchanged() {
    qt(300).forAll(Scenarios.callsWithoutMinimum(), longs().all()).checkAssert(SelectionProperties::isMonotonic);
  }

  private static void isMonotonic(SelectionFixture f, long seed) {
    Selection before = Selector.select(f.dossier(), f.assessments());
    if (before.selected().isEmpty()) {
      return;
    }
    Random random = new Random(seed);
    ProposalId raised = before.selected().get(random.nextInt(before.selected().size()));
    BigDecimal raise = BigDecimal.valueOf(1 + random.nextInt(40), 1);
    SelectionFixture after = SelectionFixture.aCall().policy(f.dossier().call().policy());
    f.bids().forEach(b -> after.bid(b.id().equals(raised.value()) ? b.withTotal(b.total.add(raise)) : b));

    Selection s = Selector.select(after.dossier(), after.assessments());

    assertThat(s.selected()).contains(raised);
    assertThat(new HashSet<>(s.selected())).isEqualTo(new HashSet<>(before.selected()));
  }

  /**
   * Checked, not proven: with a minimum of jurisdictions but no budget and at least as many slots as
   * the minimum, raising a selected proposal's total keeps it selected (other seats may change).
   */
  @Test
  void withoutABudgetARaisedProposalKeepsItsSeatEvenWithReservations() {
    qt(500).forAll(Scenarios.calls(), longs().all()).checkAssert(SelectionProperties::keepsARaisedSeat);
  }

  private static void keepsARaisedSeat(SelectionFixture f, long seed) {
    SelectionPolicy policy = f.dossier().call().policy();
    Selection before = Selector.select(f.dossier(), f.assessments());
    if (before.selected().isEmpty() || policy.totalBudget().isPresent() || policy.slots() < policy.minJurisdictions()) {
      return;
    }
    Random random = new Random(seed);
    ProposalId raised = before.selected().get(random.nextInt(before.selected().size()));
    SelectionFixture after = SelectionFixture.aCall().policy(policy);
    f.bids().forEach(b -> after.bid(b.id().equals(raised.value()) ? b.withTotal(b.total.add(BigDecimal.ONE)) : b));

    assertThat(Selector.select(after.dossier(), after.assessments()).selected()).contains(raised);
  }

  @Test
  void reservedSeatsGoToDistinctJurisdictionsAndOnlyWhenTheMinimumAsksForThem() {
    qt(300).forAll(Scenarios.calls()).checkAssert(SelectionProperties::reservesSeatsForCoverageOnly);
  }

  private static void reservesSeatsForCoverageOnly(SelectionFixture f) {
    Dossier dossier = f.dossier();
    Selection s = Selector.select(dossier, f.assessments());
    List<Proposal> reserved = proposals(dossier, s.decisions(DecisionKind.SELECTED_RESERVED_SEAT).stream()
        .map(Decision::proposal).toList());
    long jurisdictions = proposals(dossier, s.selected()).stream().map(p -> jurisdiction(dossier, p)).distinct().count();

    assertThat(reserved.stream().map(p -> jurisdiction(dossier, p)).distinct().count()).isEqualTo(reserved.size());
    assertThat(reserved.size()).isLessThanOrEqualTo(dossier.call().policy().minJurisdictions());
    if (!reserved.isEmpty() && s.notes().stream().noneMatch(n -> n.contains("covers"))) {
      assertThat(jurisdictions).isGreaterThanOrEqualTo(dossier.call().policy().minJurisdictions());
    }
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static List<Proposal> proposals(Dossier dossier, List<ProposalId> ids) {
    return dossier.proposals().stream().filter(p -> ids.contains(p.id())).toList();
  }

  private static String jurisdiction(Dossier dossier, Proposal p) {
    return dossier.governments().stream().filter(g -> g.id().equals(p.applicant())).findFirst().orElseThrow()
        .jurisdiction().value();
  }

  private static Map<String, Long> countBy(List<Proposal> proposals, Function<Proposal, String> key) {
    return proposals.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

}
