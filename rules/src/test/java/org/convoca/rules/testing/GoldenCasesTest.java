package org.convoca.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convoca.rules.RuleBook;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenCasesTest {

  @TempDir
  Path suite;

  @Test
  void givesOneTestPerCaseNamedAfterItAndFailsAFailingCaseWithItsReport() throws Throwable {
    Files.copy(BundledGoldenCasesTest.FEDERAL_CALL.resolve("base.json"), suite.resolve("base.json"));
    Files.writeString(Files.createDirectories(suite.resolve("passes")).resolve("case.json"),
        "{\"base\": \"../base.json\", \"selected\": [\"P-002\"]}");
    Files.writeString(Files.createDirectories(suite.resolve("fails")).resolve("case.json"),
        "{\"base\": \"../base.json\", \"selected\": []}");

    List<DynamicNode> tests = GoldenCases.in(suite, RuleBook.bundled()).toList();

    assertThat(tests).extracting(DynamicNode::getDisplayName).containsExactly("fails", "passes");
    assertThat(tests.get(0).getTestSourceUri()).contains(suite.resolve("fails").toUri());
    assertThatThrownBy(((DynamicTest) tests.get(0)).getExecutable()::execute).isInstanceOf(AssertionError.class)
        .hasMessage("fails: failed\n  selection\n    selected:\n      expected []\n      was      [P-002]\n");
    ((DynamicTest) tests.get(1)).getExecutable().execute();
  }

  @Test
  void theBundledSuiteHasOneTestPerCaseFolder() throws IOException {
    try (var folders = Files.list(BundledGoldenCasesTest.FEDERAL_CALL)) {
      long cases = folders.filter(Files::isDirectory).count();

      assertThat(GoldenCases.in(BundledGoldenCasesTest.FEDERAL_CALL)).hasSize((int) cases).hasSizeGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void aSuiteThatCannotBeReadFailsTheFactoryWithEveryProblem() {
    assertThatThrownBy(() -> GoldenCases.in(suite)).isInstanceOf(InvalidCaseException.class)
        .hasMessageContaining("holds no case");
  }
}
