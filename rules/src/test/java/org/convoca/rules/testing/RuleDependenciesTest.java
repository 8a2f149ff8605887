package org.convoca.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.convoca.rules.RuleBook;
import org.junit.jupiter.api.Test;

/** Which rules a rule needs, read from DRL text: the rules that create a type of fact its conditions name. */
class RuleDependenciesTest {

  @Test
  void aRuleNeedsTheRulesThatCreateWhatItReadsAndWhatTheyNeedInTurn() {
    RuleDependencies dependencies = RuleDependencies.of(RuleBook.bundled().monitoringContents());
    // Completion reads the milestone findings; recognition reads completion findings, and so the milestone rules too.
    assertThat(dependencies.neededBy("Milestones all complete make a commitment, or the project, complete"))
        .contains("A milestone reported with progress and evidence counts at its reported level",
            "A milestone that no report lists counts as no evidence")
        .noneMatch(r -> r.startsWith("A promising project"));
    assertThat(dependencies.neededBy("A promising project has reached high completion"))
        .contains("Milestones all complete make a commitment, or the project, complete",
            "A milestone reported with progress and evidence counts at its reported level");
    assertThat(dependencies.neededBy("A milestone that no report lists counts as no evidence")).isEmpty();
  }

  @Test
  void commentsStringsAndCreatedFactsInConditionsAreNotReads() {
    String drl = """
        rule "Labels"
        when
            $p : Proposal()
        then
            insert(new LabelFinding($p.id(), "X", drools.getRule().getName(), "Labelled."));
        end

        rule "Reads nothing it could need"
        // LabelFinding( label == "X" ) is only mentioned here
        /* and here: LabelFinding( ) */
        when
            $p : Proposal( title != "LabelFinding( )" )
            eval( new LabelFinding($p.id(), "X", "r", "s") != null )
        then
            insert(new AwardFinding($p.id(), null, drools.getRule().getName(), null, "then LabelFinding( )"));
        end

        rule "Reads the label"
        when
            not LabelFinding( label == "X" )
        then
        end
        """;
    RuleDependencies dependencies = RuleDependencies.of(Map.of("a.drl", drl));
    assertThat(dependencies.neededBy("Reads nothing it could need")).isEmpty();
    assertThat(dependencies.neededBy("Reads the label")).containsExactly("Labels");
    assertThat(dependencies.neededBy("Labels")).isEmpty();
  }
}
