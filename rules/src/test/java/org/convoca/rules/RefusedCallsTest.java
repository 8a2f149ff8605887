package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check that refuses folder DRL reaching beyond the rule model, unless the folder is trusted. */
class RefusedCallsTest {

  private static final String HEADER = """
      package org.convoca.rules.federal;

      import org.convoca.proposal.Proposal;

      """;

  @TempDir
  Path temp;

  private static RuleSource file(String text) {
    return RuleSource.inFolder(Path.of("rules"), "hostile.drl", "rules/hostile.drl", text);
  }

  /** A rule whose consequence is {@code statement}, on line 9 of its file. */
  private static RuleSource consequence(String statement) {
    return file(HEADER + "rule \"Does something\"\nwhen\n    $p : Proposal()\nthen\n    " + statement + "\nend\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
      System.exit(0);                                              | 'System.exit' (process control)
      Runtime.getRuntime().halt(0);                                | 'Runtime' (process control)
      new ProcessBuilder("sh").start();                            | 'ProcessBuilder' (process control)
      Class.forName("java.io.File");                               | 'forName' (reflection)
      $p.getClass().getDeclaredMethod("id").setAccessible(true);   | 'getDeclaredMethod' (reflection)
      java.lang.reflect.Method m = null;                           | 'java.lang.reflect.Method' (reflection)
      java.lang.invoke.MethodHandles.lookup();                     | (reflection)
      new Thread(() -> {}).start();                                | 'Thread' (threads)
      new java.util.Timer().schedule(null, 1L);                    | 'Timer' (threads)
      java.util.concurrent.Executors.newFixedThreadPool(2);        | 'java.util.concurrent.Executors' (threads)
      new java.io.File("/tmp/x").delete();                         | 'java.io.File' (files)
      java.nio.file.Files.delete(null);                            | 'java.nio.file.Files' (files)
      new java.net.Socket("example.org", 80);                      | 'java.net.Socket' (network)
      Thread.currentThread().getContextClassLoader();              | 'getContextClassLoader' (reflection)
      System.setProperty("a", "b");                                | 'System.setProperty' (the environment)
      String home = System.getenv("HOME");                         | 'System.getenv' (the environment)
      sun.misc.Unsafe u = null;                                    | (JDK internals)
      jdk.internal.misc.VM.initLevel();                            | 'jdk.internal.misc.VM' (JDK internals)
      org.convoca.cli.ConvocaCommand.main(new String[0]);          | 'org.convoca.cli.ConvocaCommand'
      System . /* split */ exit(0);                                | 'System.exit' (process control)
      System.out.close();                                          | 'System.out' (the standard streams)
      System.err.println("found it");                              | 'System.err' (the standard streams)
      System.in.read();                                            | 'System.in' (the standard streams)
      """)
  void refusesEachFamilyWithFileAndLine(String statement, String message) {
    List<String> problems = problemsOf(consequence(statement));

    assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("rules/hostile.drl:9: "));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains(message).contains("--trust-rules"));
  }

  @Test
  void refusesImportsOfForbiddenPackagesIncludingWildcardsAndStaticImports() {
    RuleSource source = file("""
        package org.convoca.rules.federal;

        import java.io.*;
        import static java.lang.System.exit;
        import static java.lang.System.*;
        import java.nio.file.Path;
        import com.fasterxml.jackson.databind.ObjectMapper;
        import function org.mvel2.MVEL.eval;
        """);

    assertThat(problemsOf(source)).containsExactly(
        "rules/hostile.drl:3: 'java.io.*' (files) is refused in an untrusted rule folder; "
            + "trust the folder to allow it (--trust-rules, or RuleBook.Builder.trustFolders())",
        "rules/hostile.drl:4: 'System.exit' (process control) is refused in an untrusted rule folder; "
            + "trust the folder to allow it (--trust-rules, or RuleBook.Builder.trustFolders())",
        "rules/hostile.drl:5: 'System.*' (process control) is refused in an untrusted rule folder; "
            + "trust the folder to allow it (--trust-rules, or RuleBook.Builder.trustFolders())",
        "rules/hostile.drl:6: 'java.nio.file.Path' (files) is refused in an untrusted rule folder; "
            + "trust the folder to allow it (--trust-rules, or RuleBook.Builder.trustFolders())",
        "rules/hostile.drl:7: 'com.fasterxml.jackson.databind.ObjectMapper' (outside org.convoca, java.lang, "
            + "java.math, java.text, java.time and java.util) is refused in an untrusted rule folder; "
            + "trust the folder to allow it (--trust-rules, or RuleBook.Builder.trustFolders())",
        "rules/hostile.drl:8: 'org.mvel2.MVEL' (outside org.convoca, java.lang, java.math, java.text, java.time "
            + "and java.util) is refused in an untrusted rule folder; "
            + "trust the folder to allow it (--trust-rules, or RuleBook.Builder.trustFolders())");
  }

  @Test
  void acceptsWordsInCommentsAndStringLiterals() {
    RuleSource source = file(HEADER + """
        // This rule never calls System.exit, Runtime or java.io.File.
        /* Nor Thread, nor Class.forName("x"). */
        rule "Mentions Runtime in a sentence"
        // It says "Runtime" and 'ProcessBuilder' in its strings only.
        when
            $p : Proposal( title != "System.exit(0) and java.net.Socket" )
        then
            String why = "no Thread, no ProcessBuilder, no \\"System.getenv\\" here";
            char quote = '"';
            String more = "and no Runtime either";
        end
        """);

    assertThat(problemsOf(source)).isEmpty();
  }

  @Test
  void refusesCodeHiddenFromOneLexerButReadByAnother() {
    RuleSource hashComment = file(HEADER + "rule \"x\"\nwhen\n    # \"\n    eval( System.exit(0) == null )\n    # \"\nthen\nend\n");
    RuleSource unicodeEscape = consequence("// \\u000a System.exit(0);");
    RuleSource ignorableCharacter = consequence("Sys\u00ADtem.exit(0);");

    assertThat(problemsOf(hashComment)).anySatisfy(p -> assertThat(p).startsWith("rules/hostile.drl:8: 'System.exit'"));
    assertThat(problemsOf(unicodeEscape)).anySatisfy(p -> assertThat(p).contains(":9: the Unicode escape \\u000a"));
    assertThat(problemsOf(ignorableCharacter)).anySatisfy(p -> assertThat(p).contains(":9: 'System.exit'"));
  }

  @Test
  void refusesARuleFileDeclaredInAJdkOrEnginePackage() {
    assertThat(problemsOf(file("package org.mvel2;\n"))).anySatisfy(p -> assertThat(p)
        .startsWith("rules/hostile.drl:1: 'package org.mvel2'"));
  }

  @Test
  void acceptsTheHarmlessMembersOfSystem() {
    RuleSource source = consequence("long t = System.currentTimeMillis() + System.nanoTime() + System.identityHashCode($p); "
        + "String nl = System.lineSeparator(); System.arraycopy(new int[1], 0, new int[1], 0, 1);");

    assertThat(problemsOf(source)).isEmpty();
  }

  @Test
  void acceptsEveryBundledFile() {
    assertThat(BundledBook.ALL.stream().flatMap(b -> b.sources().stream()).toList()).allSatisfy(source -> assertThat(problemsOf(source)).isEmpty());
  }

  @Test
  void aRuleBookRefusesAnUntrustedFolderAndCompilesATrustedOne() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("rules"));
    Files.writeString(dir.resolve("exits.drl"), HEADER + "rule \"Ends the process\"\nwhen\n    Proposal()\nthen\n    System.exit(0);\nend\n");

    assertThatThrownBy(() -> RuleBook.builder().bundled().folder(dir).build())
        .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems())
            .singleElement().asString().startsWith(dir.resolve("exits.drl") + ":9: 'System.exit' (process control)"));
    assertThat(RuleBook.builder().bundled().folder(dir).trustFolders().build().rules())
        .extracting(RuleDescription::name).contains("Ends the process");
  }

  /** The problems as their compiler-style lines, {@code file:line: message}. */
  private static List<String> problemsOf(RuleSource source) {
    return RefusedCalls.problems(source).stream().map(RuleProblem::toString).toList();
  }
}
