package org.convoca.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convoca.call.AggregationMethod;
import org.convoca.call.Call;
import org.convoca.call.ConflictKind;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.call.FederalVocabulary;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.call.TieBreakKind;
import org.convoca.capacity.PersonId;
import org.convoca.cocreation.PartnerRole;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.dossier.DossierWriter;
import org.convoca.dossier.internal.Json;
import org.convoca.government.GovernmentLevel;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DossierGeneratorTest {

  @ParameterizedTest
  @CsvSource({"1, 0", "2, 1", "3, 7", "4, 60", "5, 150", "-6, 800"})
  void generatesConsistentDossiers(long seed, int proposals) {
    Dossier dossier = DossierGenerator.withSeed(seed).proposals(proposals).generate();

    assertThat(DossierConsistency.problems(dossier)).isEmpty();
    assertThat(dossier.proposals()).hasSize(proposals);
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "2, 40", "2021, 150"})
  void passesTheDossierReadersValidation(long seed, int proposals) {
    Dossier dossier = DossierGenerator.withSeed(seed).proposals(proposals).generate();

    assertThat(DossierReader.standard().read(DossierWriter.toJson(dossier))).isEqualTo(dossier);
  }

  @Test
  void neverListsAnActivityTwiceInOneProposal() {
    // Seed 16 drew one proposal of 20,000 with two identical activities, which the reader refuses.
    Dossier dossier = DossierGenerator.withSeed(16).proposals(20_000).generate();

    assertThat(dossier.proposals()).allSatisfy(p ->
        assertThat(p.coCreation().activities()).as(p.id().value()).doesNotHaveDuplicates());
  }

  @Test
  void sameSeedGivesAnEqualDossier() {
    assertThat(DossierGenerator.withSeed(7).generate()).isEqualTo(DossierGenerator.withSeed(7).generate());
  }

  @Test
  void differentSeedsGiveDifferentDossiers() {
    Dossier one = DossierGenerator.withSeed(7).generate();
    Dossier other = DossierGenerator.withSeed(8).generate();

    assertThat(one).isNotEqualTo(other);
    assertThat(one.proposals()).isNotEqualTo(other.proposals());
    assertThat(one.jury().scores()).isNotEqualTo(other.jury().scores());
  }

  @Test
  void survivesAJsonRoundTrip() throws Exception {
    Dossier dossier = DossierGenerator.withSeed(11).proposals(40).generate();

    String json = Json.mapper().writeValueAsString(dossier);

    assertThat(Json.mapper().readValue(json, Dossier.class)).isEqualTo(dossier);
  }

  @Test
  void givesTheDefaultFederalCall() {
    Call call = DossierGenerator.withSeed(1).generate().call();

    Map<CriterionId, Integer> weights = call.criteria().stream()
        .collect(Collectors.toMap(c -> c.id(), c -> c.weight().intValueExact()));
    assertThat(weights).containsExactlyInAnyOrderEntriesOf(Map.of(
        FederalVocabulary.COCREATION, 25, FederalVocabulary.VALUES, 10, FederalVocabulary.COMMITMENTS, 20,
        FederalVocabulary.CAPACITY, 10, FederalVocabulary.FEASIBILITY, 10, FederalVocabulary.JURY, 20,
        FederalVocabulary.PRIORITY, 5));
    assertThat(call.criteria()).allSatisfy(c -> assertThat(c.maxPoints()).isEqualByComparingTo("10"));
    assertThat(call.overallThreshold()).isEqualByComparingTo("50");
    assertThat(call.scoreScale().step()).isEqualByComparingTo("0.5");
    assertThat(call.scoreScale().max()).isEqualByComparingTo("5");
    assertThat(call.policy().slots()).isEqualTo(50);
    assertThat(call.policy().perGovernmentCap()).contains(1);
    assertThat(call.policy().minJurisdictions()).isEqualTo(10);
    assertThat(call.policy().waitlistLength()).isEqualTo(10);
    assertThat(call.policy().tieBreak()).extracting(t -> t.kind() + t.criterion().map(c -> " " + c).orElse(""))
        .containsExactly("CRITERION jury", "CRITERION cocreation", "EARLIER_SUBMISSION", "PROPOSAL_ID");
    assertThat(call.tracks()).singleElement().satisfies(t -> {
      assertThat(t.id()).isEqualTo(FederalVocabulary.OGP_LOCAL);
      assertThat(t.name()).isEqualTo("OGP Local");
      assertThat(t.places()).isEqualTo(11);
    });
    assertThat(call.parameters().number(FederalVocabulary.MAX_PROPOSALS_PER_GOVERNMENT)).isEqualByComparingTo("1");
    assertThat(call.parameters().flag(FederalVocabulary.REQUIRE_TRAINED_MEMBER)).isTrue();
    assertThat(call.parameters().number(FederalVocabulary.CONSENSUS_SPREAD)).isEqualByComparingTo("1.5");
    assertThat(call.parameters().number(FederalVocabulary.SMALL_MUNICIPALITY_POPULATION)).isEqualByComparingTo("50000");
    assertThat(call.parameters().number(FederalVocabulary.NEWCOMER_PRIORITY_POINTS)).isEqualByComparingTo("5");
    assertThat(call.parameters().number(FederalVocabulary.SMALL_MUNICIPALITY_PRIORITY_POINTS)).isEqualByComparingTo("5");
  }

  @Test
  void appliesCallSettings() {
    Call call = DossierGenerator.withSeed(1).proposals(5).slots(20).ogpLocalPlaces(4).waitlist(3)
        .minJurisdictions(5).perJurisdictionCap(2).fundingCeiling(1_000_000).totalBudget(9_000_000)
        .generate().call();

    assertThat(call.policy().slots()).isEqualTo(20);
    assertThat(call.tracks().get(0).places()).isEqualTo(4);
    assertThat(call.policy().waitlistLength()).isEqualTo(3);
    assertThat(call.policy().minJurisdictions()).isEqualTo(5);
    assertThat(call.policy().perJurisdictionCap()).contains(2);
    assertThat(call.fundingCeiling().amount()).isEqualByComparingTo("1000000");
    assertThat(call.policy().totalBudget()).hasValueSatisfying(b -> assertThat(b.amount()).isEqualByComparingTo("9000000"));
  }

  @Test
  void statesTheRealisticJuryPolicyUnlessToldOtherwise() {
    JuryPolicy policy = DossierGenerator.withSeed(1).proposals(3).generate().call().jury().orElseThrow();

    assertThat(policy.reviewersPerProposal()).isEqualTo(3);
    assertThat(policy.aggregation()).isEqualTo(AggregationMethod.MEAN);
    assertThat(policy.minScores()).isEqualTo(2);
    assertThat(policy.normalisation()).isEqualTo(Normalisation.ADDITIVE);
    assertThat(policy.conflicts()).containsExactlyInAnyOrder(ConflictKind.values());
    assertThat(policy).isEqualTo(FederalCall.juryPolicy());
  }

  @Test
  void statesAnotherJuryPolicyOrNoneWhenTold() {
    JuryPolicy median = FederalCall.juryPolicy().withAggregation(AggregationMethod.MEDIAN);

    assertThat(DossierGenerator.withSeed(1).proposals(3).juryPolicy(median).generate().call().jury()).contains(median);
    Dossier unstated = DossierGenerator.withSeed(1).proposals(3).withoutJuryPolicy().generate();
    assertThat(unstated.call().jury()).isEmpty();
    assertThat(unstated.jury().assignments()).allSatisfy(a -> assertThat(a.jurors()).hasSize(3));
    assertThat(DossierReader.standard().read(DossierWriter.toJson(unstated))).isEqualTo(unstated);
  }

  @Test
  void rejectsAPolicyWithMoreReviewersPerProposalThanJurors() {
    assertThatThrownBy(() -> DossierGenerator.withSeed(1).jurors(4).juryPolicy(FederalCall.juryPolicy().withReviewersPerProposal(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'reviewersPerProposal' of the jury policy must be at most the 4 jurors, was 5");
    assertThatThrownBy(() -> DossierGenerator.withSeed(1).juryPolicy(FederalCall.juryPolicy().withReviewersPerProposal(5)).jurors(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'jurors' must be at least 5, was 4");
  }

  @Test
  void rejectsAJuryTooSmallToScoreEveryProposalThreeTimes() {
    assertThatThrownBy(() -> DossierGenerator.withSeed(1).jurors(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'jurors' must be at least 3, was 2");
  }

  @Test
  void scoresEveryProposalByAtLeastThreeJurorsOnTheJuryCriterion() {
    Dossier dossier = DossierGenerator.withSeed(3).proposals(300).jurors(4).generate();

    Map<ProposalId, Integer> counts = new HashMap<>();
    dossier.jury().scores().forEach(s -> counts.merge(s.proposal(), 1, Integer::sum));
    assertThat(dossier.jury().jurors()).hasSize(4);
    assertThat(dossier.jury().scores()).allSatisfy(s -> assertThat(s.criterion()).isEqualTo(FederalVocabulary.JURY));
    assertThat(dossier.proposals()).allSatisfy(p -> assertThat(counts.get(p.id())).isGreaterThanOrEqualTo(3));
  }

  @Test
  void spreadsProposalsOverJurisdictionsLevelsAndKindsOfImperfection() {
    Dossier dossier = DossierGenerator.withSeed(2021).proposals(2_000).generate();
    Call call = dossier.call();
    var proposals = dossier.proposals();
    var levels = dossier.governments().stream().collect(Collectors.toMap(g -> g.id(), g -> g.level()));

    assertThat(proposals.stream().map(p -> dossier.governments().stream()
        .filter(g -> g.id().equals(p.applicant())).findFirst().orElseThrow().jurisdiction()).distinct().count())
        .isGreaterThanOrEqualTo(23);
    assertThat(share(dossier, p -> levels.get(p.applicant()) == GovernmentLevel.PROVINCIAL)).isBetween(0.005, 0.05);
    assertThat(share(dossier, p -> p.funding().requested().compareTo(call.fundingCeiling()) > 0)).isBetween(0.02, 0.12);
    assertThat(share(dossier, p -> !p.funding().requested().isPositive())).isBetween(0.002, 0.05);
    assertThat(share(dossier, p -> !call.submissionWindow().contains(p.submittedAt()))).isBetween(0.01, 0.06);
    assertThat(share(dossier, p -> p.coCreation().partners().stream()
        .anyMatch(x -> x.role() == PartnerRole.CO_OWNER && x.nonGovernmental()))).isBetween(0.15, 0.35);
    assertThat(share(dossier, p -> p.milestones().stream().anyMatch(m -> !m.verifiable()))).isBetween(0.05, 0.4);
    assertThat(share(dossier, p -> p.milestones().stream()
        .anyMatch(m -> !call.implementationWindow().contains(m.due())))).isBetween(0.02, 0.3);
    Set<PersonId> trained = dossier.completions().stream().map(c -> c.person()).collect(Collectors.toSet());
    assertThat(share(dossier, p -> p.team().stream().noneMatch(m -> trained.contains(m.person())))).isBetween(0.1, 0.3);
    Map<Object, Long> perApplicant = proposals.stream().collect(Collectors.groupingBy(Proposal::applicant, Collectors.counting()));
    assertThat(perApplicant.values()).contains(2L).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
    long small = dossier.governments().stream()
        .filter(g -> g.level() == GovernmentLevel.MUNICIPAL && g.population() < 50_000).count();
    long large = dossier.governments().stream()
        .filter(g -> g.level() == GovernmentLevel.MUNICIPAL && g.population() >= 500_000).count();
    assertThat(small).isGreaterThan(10 * large);
    assertThat(call.criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");
    assertThat(call.policy().tieBreak().get(2).kind()).isEqualTo(TieBreakKind.EARLIER_SUBMISSION);
  }

  private static double share(Dossier dossier, java.util.function.Predicate<Proposal> test) {
    return (double) dossier.proposals().stream().filter(test).count() / dossier.proposals().size();
  }
}
