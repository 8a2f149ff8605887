package org.convoca.rules.horizon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.testing.ProposalFixtures.aCompleteProposal;

import java.nio.file.Path;
import java.util.List;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.RuleBook;
import org.convoca.rules.RuleFile;
import org.junit.jupiter.api.Test;

/** The bundled "horizon-europe" book as a whole: chosen by name, precompiled, and the same when compiled from its folder. */
class HorizonBookTest {

  private static final Path SOURCES = Path.of("src/main/resources/org/convoca/rules/horizon");

  @Test
  void isChosenByNameBesideTheDefaultBook() {
    assertThat(RuleBook.bundledNames()).containsExactly("federal-call", "horizon-europe");
    assertThat(RuleBook.bundled("horizon-europe")).isSameAs(RuleBook.bundled("horizon-europe"))
        .isNotSameAs(RuleBook.bundled());
    assertThat(RuleBook.bundled("federal-call")).isSameAs(RuleBook.bundled());
  }

  @Test
  void refusesAnUnknownNameAndListsTheBundledBooks() {
    assertThatThrownBy(() -> RuleBook.bundled("horizon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no bundled rule book is called 'horizon'; the bundled books are federal-call, horizon-europe");
    assertThatThrownBy(() -> RuleBook.builder().bundled("FEDERAL-CALL")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quotesAnUnknownNameWithItsControlCharactersWrittenOut() {
    assertThatThrownBy(() -> RuleBook.bundled("a\u001b[31m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no bundled rule book is called 'a\\u001B[31m'; ")
        .hasMessageNotContaining("\u001b");
  }

  @Test
  void holdsThreeAssessmentFilesAndNoTracksOrMonitoring() {
    RuleBook book = RuleBook.bundled("horizon-europe");

    assertThat(book.files()).extracting(RuleFile::name).containsExactly("classification.drl", "eligibility.drl", "scoring.drl");
    assertThat(book.files()).allSatisfy(f -> assertThat(f.phase()).isEqualTo(RuleFile.Phase.ASSESSMENT));
    assertThat(book.monitoringContents()).isEmpty();
    assertThat(book.warnings(HorizonFixtures.aHorizonCall())).isEmpty();
  }

  @Test
  void compiledFromItsFolderItAssessesAsThePrecompiledBookDoes() {
    RuleBook fromFolder = RuleBook.ownRules(List.of(SOURCES));
    Proposal late = Proposal.copyOf(aCompleteProposal()).withId(ProposalId.of("P-002"))
        .withSubmittedAt(java.time.Instant.parse("2021-12-01T00:00:00Z"));
    Dossier dossier = HorizonFixtures.aScoredDossier(aCompleteProposal(), "2.5,4,4.5", "3.5,5,5", "3,3,3.5");
    dossier = dossier.withProposals(aCompleteProposal(), late)
        .withJury(dossier.jury().withScores(concat(dossier.jury().scores(),
            HorizonFixtures.scores(late, "4,4,4", "4,4,4", "4,4,4"))));

    assertThat(fromFolder.contents()).isEqualTo(RuleBook.bundled("horizon-europe").contents());
    assertThat(fromFolder.assess(dossier)).isEqualTo(RuleBook.bundled("horizon-europe").assess(dossier));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
