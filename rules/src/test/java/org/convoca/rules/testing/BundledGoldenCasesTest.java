package org.convoca.rules.testing;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled book's golden cases (rules/src/golden/federal-call, one folder per case, each value
 * with the reason it is what it is) as JUnit tests, the way any project runs its own.
 */
class BundledGoldenCasesTest {

  /** The suite's folder; tests run in the module's folder. */
  static final Path FEDERAL_CALL = Path.of("src/golden/federal-call");

  @TestFactory
  Stream<DynamicNode> federalCallGoldenCases() {
    return GoldenCases.in(FEDERAL_CALL);
  }
}
