package org.convoca.rules.horizon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.call.HorizonVocabulary;
import org.convoca.call.JuryPolicy;
import org.convoca.call.AggregationMethod;
import org.convoca.call.RuleParameters;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.call.TieBreakKind;
import org.convoca.dossier.Dossier;
import org.convoca.jury.ConsensusScore;
import org.convoca.jury.Jury;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.proposal.Proposal;
import org.convoca.testing.CallFixtures;
import org.convoca.testing.DossierFixtures;

/** A Horizon-Europe-style call over the rules module's test dossier, and expert scores for it. */
final class HorizonFixtures {

  static final List<CriterionId> CRITERIA =
      List.of(HorizonVocabulary.EXCELLENCE, HorizonVocabulary.IMPACT, HorizonVocabulary.IMPLEMENTATION);

  private HorizonFixtures() {}

  /** The call of {@link CallFixtures#aFederalCall()} judged as Horizon Europe judges: three criteria of 5 points, summed. */
  static Call aHorizonCall() {
    return CallFixtures.aFederalCall()
        .withCriteria(CRITERIA.stream().map(id -> Criterion.builder().id(id).name(id.value()).description(id.value())
            .weight(BigDecimal.valueOf(5)).maxPoints(BigDecimal.valueOf(5)).threshold(BigDecimal.valueOf(3))
            .rankingFactor(id.equals(HorizonVocabulary.IMPACT) ? java.util.Optional.of(new BigDecimal("1.5"))
                : java.util.Optional.empty())
            .build()).toList())
        .withMaxTotal(BigDecimal.valueOf(15))
        .withOverallThreshold(BigDecimal.TEN)
        .withTracks(List.of())
        .withJury(JuryPolicy.builder().aggregation(AggregationMethod.MEDIAN).minScores(3).build())
        .withParameters(RuleParameters.of(java.util.Map.of(HorizonVocabulary.CONSENSUS_SPREAD, 1.5)))
        .withPolicy(SelectionPolicy.builder().slots(10)
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.UNCOVERED_THEME).build())
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.CRITERION).criterion(HorizonVocabulary.EXCELLENCE).build())
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.CRITERION).criterion(HorizonVocabulary.IMPACT).build())
            .build());
  }

  /** The test dossier with the Horizon call, {@code proposal}, and three experts' scores on every criterion. */
  static Dossier aScoredDossier(Proposal proposal, String excellence, String impact, String implementation) {
    return aDossier(proposal).withJury(Jury.builder().jurors(experts())
        .scores(scores(proposal, excellence, impact, implementation)).build());
  }

  /** The test dossier with the Horizon call and {@code proposal}, and no jury scores. */
  static Dossier aDossier(Proposal proposal) {
    return DossierFixtures.aDossier(proposal).withCall(aHorizonCall());
  }

  /** Three experts, none of them conflicted with the test proposals. */
  static List<Juror> experts() {
    return List.of(expert("E-1"), expert("E-2"), expert("E-3"));
  }

  /** Scores such as "4,4,4.5" per criterion, by E-1, E-2 and E-3 in that order. */
  static List<JurorScore> scores(Proposal proposal, String excellence, String impact, String implementation) {
    List<JurorScore> scores = new ArrayList<>();
    String[] perCriterion = {excellence, impact, implementation};
    for (int c = 0; c < CRITERIA.size(); c++) {
      String[] values = perCriterion[c].split(",");
      for (int j = 0; j < values.length; j++) {
        scores.add(DossierFixtures.aScore("E-" + (j + 1), proposal, CRITERIA.get(c), values[j]));
      }
    }
    return scores;
  }

  static ConsensusScore consensus(Proposal proposal, CriterionId criterion, String value) {
    return ConsensusScore.builder().proposal(proposal.id()).criterion(criterion).value(new BigDecimal(value))
        .reason("The experts agreed after the consensus meeting.").agreedOn(java.time.LocalDate.of(2021, 11, 1)).build();
  }

  private static Juror expert(String id) {
    return Juror.builder().id(JurorId.of(id)).name("Expert " + id).build();
  }
}
