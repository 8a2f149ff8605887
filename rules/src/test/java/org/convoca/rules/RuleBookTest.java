package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.testing.ProposalFixtures.aCompleteProposal;
import static org.convoca.testing.DossierFixtures.aDossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.FindingRejectedException;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: building from the bundled book and folders, merging, errors, listing and fingerprint input. */
class RuleBookTest {

  private static final String HEADER = """
      package org.convoca.rules.federal;

      import org.convoca.assessment.AwardFinding;
      import org.convoca.assessment.LabelFinding;
      import org.convoca.call.CriterionId;
      import org.convoca.proposal.Proposal;
      import java.math.BigDecimal;

      """;

  @TempDir
  Path temp;

  private Path folder(String name, String... fileAndText) throws IOException {
    return RuleFolders.write(temp, name, fileAndText);
  }

  @Test
  void listsTheBundledRulesByFileEachWithItsPlainWordsLine() {
    RuleBook book = RuleBook.bundled();
    assertThat(book.contents().keySet()).filteredOn(f -> f.endsWith(".drl")).containsExactly("classification.drl",
        "eligibility.drl", "scoring-capacity.drl", "scoring-cocreation.drl", "scoring-commitments.drl",
        "scoring-feasibility.drl", "scoring-jury.drl", "scoring-priority.drl", "scoring-values.drl", "tracks.drl");
    assertThat(book.contents().keySet()).as("the sentences are part of what the fingerprint covers")
        .anyMatch(f -> f.startsWith("messages.properties#")).anyMatch(f -> f.startsWith("messages_es.properties#"))
        .allMatch(f -> f.endsWith(".drl") || f.matches("messages(_es)?\\.properties#[0-9a-f]{16}"))
        .doesNotContainAnyElementsOf(book.monitoringContents().keySet());
    assertThat(book.monitoringContents().keySet()).filteredOn(f -> f.endsWith(".drl")).containsExactly(
        "monitoring-completion.drl", "monitoring-recognition.drl", "monitoring-results.drl", "monitoring-status.drl");
    assertThat(book.rules()).hasSize(54).allSatisfy(r -> assertThat(r.summary()).isNotBlank());
    assertThat(book.rules()).extracting(RuleDescription::file).isSorted();
    assertThat(book.rules()).filteredOn(r -> r.file().equals("eligibility.drl")).first().satisfies(r -> {
      assertThat(r.name()).isEqualTo("Applicant must be a provincial or municipal government");
      assertThat(r.summary()).startsWith("Only the levels of government the call lists may apply");
    });
    assertThat(RuleBook.bundled()).isSameAs(book);
  }

  @Test
  void aFolderReplacesABundledFileOfTheSameNameAndAddsNewFilesAndLaterFoldersWin() throws IOException {
    Path first = folder("first",
        "scoring-values.drl", HEADER + """
            rule "Every proposal earns two values points"
            // A flat award, replacing the bundled values rules.
            when
                $p : Proposal()
            then
                insert(new AwardFinding($p.id(), CriterionId.of("values"), drools.getRule().getName(), new BigDecimal("2"), "Flat."));
            end
            """,
        "extra.drl", HEADER + "rule \"Never\"\nwhen\n    eval(false)\nthen\nend\n");
    Path second = folder("second",
        "extra.drl", HEADER + """
            rule "Every proposal is labelled REVIEWED"
            // Marks every proposal for a second reading.
            when
                $p : Proposal()
            then
                insert(new LabelFinding($p.id(), "REVIEWED", drools.getRule().getName(), "Read twice."));
            end
            """);

    RuleBook book = RuleBook.builder().bundled().folder(first).folder(second).build();

    assertThat(book.contents().get("scoring-values.drl")).contains("Every proposal earns two values points");
    assertThat(book.contents().get("extra.drl")).contains("REVIEWED");
    assertThat(book.rules()).extracting(RuleDescription::name)
        .contains("Every proposal earns two values points", "Every proposal is labelled REVIEWED",
            "Applicant must be a provincial or municipal government")
        .doesNotContain("Never", "Technology and innovation as a lens earns a tenth of the values points");
    Assessment a = book.assess(aDossier(aCompleteProposal())).get(0);
    assertThat(a.hasLabel("REVIEWED")).isTrue();
    assertThat(a.criterion(org.convoca.call.CriterionId.of("values")).orElseThrow().rawPoints()).isEqualByComparingTo("2");
    assertThat(a.eligible()).isTrue();
    assertThat(book.assign(aDossier(aCompleteProposal()), List.of(a), List.of(a.proposalId()))).hasSize(1);
  }

