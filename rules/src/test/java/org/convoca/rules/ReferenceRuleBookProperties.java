package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.sample.Dossiers;
import org.junit.jupiter.api.Test;

class ReferenceRuleBookProperties {

  @Test
  void theRuleBookAndThePlainJavaReferenceGiveIdenticalAssessments() {
    qt(40).forAll(Dossiers.dossiers(1, 60)).checkAssert(dossier ->
        assertThat(RuleBook.bundled().assess(dossier)).isEqualTo(ReferenceRuleBook.assess(dossier)));
  }

  @Test
  void theAssessmentsDoNotDependOnTheOrderOfProposals() {
    qt(25).forAll(Dossiers.dossiers(1, 60), longs().all()).checkAssert((dossier, shuffleSeed) -> {
      List<Proposal> shuffled = new ArrayList<>(dossier.proposals());
      Collections.shuffle(shuffled, new Random(shuffleSeed));

      assertThat(RuleBook.bundled().assess(dossier.withProposals(shuffled))).isEqualTo(RuleBook.bundled().assess(dossier));
    });
  }

  /**
   * Nor on the order of any list whose order carries no meaning, at any level: the call's levels and
   * themes, a proposal's values, team, partners, contacts and activities, the jury's scores...
   */
  @Test
  void theAssessmentsDoNotDependOnTheOrderOfTheUnorderedListsInsideTheDossier() {
    qt(25).forAll(Dossiers.dossiers(1, 60), longs().all()).checkAssert((dossier, shuffleSeed) ->
        assertThat(RuleBook.bundled().assess(Dossiers.shuffled(dossier, new Random(shuffleSeed))))
            .isEqualTo(RuleBook.bundled().assess(dossier)));
  }

  @Test
  void thePostSelectionRulesAndTheReferencePlaceTheSameProposals() {
    qt(25).forAll(Dossiers.dossiers(1, 60)).checkAssert(dossier -> {
      List<Assessment> assessments = RuleBook.bundled().assess(dossier);
      List<ProposalId> selected = assessments.stream().filter(Assessment::eligible)
          .sorted((a, b) -> b.total().compareTo(a.total())).map(Assessment::proposalId).toList();

      assertThat(RuleBook.bundled().assign(dossier, assessments, selected))
          .isEqualTo(ReferenceRuleBook.assign(dossier, assessments, selected));
    });
  }
}
