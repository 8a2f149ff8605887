package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.convoca.testing.CallFixtures;

/** How a book's rules are read for the criteria they award points on. */
class CriterionCoverageTest {

  private static final String HEADER = """
      package org.convoca.rules.federal;

      import java.math.BigDecimal;
      import org.convoca.assessment.AwardFinding;
      import org.convoca.call.Criterion;
      import org.convoca.call.CriterionId;
      import org.convoca.proposal.Proposal;

      """;

  @TempDir
  Path temp;

  private RuleBook own(String rules) throws IOException {
    return RuleBook.ownRules(List.of(RuleFolders.write(temp, "rules", "own.drl", HEADER + rules)));
  }

  @Test
  void aCriterionNamedByALiteralIsCovered() throws IOException {
    RuleBook book = own("""
        rule "Every proposal earns a point on values and on jury"
        // Two criteria named by their ids.
        when
            $c : Criterion( id == "values" )
            $p : Proposal()
        then
            insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), BigDecimal.ONE, "One point."));
            insert(new AwardFinding($p.id(), CriterionId.of("jury"), drools.getRule().getName(), BigDecimal.ONE, "One."));
        end
        """);

    assertThat(book.warnings(CallFixtures.aFederalCall())).extracting(RuleBookWarning::file)
        .doesNotContain("criterion 'values'", "criterion 'jury'")
        .contains("criterion 'capacity'");
  }

  @Test
  void aRuleThatAwardsOnEveryCriterionCoversThemAll() throws IOException {
    RuleBook book = own("""
        rule "Every proposal earns a point on every criterion"
        // Names no criterion: it may award on any.
        when
            $c : Criterion()
            $p : Proposal()
        then
            insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), BigDecimal.ONE, "One point."));
        end
        """);

    assertThat(book.warnings(CallFixtures.aFederalCall())).isEmpty();
  }

  @Test
  void aCriterionNamedOnlyInACommentIsNotCovered() throws IOException {
    RuleBook book = own("""
        rule "Every proposal earns a point on values"
        // Not on FederalVocabulary.JURY.
        when
            $c : Criterion( id == "values" )
            $p : Proposal()
        then
            insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), BigDecimal.ONE, "One point."));
        end
        """);

    assertThat(book.warnings(CallFixtures.aFederalCall())).extracting(RuleBookWarning::file).contains("criterion 'jury'")
        .doesNotContain("criterion 'values'");
  }

  @Test
  void aFunctionThatMakesAwardsMayAwardOnAnyCriterion() throws IOException {
    RuleBook book = own("""
        function AwardFinding onePoint(Proposal p, CriterionId criterion) {
            return new AwardFinding(p.id(), criterion, "a helper", BigDecimal.ONE, "One point.");
        }

        rule "Every proposal earns a point on values through a helper"
        // The helper makes the finding, so the rule's own text creates none.
        when
            $c : Criterion( id == "values" )
            $p : Proposal()
        then
            insert(onePoint($p, $c.id()));
        end
        """);

    assertThat(book.warnings(CallFixtures.aFederalCall())).isEmpty();
  }

  @Test
  void theBundledBookCoversTheFederalCall() {
    assertThat(RuleBook.bundled().warnings(CallFixtures.aFederalCall())).isEmpty();
  }

  @Test
  void aRuleOnACriterionTheCallLacksIsWarnedAbout() throws IOException {
    RuleBook book = own("""
        rule "Every proposal earns a point on impact"
        // Impact is a Horizon criterion: the federal call has none.
        when
            $c : Criterion( id == "impact" )
            $p : Proposal()
        then
            insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), BigDecimal.ONE, "One point."));
        end
        """);

    assertThat(book.warnings(CallFixtures.aFederalCall())).extracting(RuleBookWarning::message)
        .contains("rule \"Every proposal earns a point on impact\" awards points on criterion 'impact', which this call "
            + "does not define, so it awards none of them: is the book meant for another call?");
  }

  @Test
  void aRuleOnACriterionTheCallDefinesIsNotWarnedAbout() throws IOException {
    RuleBook book = own("""
        rule "Every proposal earns a point on values"
        // Values is a federal criterion.
        when
            $c : Criterion( id == "values" )
            $p : Proposal()
        then
            insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), BigDecimal.ONE, "One point."));
        end
        """);

    assertThat(book.warnings(CallFixtures.aFederalCall())).extracting(RuleBookWarning::message)
        .noneMatch(m -> m.contains("does not define"));
  }

  @Test
  void theHorizonBookOnTheFederalCallWarnsBothWays() {
    List<RuleBookWarning> warnings = RuleBook.bundled("horizon-europe").warnings(CallFixtures.aFederalCall());

    assertThat(warnings).extracting(RuleBookWarning::file).contains("criterion 'values'", "criterion 'jury'");
    assertThat(warnings).extracting(RuleBookWarning::message)
        .anyMatch(m -> m.startsWith("rule \"Excellence earns the experts' score\" awards points on criterion 'excellence'"));
  }

  @Test
  void theFederalBookOnlyOnTheFederalCallIsSilent() {
    assertThat(RuleBook.bundled().warnings(CallFixtures.aFederalCall())).isEmpty();
  }
}
