package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phases of a rule folder's book are made at the same time, and say their compile errors in
 * the phases' order all the same: the assessment's, then the post-selection's, then the
 * monitoring's, whichever was compiled first. (That each phase's knowledge base lands in its place
 * is shown by {@link FolderBuildAgreementTest}: a folder book concludes and monitors as the
 * bundled book does.)
 */
class KnowledgeBasesTest {

  @TempDir
  Path temp;

  @Test
  void theErrorsOfEveryPhaseAreListedInThePhasesOrder() throws IOException {
    Path rules = folderWithAnErrorInEachPhase();

    assertThat(originsOfProblems(RuleBook.builder().bundled().folder(rules)))
        .containsExactly(rules.resolve("aa-broken.drl").toString(), rules.resolve("tracks-broken.drl").toString(),
            rules.resolve("monitoring-broken.drl").toString());
  }

  @Test
  void throughTheCacheTheErrorsAreTheSameAndNothingIsStored() throws IOException {
    Path rules = folderWithAnErrorInEachPhase();
    List<RuleProblem> compiled = problems(RuleBook.builder().bundled().folder(rules));
    RuleBookCache cache = new RuleBookCache(temp.resolve("cache"));

    assertThat(problems(RuleBook.builder().bundled().folder(rules).cache(cache))).isEqualTo(compiled);
    assertThat(cache.misses()).isEqualTo(3);
    assertThat(problems(RuleBook.builder().bundled().folder(rules).cache(cache))).isEqualTo(compiled);
    assertThat(cache.hits()).as("a book that does not compile is never stored").isZero();
  }

  private Path folderWithAnErrorInEachPhase() throws IOException {
    String broken = """
        package org.convoca.rules.federal;

        rule "NAME"
        when
            $x : NoSuchType( )
        then
        end
        """;
    return RuleFolders.write(temp, "rules",
        "monitoring-broken.drl", broken.replace("NAME", "A broken monitoring rule"),
        "tracks-broken.drl", broken.replace("NAME", "A broken track rule"),
        "aa-broken.drl", broken.replace("NAME", "A broken assessment rule"));
  }

  private static List<String> originsOfProblems(RuleBook.Builder builder) {
    return problems(builder).stream().map(RuleProblem::file).distinct().toList();
  }

  private static List<RuleProblem> problems(RuleBook.Builder builder) {
    return catchThrowableOfType(RuleBookException.class, builder::build).problems();
  }
}
