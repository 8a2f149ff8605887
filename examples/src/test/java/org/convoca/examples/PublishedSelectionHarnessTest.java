package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.validation.SelectionAssert.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.convoca.rules.RuleBook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How a test harness checks a selection someone published: assess the call's dossier with its
 * rule book, then assert that the published ids obey the call's rules.
 */
class PublishedSelectionHarnessTest {

  private static Dossier dossier;
  private static List<Assessment> assessments;
  private static List<ProposalId> published;

  @BeforeAll
  static void assessTheCall() {
    // The harness reads the call's dossier and assesses it with the rule book the call published.
    dossier = BundledSamples.federalCall2021();
    assessments = RuleBook.bundled().assess(dossier);
    // Here the "published" selection is the computed one; a real harness reads the published list.
    published = Convoca.withBundledRules().decide(dossier).selected();
  }

  @Test
  void thePublishedSelectionObeysTheCall() {
    assertThat(published).isValidFor(dossier, assessments);
  }

  @Test
  void aSelectionWithAnIneligibleProposalFailsWithEveryViolationListed() {
    List<ProposalId> tampered = new ArrayList<>(published);
    ProposalId ineligible = assessments.stream().filter(a -> !a.eligible()).findFirst().orElseThrow().proposal();
    tampered.set(tampered.size() - 1, ineligible);

    assertThatThrownBy(() -> assertThat(tampered).isValidFor(dossier, assessments))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ineligible.value());
  }
}