  @Test
  void reportsEveryCompileErrorWithItsFileAndLine() throws IOException {
    Path dir = folder("broken",
        "unknown-field.drl", HEADER + """
            rule "Reads a field the model does not have"
            // Proposals have no budget; they have funding.
            when
                $p : Proposal( budget > 10 )
            then
            end
            """,
        "syntax.drl", HEADER + "rule \"Unfinished\"\nwhen\n    $p : Proposal(\nthen\nend\n");

    assertThatThrownBy(() -> RuleBook.ownRules(List.of(dir)))
        .isInstanceOfSatisfying(RuleBookException.class, e -> {
          assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("unknown-field.drl").toString());
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.toString()).startsWith(dir.resolve("unknown-field.drl") + ":12: ");
          });
          assertThat(e.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo(dir.resolve("syntax.drl").toString()));
          assertThat(e.getMessage()).contains("unknown-field.drl:12:", "syntax.drl:13:").doesNotContain("null Package");
        });
  }

  @Test
  void reportsAFolderThatCannotBeRead() {
    Path missing = temp.resolve("missing");
    assertThatThrownBy(() -> RuleBook.builder().bundled().folder(missing).build())
        .isInstanceOf(RuleBookException.class).hasMessageContaining(missing + ":0: not a folder of rule files");
    assertThatThrownBy(() -> RuleBook.builder().build()).isInstanceOf(RuleBookException.class);
  }

  @Test
  void namesTheRuleAndTheProposalWhenARuleFailsAtRunTime() throws IOException {
    Path dir = folder("failing", "failing.drl", HEADER + """
        rule "Divides by the number of partners"
        // Fails for a proposal without partners.
        when
            $p : Proposal( id.value == "P-BOOM" )
        then
            int share = 10 / $p.coCreation().partners().size();
        end

        rule "Awards points to a criterion the call does not have"
        // The call has no 'charisma' criterion.
        when
            $p : Proposal( id.value == "P-ODD" )
        then
            insert(new AwardFinding($p.id(), CriterionId.of("charisma"), drools.getRule().getName(), BigDecimal.ONE, "Smiles."));
        end
        """);
    RuleBook book = RuleBook.ownRules(List.of(dir));
    var boom = aCompleteProposal().withId(ProposalId.of("P-BOOM"));
    var boomDossier = aDossier(boom.withCoCreation(boom.coCreation().withPartners(List.of())));
    assertThatThrownBy(() -> book.assess(boomDossier))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.rule()).isEqualTo("Divides by the number of partners");
          assertThat(e.proposal()).contains(ProposalId.of("P-BOOM"));
          assertThat(e.file()).contains(dir.resolve("failing.drl").toString());
          assertThat(e.getCause()).isInstanceOf(ArithmeticException.class);
        });
    assertThatThrownBy(() -> book.assess(aDossier(aCompleteProposal().withId(ProposalId.of("P-ODD")))))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.rule()).isEqualTo("Awards points to a criterion the call does not have");
          assertThat(e.proposal()).contains(ProposalId.of("P-ODD"));
          assertThat(e.file()).contains(dir.resolve("failing.drl").toString());
          assertThat(e.getCause()).isInstanceOfSatisfying(FindingRejectedException.class,
              rejected -> assertThat(rejected.reason()).startsWith("awarded points to criterion 'charisma'"));
        });
    assertThat(book.assign(aDossier(), List.of(), List.of())).isEmpty();
  }
}
