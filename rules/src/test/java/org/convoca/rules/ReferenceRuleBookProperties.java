package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.sample.Dossiers;

class ReferenceRuleBookProperties {

  @Provide
  Arbitrary<Dossier> dossiers() {
    return Dossiers.dossiers(1, 60);
  }

  @Property(tries = 40)
  void theRuleBookAndThePlainJavaReferenceGiveIdenticalAssessments(@ForAll("dossiers") Dossier dossier) {
    assertThat(RuleBook.bundled().assess(dossier)).isEqualTo(ReferenceRuleBook.assess(dossier));
  }

  @Property(tries = 25)
  void theAssessmentsDoNotDependOnTheOrderOfProposals(@ForAll("dossiers") Dossier dossier, @ForAll long shuffleSeed) {
    List<Proposal> shuffled = new ArrayList<>(dossier.proposals());
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    assertThat(RuleBook.bundled().assess(dossier.withProposals(shuffled))).isEqualTo(RuleBook.bundled().assess(dossier));
  }

  @Property(tries = 25)
  void thePostSelectionRulesAndTheReferencePlaceTheSameProposals(@ForAll("dossiers") Dossier dossier) {
    List<Assessment> assessments = RuleBook.bundled().assess(dossier);
    List<ProposalId> selected = assessments.stream().filter(Assessment::eligible)
        .sorted((a, b) -> b.total().compareTo(a.total())).map(Assessment::proposal).toList();
    assertThat(RuleBook.bundled().assign(dossier, assessments, selected))
        .isEqualTo(ReferenceRuleBook.assign(dossier, assessments, selected));
  }
}
