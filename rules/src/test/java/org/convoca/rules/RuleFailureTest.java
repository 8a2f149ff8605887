package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.testing.ProposalFixtures.aCompleteProposal;
import static org.convoca.testing.DossierFixtures.aDossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that fails says which rule, in which file, on which proposal and why: compile time and run time. */
class RuleFailureTest {

  private static final String HEADER = """
      package org.convoca.rules.federal;

      import org.convoca.proposal.Proposal;

      """;
  private static final ProposalId FINE = ProposalId.of("P-OK");
  private static final ProposalId BOOM = ProposalId.of("P-BOOM");

  @TempDir
  Path temp;

  @Test
  void namesTheRuleWhenAFunctionItCallsInItsConsequenceRecursesWithoutEnd() {
    Path dir = HostileRules.recursingInAConsequence(temp);

    assertThatThrownBy(() -> RuleBook.ownRules(List.of(dir)).assess(twoProposals()))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.rule()).isEqualTo(HostileRules.RECURSES);
          assertThat(e.proposal()).contains(BOOM);
          assertThat(e.file()).contains(dir.resolve("deep.drl").toString());
          assertThat(e.getCause()).isInstanceOf(StackOverflowError.class);
          assertThat(e.getMessage()).isEqualTo("rule 'Recurses in its consequence' in " + dir.resolve("deep.drl")
              + " failed on proposal 'P-BOOM': StackOverflowError");
        });
  }

  @Test
  void namesTheRuleAndFindsTheProposalWhenAFunctionItCallsInACondition() throws IOException {
    Path dir = folder("deep.drl", """
        function boolean deeper(int n) { return deeper(n + 1); }

        rule "Recurses in its condition"
        // The function never returns for P-BOOM.
        when
            $p : Proposal()
            eval( $p.id().value().equals("P-BOOM") && deeper(0) )
        then
        end
        """);

    assertThatThrownBy(() -> RuleBook.ownRules(List.of(dir)).assess(twoProposals()))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.rule()).isEqualTo("Recurses in its condition");
          assertThat(e.proposal()).contains(BOOM);
          assertThat(e.getCause()).isInstanceOf(StackOverflowError.class);
        });
  }

  @Test
  void namesTheProposalTheFileAndTheRootCauseWhenAConstraintThrows() throws IOException {
    Path dir = folder("condition.drl", """
        rule "Reads past the end of the id"
        // Ids longer than four characters are read past their end.
        when
            $p : Proposal( id.value.length() < 5 || id.value.substring(40) == "x" )
        then
        end
        """);

    assertThatThrownBy(() -> RuleBook.ownRules(List.of(dir)).assess(twoProposals()))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.rule()).isEqualTo("Reads past the end of the id");
          assertThat(e.proposal()).contains(BOOM);
          assertThat(e.file()).contains(dir.resolve("condition.drl").toString());
          assertThat(e.getCause()).isInstanceOf(StringIndexOutOfBoundsException.class);
          assertThat(e.getMessage())
              .startsWith("rule 'Reads past the end of the id' in " + dir.resolve("condition.drl")
                  + " failed on proposal 'P-BOOM': StringIndexOutOfBoundsException: ")
              .doesNotContain("Error evaluating constraint", "\n");
        });
  }

  @Test
  void namesTheProposalAndTheRootCauseWhenAnEvalThrows() throws IOException {
    Path dir = folder("eval.drl", """
        rule "Divides by the length of the id minus six"
        // P-BOOM has six characters.
        when
            $p : Proposal()
            eval( 10 / ($p.id().value().length() - 6) > 0 )
        then
        end
        """);

    assertThatThrownBy(() -> RuleBook.ownRules(List.of(dir)).assess(twoProposals()))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.rule()).isEqualTo("Divides by the length of the id minus six");
          assertThat(e.proposal()).contains(BOOM);
          assertThat(e.getCause()).isInstanceOf(ArithmeticException.class);
        });
  }

  @Test
  void namesTheRuleAndTheProposalWhenAConsequenceThrowsAnError() throws IOException {
    Path dir = folder("error.drl", """
        rule "Asserts what is false"
        // An error, not an exception, out of a consequence.
        when
            $p : Proposal( id.value == "P-BOOM" )
        then
            throw new AssertionError("boom");
        end
        """);

    assertThatThrownBy(() -> RuleBook.ownRules(List.of(dir)).assess(twoProposals()))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.rule()).isEqualTo("Asserts what is false");
          assertThat(e.proposal()).contains(BOOM);
          assertThat(e.getCause()).isInstanceOf(AssertionError.class);
          assertThat(e.getMessage()).isEqualTo("rule 'Asserts what is false' in " + dir.resolve("error.drl")
              + " failed on proposal 'P-BOOM': AssertionError: boom");
        });
  }

  @Test
  void namesTheRuleAndFindsTheProposalWhenAFunctionInAConditionThrowsAnError() throws IOException {
    Path dir = folder("error.drl", """
        function boolean refuses(String id) { if (id.equals("P-BOOM")) { throw new LinkageError("boom"); } return true; }

        rule "Calls a function that fails on P-BOOM"
        // The function throws an error for P-BOOM.
        when
            $p : Proposal()
            eval( refuses($p.id().value()) )
        then
        end
        """);

    assertThatThrownBy(() -> RuleBook.ownRules(List.of(dir)).assess(twoProposals()))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.rule()).isEqualTo("Calls a function that fails on P-BOOM");
          assertThat(e.proposal()).contains(BOOM);
          assertThat(e.getCause()).isInstanceOf(LinkageError.class);
        });
  }

  @Test
  void namesTheRuleWhenACheckedExceptionIsThrownPastTheCompiler() throws IOException {
    Path dir = folder("sneaky.drl", """
        import org.convoca.rules.SneakyThrow;

        rule "Calls code that throws a checked exception it does not declare"
        // SneakyThrow throws an Exception for P-BOOM.
        when
            $p : Proposal()
            eval( !$p.id().value().equals("P-BOOM") || SneakyThrow.checked("sneaky") )
        then
        end
        """);

    assertThatThrownBy(() -> RuleBook.ownRules(List.of(dir)).assess(twoProposals()))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.rule()).isEqualTo("Calls code that throws a checked exception it does not declare");
          assertThat(e.proposal()).contains(BOOM);
          assertThat(e.getCause()).isExactlyInstanceOf(Exception.class).hasMessage("sneaky");
        });
  }

  @Test
  void letsAnOutOfMemoryErrorThroughAsItIsForTheCommandToReport() throws IOException {
    Path dir = folder("memory.drl", """
        rule "Says the memory ran out"
        // The JVM's failure, not the rule's: it must reach the caller as it is.
        when
            $p : Proposal( id.value == "P-BOOM" )
        then
            throw new OutOfMemoryError("simulated");
        end
        """);

    assertThatThrownBy(() -> RuleBook.ownRules(List.of(dir)).assess(twoProposals()))
        .isExactlyInstanceOf(OutOfMemoryError.class).hasMessage("simulated");
  }

  @Test
  void reportsBadJavaInAConsequenceAtTheLineOfTheStatement() throws IOException {
    Path dir = folder("consequence.drl", """
        rule "Calls what does not exist"
        // Line 5 is the rule; the bad statement is on line 11.
        when
            $p : Proposal()
        then
            String fine = "ok";
            undefinedVariable.foo();
        end

        rule "Assigns text to a number"
        // The bad statement is on line 20, after a blank line.
        when
            $p : Proposal()
        then

            int n = "ten";
        end

        rule "Does it all on one line"
        // The bad statement shares the line of then: line 26.
        when $p : Proposal()
        then int m = "one"; end
        """);

    assertThatThrownBy(() -> RuleBook.ownRules(List.of(dir)))
        .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems())
            .extracting(RuleProblem::line, p -> p.message().contains("undefinedVariable") || p.message().contains("cannot convert"))
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(11, true),
                org.assertj.core.groups.Tuple.tuple(20, true),
                org.assertj.core.groups.Tuple.tuple(26, true)));
  }

  private static Dossier twoProposals() {
    return aDossier(aCompleteProposal().withId(FINE), aCompleteProposal().withId(BOOM));
  }

  private Path folder(String file, String drl) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("rules"));
    Files.writeString(dir.resolve(file), HEADER + drl);
    return dir;
  }
}
