package org.convoca.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.testing.DossierFixtures.aDossier;
import static org.convoca.testing.ProposalFixtures.aCompleteProposal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.convoca.assessment.Finding;
import org.convoca.call.FederalVocabulary;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.convoca.rules.RuleBook;
import org.convoca.testing.CallFixtures;
import org.convoca.testing.DossierFixtures;
import org.convoca.testing.ProposalFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule verifier itself: what it runs, what its failed assertions say, and how it refuses a
 * rule it cannot check. The per-rule tests of the bundled book (EligibilityRulesTest,
 * ScoringRulesTest, ClassificationAndTrackRulesTest) are its matching cases.
 */
class RuleVerifierTest {

  static final String CO_OWNER = "Each non-governmental co-owner earns a quarter of the co-creation points";
  static final String CO_CREATED = "A proposal co-owned by a non-governmental partner is co-created";
  static final String WINDOW = "Proposal must be submitted inside the call's window";

  private final RuleVerifier verifier = RuleVerifier.of(RuleBook.bundled());

  @Nested
  class Runs {

    @Test
    void onlyTheNamedRuleFires() {
      List<Finding> findings = RuleBook.bundled().assessWithOnly(aDossier(aCompleteProposal()), Set.of(CO_OWNER))
          .get(0).trail();
      assertThat(findings).extracting(Finding::rule).containsOnly(CO_OWNER);
      assertThat(RuleBook.bundled().assess(aDossier(aCompleteProposal())).get(0).trail()).hasSizeGreaterThan(10);
    }

    @Test
    void aBundledAssessmentRuleNeedsNoOtherRule() {
      assertThat(verifier.rule(CO_OWNER).enabledRules()).containsExactly(CO_OWNER);
    }

    @Test
    void assertionsChainAndNarrowToOneProposal() {
      Proposal late = aCompleteProposal().withId(ProposalId.of("P-002")).withSubmittedAt(Instant.parse("2022-01-01T00:00:00Z"));
      RuleAssertion both = verifier.rule(WINDOW).given(aDossier(aCompleteProposal(), late));
      both.fires().on("P-001").passes();
      both.on("P-002").fails();
      assertThat(both.findings()).hasSize(2);
    }

