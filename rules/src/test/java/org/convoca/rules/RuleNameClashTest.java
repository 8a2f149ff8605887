package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A book may not hold two rules of the same name: everything downstream knows a rule by its name. */
class RuleNameClashTest {

  private static final String BUNDLED_NAME = "Each non-governmental co-owner earns a quarter of the co-creation points";

  private static String file(String pkg, String... ruleNames) {
    StringBuilder text = new StringBuilder("package " + pkg + """
        ;

        import java.math.BigDecimal;
        import org.convoca.assessment.AwardFinding;
        import org.convoca.call.Criterion;
        import org.convoca.call.FederalVocabulary;
        import org.convoca.proposal.Proposal;
        """);
    for (String name : ruleNames) {
      text.append("\nrule \"").append(name).append("""
          "
          // Seven points on values for every proposal.
          when
              $c : Criterion( id == FederalVocabulary.VALUES )
              $p : Proposal()
          then
              insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), new BigDecimal("7"), "Seven."));
          end
          """);
    }
    return text.toString();
  }

  @TempDir
  Path temp;

  @Test
  void everyBundledBookHasUniqueRuleNamesSoItsBuildNeedNotCheckThem() {
    // RuleBook.Builder checks names only when a folder is added: this keeps that shortcut honest.
    for (String name : RuleBook.bundledNames()) {
      List<String> clashes = RuleIndex.sameNames(BundledBook.named(name).sources()).stream().map(RuleProblem::message).toList();
      assertThat(clashes).as(name).isEmpty();
    }
  }

  @Test
  void aFolderRuleNamedLikeABundledRuleInAnotherPackageIsRefusedNamingBothPlaces() throws IOException {
    Path dir = RuleFolders.write(temp, "other", "other.drl", file("org.convoca.rules.other", BUNDLED_NAME));

    assertThatThrownBy(() -> RuleBook.bundledWith(List.of(dir)))
        .isInstanceOfSatisfying(RuleBookException.class, e -> {
          assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("other.drl").toString());
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).contains("\"" + BUNDLED_NAME + "\"", "scoring-cocreation.drl:57", "rename one");
          });
        });
  }

  @Test
  void aFolderFileThatReplacesTheBundledFileMayKeepItsRuleNames() throws IOException {
    String bundled = new String(RuleBook.class.getResourceAsStream("federal/scoring-cocreation.drl").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    Path dir = RuleFolders.write(temp, "copy", "scoring-cocreation.drl", bundled);

    assertThat(RuleBook.bundledWith(List.of(dir)).rules()).filteredOn(r -> r.name().equals(BUNDLED_NAME)).hasSize(1);
  }

  @Test
  void twoFolderFilesOfOnePackageWithTheSameRuleNameAreRefused() throws IOException {
    Path dir = RuleFolders.write(temp, "same", "a-own.drl", file("org.convoca.rules.own", "Seven on values"),
        "b-own.drl", file("org.convoca.rules.own", "Another rule", "Seven on values"));

    assertThatThrownBy(() -> RuleBook.ownRules(List.of(dir)))
        .isInstanceOf(RuleBookException.class)
        .hasMessageContaining(dir.resolve("b-own.drl") + ":18: rule \"Seven on values\" has the same name as the rule at "
            + dir.resolve("a-own.drl") + ":9");
  }

  @Test
  void aMonitoringRuleMayNotTakeTheNameOfAnAssessmentRule() throws IOException {
    Path dir = RuleFolders.write(temp, "phases", "monitoring-extra.drl",
        file("org.convoca.rules.federal.monitoring", BUNDLED_NAME));

    assertThatThrownBy(() -> RuleBook.bundledWith(List.of(dir)))
        .isInstanceOf(RuleBookException.class).hasMessageContaining("monitoring-extra.drl:9: rule \"" + BUNDLED_NAME);
  }

  @Test
  void rulesOfDistinctNamesInAnotherPackageAreAccepted() throws IOException {
    Path dir = RuleFolders.write(temp, "distinct", "other.drl", file("org.convoca.rules.other", "Seven on values"));

    assertThat(RuleBook.bundledWith(List.of(dir)).rules()).extracting(RuleDescription::name)
        .contains("Seven on values", BUNDLED_NAME);
  }

  @Test
  void droolsAloneAlreadyRejectsTheSameNameInOnePackage() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("drools"));
    List<RuleSource> sources = List.of(
        RuleSource.inFolder(dir, "a.drl", "a.drl", file("org.convoca.rules.own", "Seven on values")),
        RuleSource.inFolder(dir, "b.drl", "b.drl", file("org.convoca.rules.own", "Seven on values")));

    assertThatThrownBy(() -> DrlCompiler.compile(sources)).isInstanceOf(RuleBookException.class);
  }
}
