package org.convoca.rules.testing;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.convoca.rules.RuleBook;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Golden cases as JUnit 5 dynamic tests, one per case, for any project's test suite: return them
 * from a method annotated {@code @TestFactory},
 *
 * <pre>{@code
 * Stream<DynamicNode> goldenCases() {
 *   return GoldenCases.in(Path.of("src/test/golden"), RuleBook.bundledWith(List.of(Path.of("src/main/rules"))));
 * }
 * }</pre>
 *
 * <p>A failing case fails its test with the case's {@link CaseResult#report() report}. This class
 * needs JUnit Jupiter's API, an optional dependency of convoca-rules: a project that calls it has
 * JUnit on its test class path already. {@link GoldenSuite} does the same without JUnit.
 */
public final class GoldenCases {

  private GoldenCases() {}

  /**
   * One test per case of the suite in {@code folder}, run with the bundled rule book.
   *
   * @param folder the suite's folder
   * @return one dynamic test per case, named after it, in the order of the names
   * @throws InvalidCaseException listing every problem of the suite, when it has any
   */
  public static Stream<DynamicNode> in(Path folder) {
    return in(folder, RuleBook.bundled());
  }

  /**
   * One test per case of the suite in {@code folder}, run with {@code book}.
   *
   * @param folder the suite's folder
   * @param book the rule book to test
   * @return one dynamic test per case, named after it, in the order of the names
   * @throws InvalidCaseException listing every problem of the suite, when it has any
   */
  public static Stream<DynamicNode> in(Path folder, RuleBook book) {
    requireNonNull(book, "book");
    GoldenSuite suite = GoldenSuite.read(folder);
    return suite.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), folder.resolve(c.name()).toUri(), () -> {
      CaseResult result = c.run(book);
      if (!result.passed()) {
        throw new AssertionError(result.report());
      }
    }));
  }
}
