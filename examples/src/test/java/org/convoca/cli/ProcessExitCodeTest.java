package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a shell sees it: a separate JVM, its exit status and its standard error. */
class ProcessExitCodeTest {

  private static final String RULE_HEADER = """
      package org.convoca.rules.federal;

      import org.convoca.proposal.Proposal;

      """;

  @TempDir
  Path dir;

  /** What a finished process printed and returned. */
  private record Ran(int exitCode, String out, String err) {}

  /** Runs {@code convoca args} in a JVM of its own with {@code jvmOptions}, after {@code prefix} (a launcher). */
  private static Ran convoca(List<String> prefix, List<String> jvmOptions, String... args) throws Exception {
    Path out = Files.createTempFile("convoca-out", ".txt");
    try {
      Ran ran = convoca(prefix, jvmOptions, Redirect.to(out.toFile()), args);
      return new Ran(ran.exitCode(), Files.readString(out), ran.err());
    } finally {
      Files.delete(out);
    }
  }

  /** Runs {@code convoca args} with its standard output sent to {@code output}; {@link Ran#out()} is empty. */
  private static Ran convoca(List<String> prefix, List<String> jvmOptions, Redirect output, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.language=en"); // the messages compared are English, whatever the machine's locale
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ConvocaCommand.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(output).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Ran(process.exitValue(), "", err);
  }

