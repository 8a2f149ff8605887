package org.convoca.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.outcome.CallOutcome;
import org.convoca.rules.Convoca;
import org.convoca.rules.RuleBook;
import org.convoca.rules.RuleBookWarning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways to build a book from folders, on the sample call: laid over the bundled book, or the
 * folders' rules alone, which says which of the call's criteria none of its rules awards points on.
 */
class RuleBookOverlayTest {

  private static final String VALUES_ONLY = """
      package org.convoca.rules.federal;

      import org.convoca.assessment.AwardFinding;
      import org.convoca.call.Criterion;
      import org.convoca.call.FederalVocabulary;
      import org.convoca.proposal.Proposal;

      rule "Every proposal earns a point on values"
      // A stand-in for a team's own scoring: one criterion only.
      when
          $c : Criterion( id == FederalVocabulary.VALUES )
          $p : Proposal()
      then
          insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), java.math.BigDecimal.ONE, "One point."));
      end
      """;

  private static Dossier sample;

  @TempDir
  Path temp;

  @BeforeAll
  static void readSample() throws URISyntaxException {
    sample = DossierReader.standard().read(Path.of(Objects.requireNonNull(
        RuleBookOverlayTest.class.getResource("/org/convoca/examples/federal-call-2021.json")).toURI()));
  }

  private Path folder() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("my-rules"));
    Files.writeString(dir.resolve("my-values.drl"), VALUES_ONLY, UTF_8);
    return dir;
  }

  @Test
  void bundledWithKeepsTheBundledFilesAndAddsTheFolders() throws IOException {
    RuleBook book = RuleBook.bundledWith(List.of(folder()));

    assertThat(book.contents().keySet()).containsAll(RuleBook.bundled().contents().keySet()).contains("my-values.drl")
        .hasSize(RuleBook.bundled().contents().size() + 1);
    assertThat(Convoca.with(book).decide(sample).selected()).isNotEmpty();
  }

  @Test
  void bundledWithNoFolderIsTheBundledBook() {
    assertThat(RuleBook.bundledWith(List.of())).isSameAs(RuleBook.bundled());
  }

  @Test
  void ownRulesHoldOnlyTheFoldersFiles() throws IOException {
    assertThat(RuleBook.ownRules(List.of(folder())).contents().keySet()).containsExactly("my-values.drl");
  }

  @Test
  @SuppressWarnings("deprecation")
  void fromFoldersStillBuildsTheFoldersOwnRules() throws IOException {
    assertThat(RuleBook.fromFolders(List.of(folder())).contents()).isEqualTo(RuleBook.ownRules(List.of(folder())).contents());
  }

  @Test
  void aBookOfOwnRulesOnTheSampleWarnsOfEachCriterionNoRuleAwardsPointsOn() throws IOException {
    RuleBook own = RuleBook.ownRules(List.of(folder()));

    List<String> unawarded = sample.call().criteria().stream().map(c -> c.id().value()).filter(id -> !id.equals("values"))
        .toList();
    assertThat(unawarded).isNotEmpty();
    assertThat(own.warnings()).isEmpty();
    assertThat(own.warnings(sample.call())).extracting(RuleBookWarning::file)
        .containsExactlyElementsOf(unawarded.stream().map(id -> "criterion '" + id + "'").toList());
    CallOutcome outcome = Convoca.with(own).decide(sample);
    // The sample is a Spanish call: the note's frame is Spanish, the rule book's warning it quotes is the book's own English.
    assertThat(outcome.selection().notes()).filteredOn(n -> n.startsWith("Advertencia del libro de reglas"))
        .hasSize(unawarded.size())
        .allMatch(n -> n.contains("no rule of this book awards points on it, so every proposal gets 0 of its"))
        .anyMatch(n -> n.startsWith("Advertencia del libro de reglas: criterion 'jury': "));
  }

  @Test
  void theBundledBookOnTheSampleDoesNotWarn() {
    assertThat(RuleBook.bundled().warnings(sample.call())).isEmpty();
    assertThat(Convoca.withBundledRules().decide(sample).selection().notes())
        .noneMatch(n -> n.startsWith("Rule book warning") || n.startsWith("Advertencia del libro de reglas"));
  }
}
