package org.convoca.rules.testing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convoca.rules.RuleBook;

/**
 * A folder of golden cases, read and checked whole: each case is a subfolder holding a
 * {@code case.json}, and its dossier is either a {@code dossier.json} beside it or a base dossier
 * inside the suite with the case's changes laid over it (README.md, "Golden cases", documents the
 * format). Works without JUnit; {@link GoldenCases} turns a suite into JUnit tests.
 *
 * <p>The folder is untrusted: only folders and regular files inside it are read, never through a
 * link; a base outside it is refused; a case file may hold 4 MB, a dossier 64 MB, a suite 500
 * cases.
 */
public final class GoldenSuite {

  private final Path folder;
  private final List<GoldenCase> cases;

  private GoldenSuite(Path folder, List<GoldenCase> cases) {
    this.folder = folder;
    this.cases = List.copyOf(cases);
  }

  /**
   * The suite in {@code folder}, every case read and checked.
   *
   * @param folder the suite's folder
   * @return the suite, with at least one case, sorted by name
   * @throws InvalidCaseException listing every problem of every case, when there is any, and when
   *     the folder holds no case
   * @throws UncheckedIOException when the folder does not exist or cannot be listed
   * @throws NullPointerException when {@code folder} is null
   */
  public static GoldenSuite read(Path folder) {
    requireNonNull(folder, "folder");
    SuiteFolder suite;
    List<CaseProblem> problems = new ArrayList<>();
    List<GoldenCase> cases = new ArrayList<>();
    try {
      suite = SuiteFolder.at(folder);
      CaseReader reader = new CaseReader(suite, problems);
      for (Path caseFolder : suite.caseFolders(CaseReader.CASE_FILE, problems)) {
        reader.read(caseFolder).ifPresent(cases::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the golden cases in " + folder + ": " + e.getMessage(), e);
    }
    if (problems.isEmpty() && cases.isEmpty()) {
      problems.add(new CaseProblem(".", "", "holds no case; a case is a folder inside it with a " + CaseReader.CASE_FILE));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseException(problems);
    }
    return new GoldenSuite(folder, cases);
  }

  /** {@return the suite's folder, as it was given} */
  public Path folder() {
    return folder;
  }

  /** {@return the cases, sorted by name; never empty} */
  public List<GoldenCase> cases() {
    return cases;
  }

  /**
   * Runs every case with {@code book}, in order.
   *
   * @param book the rule book to test
   * @return one result per case, in the order of {@link #cases()}
   * @throws org.convoca.rules.RuleExecutionException when a rule fails while running
   */
  public List<CaseResult> run(RuleBook book) {
    return cases.stream().map(c -> c.run(book)).toList();
  }
}