    @Test
    void theAssessmentBookRefusesARuleItDoesNotHave() {
      assertThatThrownBy(() -> RuleBook.bundled().assessWithOnly(aDossier(), Set.of("No such rule")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("\"No such rule\" is not an assessment rule of this rule book");
    }
  }

  @Nested
  class Readme {

    /** The example of rules/README.md, "Testing one rule", line for line. */
    @Test
    void theExample() {
      RuleVerifier verifier = RuleVerifier.of(RuleBook.bundled());
      verifier.rule("Each non-governmental co-owner earns a quarter of the co-creation points")
          .given(ProposalFixtures.aCompleteProposal())
          .awards("cocreation", "2.5")
          .says("Fundación Datos (civil society) co-owns the proposal.");
      Proposal late = ProposalFixtures.aCompleteProposal().withSubmittedAt(Instant.parse("2021-10-01T03:00:00Z"));
      verifier.rule("Proposal must be submitted inside the call's window").given(late).fails();
      Dossier untrained = DossierFixtures.aDossier(ProposalFixtures.aCompleteProposal()).withCompletions(List.of());
      verifier.rule("At least one team member must have completed a program course").given(untrained).fails();
      Dossier optional = untrained.withCall(
          CallFixtures.withParameter(untrained.call(), FederalVocabulary.REQUIRE_TRAINED_MEMBER, false));
      verifier.rule("At least one team member must have completed a program course").given(optional).firesNot();
    }

    @Test
    void theReadmeShowsTheExampleAndTheFailureMessageOfThisTest() throws IOException {
      String readme = Files.readString(Path.of("README.md"));
      String section = readme.substring(readme.indexOf("### Testing one rule"));
      String example = section.substring(section.indexOf("```java\n") + 8, section.indexOf("```\n", section.indexOf("```java\n") + 8));
      String test = Files.readString(Path.of("src/test/java/org/convoca/rules/testing/RuleVerifierTest.java"));
      assertThat(example.lines().map(String::strip).filter(l -> !l.isEmpty()))
          .isNotEmpty().allSatisfy(line -> assertThat(test).contains(line));
      String message = section.substring(section.indexOf("```\nRule ") + 4);
      message = message.substring(0, message.indexOf("\n```"));
      String expected = message;
      assertThatThrownBy(() -> verifier.rule(CO_OWNER).given(aCompleteProposal()).awards("cocreation", "3"))
          .hasMessage(expected);
    }
  }

  @Nested
  class FailureMessages {

    @Test
    void wrongPointsListWhatTheRuleAwarded() {
      assertThatThrownBy(() -> verifier.rule(CO_OWNER).given(aCompleteProposal()).awards("cocreation", "3"))
          .isInstanceOf(AssertionError.class)
          .hasMessage("Rule \"" + CO_OWNER + "\" should award 3 on cocreation, but\n"
              + "  on P-001 it concluded:\n"
              + "    - an award of 2.50 on cocreation: \"Fundación Datos (civil society) co-owns the proposal.\"");
    }

    @Test
    void anExpectedFindingSaysThatTheRuleDidNotFire() {
      Proposal consulted = aCompleteProposal().withCoCreation(aCompleteProposal().coCreation().withPartners(List.of()));
      assertThatThrownBy(() -> verifier.rule(CO_OWNER).given(consulted).awards(FederalVocabulary.COCREATION, "2.5"))
          .isInstanceOf(AssertionError.class)
          .hasMessage("Rule \"" + CO_OWNER + "\" should award 2.5 on cocreation, but\n  on P-001 it did not fire");
    }

    @Test
    void firesNotListsWhatTheRuleConcluded() {
      assertThatThrownBy(() -> verifier.rule(CO_CREATED).given(aCompleteProposal()).firesNot())
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("Rule \"" + CO_CREATED + "\" should not fire, but\n  on P-001 it concluded:\n"
              + "    - the label CO_CREATED: ");
    }

    @Test
    void passesAndFailsSayWhichWayTheCheckWent() {
      assertThatThrownBy(() -> verifier.rule(WINDOW).given(aCompleteProposal()).fails())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("should fail its check, but\n  on P-001 it concluded:\n    - a check that passed: ");
      Proposal late = aCompleteProposal().withSubmittedAt(Instant.parse("2022-01-01T00:00:00Z"));
      assertThatThrownBy(() -> verifier.rule(WINDOW).given(late).passes())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("should pass its check, but\n  on P-001 it concluded:\n    - a check that failed: ");
    }

    @Test
    void wrongLabelsAndSentencesListWhatTheRuleConcluded() {
      assertThatThrownBy(() -> verifier.rule(CO_CREATED).given(aCompleteProposal()).labels("NEEDS_CONSENSUS"))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("Rule \"" + CO_CREATED + "\" should label NEEDS_CONSENSUS, but\n  on P-001 it concluded:\n"
              + "    - the label CO_CREATED: ");
      assertThatThrownBy(() -> verifier.rule(CO_OWNER).given(aCompleteProposal()).says("Someone co-owns it."))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("should say \"Someone co-owns it.\", but\n  on P-001 it concluded:\n"
              + "    - an award of 2.50 on cocreation: \"Fundación Datos (civil society) co-owns the proposal.\"");
    }

    @Test
    void aDossierOfSeveralProposalsNamesEachOneThatFails() {
      Proposal second = aCompleteProposal().withId(ProposalId.of("P-002"));
      Proposal third = aCompleteProposal().withId(ProposalId.of("P-003")).withThemes(Theme.of("ROAD_WORKS"));
      assertThatThrownBy(() -> verifier.rule(CO_CREATED).given(aDossier(aCompleteProposal(), second, third)).firesNot())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("should not fire on each proposal, but\n  on P-001 it concluded:")
          .hasMessageContaining("\n  on P-002 it concluded:")
          .hasMessageContaining("\n  on P-003 it concluded:");
    }

    @Test
    void aDossierWithoutProposalsProvesNothing() {
      assertThatThrownBy(() -> verifier.rule(CO_OWNER).given(aDossier()).fires())
          .isInstanceOf(AssertionError.class)
          .hasMessage("Rule \"" + CO_OWNER + "\" should fire, but the dossier has no proposal");
      assertThatThrownBy(() -> verifier.rule(CO_OWNER).given(aDossier()).firesNot())
          .isInstanceOf(AssertionError.class)
          .hasMessage("Rule \"" + CO_OWNER + "\" should not fire, but the dossier has no proposal");
      assertThatThrownBy(() -> verifier.rule(CO_OWNER).given(aDossier()).passes())
          .isInstanceOf(AssertionError.class)
          .hasMessage("Rule \"" + CO_OWNER + "\" should pass its check, but the dossier has no proposal");
    }

    @Test
    void pointsThatAreNotDecimalsAreRefusedNamingTheArgument() {
      RuleAssertion fired = verifier.rule(CO_OWNER).given(aCompleteProposal());
      assertThatThrownBy(() -> fired.awards("cocreation", "2.5", "abc"))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("'points' must be decimals such as \"2.5\"; points[1] is \"abc\"");
      fired.awards("cocreation", "2.50");
    }
  }

  @Nested
  class Refusals {

    @Test
    void anUnknownRuleNameGetsTheNearestNames() {
      assertThatThrownBy(() -> verifier.rule("Each non-governmental co-owner earns a quater of the co-creation points"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("this rule book has no assessment rule "
              + "\"Each non-governmental co-owner earns a quater of the co-creation points\"; the nearest names are:\n"
              + "  \"" + CO_OWNER + "\"");
    }

    @Test
    void aNameFarFromEveryRuleGetsNoSuggestion() {
      assertThatThrownBy(() -> verifier.rule("xyz"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("this rule book has no assessment rule \"xyz\"");
    }

    @Test
    void aPostSelectionRuleIsRefused() {
      String track = RuleBook.bundled().rules().stream().filter(r -> r.file().equals("tracks.drl")).findFirst().orElseThrow().name();
      assertThatThrownBy(() -> verifier.rule(track))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("rule \"" + track + "\" is a post-selection rule (tracks.drl); "
              + "RuleVerifier checks assessment rules, the ones RuleBook.assess runs");
    }

    @Test
    void aRuleOfTheBundledBookThatTheBookLeavesOutIsNamedAsSuch(@TempDir Path temp) throws IOException {
      RuleBook own = RuleBook.ownRules(List.of(folder(temp, "own", "eligibility.drl", """
          package own;
          import org.convoca.assessment.CheckFinding;
          import org.convoca.proposal.Proposal;
          rule "Every proposal is checked"
          when
              $p : Proposal()
          then
              insert(new CheckFinding($p.id(), drools.getRule().getName(), true, "Checked."));
          end
          """)));
      RuleVerifier ownVerifier = RuleVerifier.of(own);
      assertThatThrownBy(() -> ownVerifier.rule(CO_OWNER))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("rule \"" + CO_OWNER + "\" is a rule of scoring-cocreation.drl in the bundled book federal-call, "
              + "but not of this rule book: this book has no file scoring-cocreation.drl");
      assertThatThrownBy(() -> ownVerifier.rule(WINDOW))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("rule \"" + WINDOW + "\" is a rule of eligibility.drl in the bundled book federal-call, "
              + "but not of this rule book: this book's eligibility.drl comes from ")
          .hasMessageEndingWith("and does not declare it");
      ownVerifier.rule("Every proposal is checked").given(aCompleteProposal()).passes().says("Checked.");
    }

    @Test
    void aRuleThatAFolderDropsFromAnotherBundledBookNamesThatBook(@TempDir Path temp) throws IOException {
      String excellence = "Excellence earns the experts' score";
      Path dir = folder(temp, "horizon", "scoring.drl", "package org.convoca.rules.horizon;\n// No scoring rule here.\n");
      RuleBook horizon = RuleBook.builder().bundled("horizon-europe").folder(dir).build();

      assertThat(horizon.bundledBooks()).containsExactly("horizon-europe");
      assertThatThrownBy(() -> RuleVerifier.of(horizon).rule(excellence))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("rule \"" + excellence + "\" is a rule of scoring.drl in the bundled book horizon-europe, "
              + "but not of this rule book: this book's scoring.drl comes from ")
          .hasMessageContaining(dir.getFileName().toString())
          .hasMessageEndingWith(" and does not declare it");
      // The bundled book itself has it, and a federal-call verifier does not mistake it for one of its own.
      RuleVerifier.of(RuleBook.bundled("horizon-europe")).rule(excellence);
      assertThatThrownBy(() -> verifier.rule(excellence)).hasMessageStartingWith("this rule book has no assessment rule");
    }

    @Test
    void alongWithRefusesAnUnknownRule() {
      assertThatThrownBy(() -> verifier.rule(CO_OWNER).alongWith("No such rule"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("this rule book has no assessment rule \"No such rule\"");
    }

    @Test
    void anUnknownProposalIsRefused() {
      assertThatThrownBy(() -> verifier.rule(CO_OWNER).given(aCompleteProposal()).on("P-404"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the dossier has no proposal 'P-404'; it has 'P-001'");
    }
  }

  @Nested
  class FolderRules {

    static final String FORUM_BONUS = "A co-created proposal earns a bonus on co-creation";
    static final String SPREAD = "Jurors who disagree by more than the consensus spread call for a consensus discussion";
    static final String PRIMARY_THEME = "The first of the proposal's themes that the call names is its primary theme";

    /** A folder rule that reads the label a bundled rule inserts. */
    static final String BONUS_DRL = """
        package bonus;
        import org.convoca.assessment.AwardFinding;
        import org.convoca.assessment.LabelFinding;
        import org.convoca.call.Criterion;
        import org.convoca.call.FederalVocabulary;
        import org.convoca.proposal.Proposal;
        import java.math.BigDecimal;

        rule "A co-created proposal earns a bonus on co-creation"
        // A label inserted by "A proposal co-owned by a non-governmental partner is co-created".
        when
            $c : Criterion( id == FederalVocabulary.COCREATION )
            $p : Proposal()
            LabelFinding( proposal == $p.id(), label == FederalVocabulary.CO_CREATED )
        then
            insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), new BigDecimal("1"),
                "The proposal is co-created."));
        end
        """;

    @Test
    void aFolderRuleRunsWithTheRulesWhoseFactsItReads(@TempDir Path temp) throws IOException {
      RuleBook book = RuleBook.bundledWith(List.of(folder(temp, "bonus", "bonus.drl", BONUS_DRL)));
      RuleVerification bonus = RuleVerifier.of(book).rule(FORUM_BONUS);
      // It reads a LabelFinding, which every classification rule creates: they all run, sorted by name.
      assertThat(bonus.enabledRules()).containsExactly(FORUM_BONUS, CO_CREATED, SPREAD, PRIMARY_THEME);
      bonus.given(aCompleteProposal()).awards("cocreation", "1").says("The proposal is co-created.");
      Proposal consulted = aCompleteProposal().withCoCreation(aCompleteProposal().coCreation().withPartners(List.of()));
      bonus.given(consulted).firesNot();
    }

    @Test
    void aFailureNamesTheRulesThatRanAlong(@TempDir Path temp) throws IOException {
      RuleBook book = RuleBook.bundledWith(List.of(folder(temp, "bonus", "bonus.drl", BONUS_DRL)));
      assertThatThrownBy(() -> RuleVerifier.of(book).rule(FORUM_BONUS).given(aCompleteProposal()).firesNot())
          .isInstanceOf(AssertionError.class)
          .hasMessageEndingWith("\n  (enabled with the rules it needs: \"" + CO_CREATED + "\", \"" + SPREAD + "\", \""
              + PRIMARY_THEME + "\")");
    }

    @Test
    void alongWithEnablesMoreRulesWhoseFindingsDoNotCount() {
      RuleVerification rule = verifier.rule(CO_OWNER).alongWith(CO_CREATED);
      assertThat(rule.enabledRules()).containsExactly(CO_CREATED, CO_OWNER);
      rule.given(aCompleteProposal()).awards("cocreation", "2.5");
    }
  }

  static Path folder(Path temp, String name, String file, String text) throws IOException {
    Path dir = Files.createDirectories(temp.resolve(name));
    Files.writeString(dir.resolve(file), text);
    return dir;
  }
}