  private Path ruleFolder(String file, String consequence) throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve(file), RULE_HEADER + "rule \"Does what a rule should not\"\n"
        + "// A hostile or broken rule.\nwhen\n    Proposal()\nthen\n    " + consequence + "\nend\n");
    return rules;
  }

  @Test
  void exitsWith2AndNoStackTraceForABadDossier() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": 1, \"call\": 7}");

    Ran ran = convoca(List.of(), List.of(), "assess", bad.toString());

    assertThat(ran.exitCode()).isEqualTo(2);
    assertThat(ran.err()).contains("$.call: ").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aRuleThatCallsSystemExitCannotForgeAValidSelection() throws Exception {
    Path rules = ruleFolder("exits.drl", "System.exit(0);");
    Path selection = Files.writeString(dir.resolve("selection.txt"), "P-001\n");

    Ran ran = convoca(List.of(), List.of(), "validate", Cli.TINY.toString(), "--selection", selection.toString(),
        "--rules", rules.toString(), "--trust-rules");

    assertThat(ran.exitCode()).isEqualTo(4);
    assertThat(ran.err()).contains("called System.exit before convoca printed its result");
    assertThat(ran.out()).doesNotContain("valid");
  }

  @Test
  void runningOutOfMemoryExitsWith4AndOneLineThatSaysToRaiseTheHeap() throws Exception {
    Path rules = ruleFolder("hoards.drl",
        "java.util.List<long[]> hoard = new java.util.ArrayList<>(); while (true) { hoard.add(new long[1 << 20]); }");

    Ran ran = convoca(List.of(), List.of("-Xmx96m"), "assess", Cli.TINY.toString(), "--rules", rules.toString(),
        "--trust-rules");

    assertThat(ran.exitCode()).isEqualTo(4);
    assertThat(ran.err().lines().toList()).singleElement().asString()
        .startsWith("convoca ran out of memory (maximum heap ").contains("run it with a larger heap, e.g. java -Xmx");
  }

  @Test
  void runningOutOfMemoryExitsWith4EvenWhenTheHeapStaysFull() throws Exception {
    // What the rule allocates stays reachable after the error, so nothing can be formatted then.
    Path rules = ruleFolder("fills.drl", """
        Object[] tail = new Object[2];
            System.getProperties().put("convoca.hoard", tail);
            try {
                while (true) { Object[] next = new Object[] { null, new long[1024] }; tail[0] = next; tail = next; }
            } catch (OutOfMemoryError chunksNoLonger) {
                while (true) { Object[] next = new Object[1]; tail[0] = next; tail = next; }
            }""");

    Ran ran = convoca(List.of(), List.of("-Xmx64m"), "assess", Cli.TINY.toString(), "--rules", rules.toString(),
        "--trust-rules");

    assertThat(ran.exitCode()).isEqualTo(4);
    assertThat(ran.err().lines().toList()).singleElement().asString()
        .startsWith("convoca ran out of memory (maximum heap ").contains("run it with a larger heap");
    assertThat(ran.out()).doesNotContain("Fingerprint");
  }

  @Test
  void runningOutOfMemoryInAnotherThreadExitsWith4() throws Exception {
    Path rules = ruleFolder("thread.drl", """
        Thread worker = new Thread(new Runnable() { public void run() { throw new OutOfMemoryError("elsewhere"); } });
            worker.start();
            worker.join();""");

    Ran ran = convoca(List.of(), List.of(), "assess", Cli.TINY.toString(), "--rules", rules.toString(), "--trust-rules");

    assertThat(ran.exitCode()).isEqualTo(4);
    assertThat(ran.err().lines().toList()).singleElement().asString().startsWith("convoca ran out of memory");
    assertThat(ran.out()).doesNotContain("Fingerprint");
  }

  @Test
  void anyOtherThrowableInAnotherThreadExitsWith4InOneLine() throws Exception {
    Path rules = ruleFolder("thread.drl", """
        Thread worker = new Thread(new Runnable() { public void run() { throw new IllegalStateException("elsewhere"); } });
            worker.start();
            worker.join();""");

    Ran ran = convoca(List.of(), List.of(), "assess", Cli.TINY.toString(), "--rules", rules.toString(), "--trust-rules");

    assertThat(ran.exitCode()).isEqualTo(4);
    assertThat(ran.err().lines().toList()).singleElement()
        .isEqualTo("convoca: unexpected failure: java.lang.IllegalStateException: elsewhere");
  }

  @Test
  void aResultThatCannotBeWrittenIsExit4WithTheReason() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "no /dev/full on this system");
    Path selection = Files.writeString(dir.resolve("selection.txt"), "P-001\n");

    for (String[] args : List.of(new String[] {"assess", Cli.TINY.toString()},
        new String[] {"validate", Cli.TINY.toString(), "--selection", selection.toString()}, new String[] {"rules"})) {
      Ran ran = convoca(List.of(), List.of(), Redirect.to(full.toFile()), args);

      assertThat(ran.exitCode()).as(args[0]).isEqualTo(4);
      assertThat(ran.err().lines().toList()).as(args[0]).singleElement()
          .isEqualTo("could not write the result to standard output: no space left on device");
    }
  }

  @Test
  void aClosedStandardOutputIsExit4() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to close the standard output with");

    Ran ran = convoca(List.of("/bin/sh", "-c", "exec \"$@\" >&-", "sh"), List.of(), Redirect.DISCARD,
        "assess", Cli.TINY.toString());

    assertThat(ran.exitCode()).isEqualTo(4);
    assertThat(ran.err()).startsWith("could not write the result to standard output: ");
  }

  @Test
  void aTrustedRuleThatClosesTheStandardOutputCannotForgeAValidSelection() throws Exception {
    Path rules = ruleFolder("closes.drl", "System.out.close();");
    Path selection = Files.writeString(dir.resolve("selection.txt"), "P-001\n");

    Ran ran = convoca(List.of(), List.of(), "validate", Cli.TINY.toString(), "--selection", selection.toString(),
        "--rules", rules.toString(), "--trust-rules");

    assertThat(ran.exitCode()).isEqualTo(4);
    assertThat(ran.err()).contains("could not write the result to standard output: it was closed");
  }

  @Test
  void anUnreadableRuleFileSaysPermissionDenied() throws Exception {
    Path rules = ruleFolder("secret.drl", "");
    Files.setPosixFilePermissions(rules.resolve("secret.drl"), PosixFilePermissions.fromString("---------"));
    // Root reads any file: drop the capabilities that let it, with util-linux's setpriv, when running as root.
    List<String> launcher = List.of();
    if (Files.isReadable(rules.resolve("secret.drl"))) {
      assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "running as root without setpriv to drop its rights");
      launcher = List.of("/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search");
    }

    Ran ran = convoca(launcher, List.of(), "rules", "--rules", rules.toString());

    assertThat(ran.exitCode()).isEqualTo(3);
    assertThat(ran.err().strip()).isEqualTo(rules.resolve("secret.drl") + ":0: cannot read the file: permission denied");
  }
}
