package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.harness.OutcomeSelectionAssert.assertThatSelection;
import static org.convoca.validation.SelectionAssert.assertThatSelection;

import java.util.ArrayList;
import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.outcome.CallOutcome;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.convoca.rules.RuleBook;
import org.convoca.validation.SelectionAssert;
import org.convoca.validation.ViolationKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How a test harness checks a selection someone published: assess the call's dossier with its
 * rule book (or decide it, and keep the outcome), then assert that the published ids obey the
 * call's rules. AssertJ's {@code assertThat} and both {@code assertThatSelection} entry points are
 * imported statically side by side: that this file compiles is part of what it tests.
 */
class PublishedSelectionHarnessTest {

  private static Dossier dossier;
  private static List<Assessment> assessments;
  private static CallOutcome outcome;
  private static List<ProposalId> published;

  @BeforeAll
  static void assessTheCall() {
    // The harness reads the call's dossier and assesses it with the rule book the call published.
    dossier = BundledSamples.federalCall2021();
    assessments = RuleBook.bundled().assess(dossier);
    outcome = Convoca.withBundledRules().decide(dossier);
    // Here the "published" selection is the computed one; a real harness reads the published list.
    published = outcome.selected();
  }

  private static List<ProposalId> withAnIneligibleProposal() {
    List<ProposalId> tampered = new ArrayList<>(published);
    tampered.set(tampered.size() - 1, ineligible());
    return tampered;
  }

  private static ProposalId ineligible() {
    return assessments.stream().filter(a -> !a.eligible()).findFirst().orElseThrow().proposalId();
  }

  @Test
  void thePublishedSelectionObeysTheCall() {
    assertThat(published).isNotEmpty();
    assertThatSelection(published).isValidFor(dossier, assessments);
  }

  @Test
  void aSelectionWithAnIneligibleProposalFailsWithEveryViolationListed() {
    assertThatThrownBy(() -> assertThatSelection(withAnIneligibleProposal()).isValidFor(dossier, assessments))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ineligible().value());
  }

  @Test
  void thePublishedSelectionObeysTheOutcomeAHarnessAlreadyHas() {
    assertThatSelection(published, outcome).isValidFor(dossier).obeysThePolicyOf(dossier);
  }

  @Test
  void aSelectionCheckedAgainstTheOutcomeFailsAsAgainstTheAssessments() {
    List<ProposalId> tampered = withAnIneligibleProposal();
    String againstAssessments = failure(() -> assertThatSelection(tampered).isValidFor(dossier, assessments));

    assertThatThrownBy(() -> assertThatSelection(tampered, outcome).isValidFor(dossier))
        .isInstanceOf(AssertionError.class)
        .hasMessage(againstAssessments);
    assertThatSelection(tampered, outcome).hasViolations(dossier, ViolationKind.INELIGIBLE_SELECTED);
  }

  @Test
  void anOutcomeOfAnotherCallIsRefused() {
    Dossier other = BundledSamples.tinyCall();

    assertThatThrownBy(() -> assertThatSelection(published, outcome).isValidFor(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the outcome is of call '" + dossier.call().id() + "'");
  }

  @Test
  @SuppressWarnings("deprecation")
  void theOldEntryPointStillWorks() {
    SelectionAssert.assertThat(published).isValidFor(dossier, assessments);
  }

  private static String failure(Runnable assertion) {
    try {
      assertion.run();
    } catch (AssertionError e) {
      return e.getMessage();
    }
    throw new AssertionError("expected the assertion to fail");
  }
}
