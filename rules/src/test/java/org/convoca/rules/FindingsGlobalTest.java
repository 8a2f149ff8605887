package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.LabelFinding;
import org.convoca.call.FederalVocabulary;
import org.convoca.dossier.Dossier;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled rules record their findings through the {@code findings} global: a book of bundled
 * files keeps them beside the session, and a book with an assessment file of its own inserts them,
 * so that a folder rule that matches a bundled rule's finding sees it as before.
 */
class FindingsGlobalTest {

  private static final String BONUS = "A co-created proposal earns a bonus point on co-creation";

  @TempDir
  Path temp;

  @Test
  void aFolderRuleSeesTheLabelThatABundledRuleRecords() throws IOException {
    Path dir = RuleFolders.write(temp, "rules", "bonus.drl", """
        package bonus;

        import java.math.BigDecimal;
        import org.convoca.assessment.AwardFinding;
        import org.convoca.assessment.LabelFinding;
        import org.convoca.call.Criterion;
        import org.convoca.call.FederalVocabulary;
        import org.convoca.proposal.Proposal;

        rule "%s"
        // Reads the label "A proposal co-owned by a non-governmental partner is co-created" records.
        when
            $c : Criterion( id == FederalVocabulary.COCREATION )
            $p : Proposal()
            LabelFinding( proposal == $p.id(), label == FederalVocabulary.CO_CREATED )
        then
            insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), BigDecimal.ONE, "Co-created."));
        end
        """.formatted(BONUS));
    RuleBook book = RuleBook.bundledWith(List.of(dir));
    assertThat(book.reachesById()).isFalse();
    Dossier dossier = DossierGenerator.withSeed(31).proposals(DossierFacts.BATCH + 20).generate();

    List<Assessment> assessments = book.assess(dossier);

    assertThat(assessments).anyMatch(FindingsGlobalTest::coCreated).anyMatch(a -> !coCreated(a));
    assertThat(assessments).allSatisfy(a -> assertThat(a.criteria().stream().flatMap(c -> c.awards().stream())
        .map(AwardFinding::rule).filter(BONUS::equals).count()).as("bonus awards on %s", a.proposalId())
        .isEqualTo(coCreated(a) ? 1 : 0));
  }

  @Test
  void theBundledBookAssessesAsItsRulesCopiedIntoAFolderThatInsertTheirFindings() throws IOException {
    // A folder file with no rules makes the book one of its own: every finding is inserted, in one
    // session with every shared fact, and the rules are compiled at run time.
    Path dir = RuleFolders.write(temp, "rules", "nothing-more.drl", "package org.convoca.rules.federal;\n");
    RuleBook withFolder = RuleBook.bundledWith(List.of(dir));
    assertThat(withFolder.reachesById()).isFalse();
    Dossier dossier = DossierGenerator.withSeed(32).proposals(2 * DossierFacts.BATCH + 7).generate();

    assertThat(withFolder.assess(dossier)).isEqualTo(RuleBook.bundled().assess(dossier));
  }

  private static boolean coCreated(Assessment assessment) {
    return assessment.labels().stream().map(LabelFinding::label).anyMatch(FederalVocabulary.CO_CREATED::equals);
  }
}
