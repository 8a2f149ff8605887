package org.convoca.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule folder's message bundles from the command line: examples/my-rules says its sentence in the
 * call's language, and a bundle Convoca cannot read stops the command with its file and line.
 */
class RuleFolderBundlesCommandTest {

  private static final Path MY_RULES = Path.of("my-rules");

  @TempDir
  Path dir;

  @Test
  void myRulesSaysItsSentenceInTheCallsLanguage() throws Exception {
    ObjectNode dossier = (ObjectNode) Json.mapper().readTree(Cli.TINY.toFile());
    ((ObjectNode) dossier.get("call")).put("language", "es");
    Path spanish = dir.resolve("tiny-call-es.json");
    Json.mapper().writeValue(spanish.toFile(), dossier);

    Cli english = Cli.run("explain", Cli.TINY.toString(), "P-002", "--rules", MY_RULES.toString(), "--no-cache");
    Cli inSpanish = Cli.run("explain", spanish.toString(), "P-002", "--rules", MY_RULES.toString(), "--no-cache");

    assertThat(english.exitCode()).as(english.err()).isZero();
    assertThat(english.out()).contains("Open data proposals earn two more points on values: "
        + "The proposal works on open data, which this edition puts first.");
    assertThat(english.err()).isEmpty();
    assertThat(inSpanish.exitCode()).as(inSpanish.err()).isZero();
    assertThat(inSpanish.out()).contains("La propuesta trabaja con datos abiertos, la prioridad de esta edición.")
        .doesNotContain("The proposal works on open data");
    assertThat(inSpanish.err()).isEmpty();
  }

  @Test
  void refusesABundleItCannotReadWithExitCodeThreeNamingTheFileAndLine() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("messages.properties"), "# The deadline.\ndeadline=The call's deadline\n");
    Files.write(rules.resolve("messages_es.properties"), "plazo=Cierre de la convocatoria: año\n".getBytes(ISO_8859_1));
    Path out = dir.resolve("never");

    Cli run = Cli.run("assess", Cli.TINY.toString(), "--rules", rules.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains(rules.resolve("messages.properties") + ":2: 'deadline' has a single quote; write it twice "
        + "('') for MessageFormat", rules.resolve("messages_es.properties") + ":1: not UTF-8 at line 1, column ");
    assertThat(out).doesNotExist();
  }
}
