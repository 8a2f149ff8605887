package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.convoca.dossier.DossierSchema;
import org.convoca.language.BundleAgreement;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command talks to its user in the user's language: usage, summaries and errors in Spanish
 * under a Spanish locale, in English under any locale Convoca does not write (Turkish, German),
 * with the same exit codes, paths, ids and fingerprints in every language.
 */
class UserLanguageCommandTest {

  private static final String TINY = Cli.TINY.toString();

  @TempDir
  Path dir;

  @Test
  void everyBundleOfTheCommandHasTheRootsKeysAndPlaceholders() {
    for (Messages family : List.of(UserText.SUMMARY, UserText.ERRORS, UserText.USAGE)) {
      assertThat(family.mismatches("")).as(family.name()).isEmpty();
      assertThat(family.mismatches("es")).as(family.name()).isEmpty();
    }
  }

  @Test
  void everyKeyOfTheCommandsBundlesIsWrittenAsAFreshMessageFormatWould() {
    qt(3).forAll(longs().all()).checkAssert(seed ->
        assertThat(BundleAgreement.assertAgrees("/org/convoca/cli", UserText.class, seed)).isGreaterThan(100));
  }

  @Test
  void theEnglishIdRuleIsTheLibrarysWordForWord() {
    assertThat(UserText.in(Language.ENGLISH).error("id.must", "PROPOSAL_ID"))
        .isEqualTo("PROPOSAL_ID must " + DossierSchema.ID_RULE);
  }

  @Test
  void everyCommandOptionAndParameterHasAUsageTextInEachLanguage() {
    for (Language language : Language.shipped()) {
      CommandLine cli = new CommandLine(new ConvocaCommand());
      ConvocaCommand.SUBCOMMANDS.forEach(name -> cli.addSubcommand(ConvocaCommand.subcommand(name)));
      cli.setResourceBundle(UsageBundle.in(language));
      List<CommandSpec> commands = new ArrayList<>(List.of(cli.getCommandSpec()));
      cli.getSubcommands().values().forEach(sub -> commands.add(sub.getCommandSpec()));
      for (CommandSpec command : commands) {
        assertThat(command.usageMessage().description()).as(command.qualifiedName()).isNotEmpty();
        for (OptionSpec option : command.options()) {
          assertThat(String.join("", option.description())).as(command.qualifiedName() + " " + option.longestName())
              .isNotBlank();
        }
        for (PositionalParamSpec parameter : command.positionalParameters()) {
          assertThat(String.join("", parameter.description())).as(command.qualifiedName() + " " + parameter.paramLabel())
              .isNotBlank();
        }
      }
    }
  }

  @Test
  void theHelpOfAssessIsInSpanishWithTheOptionsNamesUnchanged() {
    Cli run = Cli.runIn(Language.SPANISH, "assess", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Uso: convoca assess [-hV]").doesNotContain("Usage:")
        .contains("--out=DIR", "--rules=DIR", "--format=FORMAT", "--trust-rules", "DOSSIER")
        .contains("Muestra esta ayuda y termina.").contains("Qué archivos escribir: json, csv, md, html.");
    assertThat(run.out().replaceAll("\\s+", " ")).contains("Evalúa cada propuesta de DOSSIER, selecciona según la política")
        .contains("Una carpeta de reglas es código");
  }

  @Test
  void theHelpOfGenerateAndOfTheCommandAreInSpanishWithTheCodesLimitsAndDefaults() {
    Cli generate = Cli.runIn(Language.SPANISH, "generate", "--help");
    Cli top = Cli.runIn(Language.SPANISH, "--help");

    assertThat(generate.out()).contains("Cuántas propuestas, de 1 a 1000000.").contains("Cuántos jurados, de 3 a 1000 (predeterminado: 7).");
    assertThat(top.out()).contains("Comandos:", "Códigos de salida:", "  0   éxito").contains("assess", "sensitivity");
  }

  @Test
  void theSummaryOfAssessIsInSpanishWithTheSameIdsAndFingerprint() {
    Cli spanish = Cli.runIn(Language.SPANISH, "assess", TINY);
    Cli english = Cli.run("assess", TINY);

    assertThat(spanish.exitCode()).isZero();
    assertThat(spanish.out()).startsWith("Tiny call: four proposals to read line by line (edición 1)\n"
        + "  propuestas 4: no admisibles 1, evaluación del jurado incompleta 0, bajo el umbral 2, en el orden de mérito 1\n"
        + "  seleccionadas 1 de 2 cupos: por mérito 1, en cupos reservados 0, por decisión del jurado 0; excluidas por el jurado 0\n"
        + "  en lista de espera 0; presupuesto usado ARS 2.800.000 de ARS 6.000.000\n"
        + "  jurisdicciones cubiertas 1 (mínimo 2, NO cumplido)\n"
        + "Seleccionadas por jurisdicción\n"
        + "  AR-S                           1 de   1 propuesta\n")
        .contains("\nLíneas\n  ogp-local (1): P-002\n")
        .contains("\nJurado: 0 conflictos de interés; 0 de 12 puntajes excluidos por conflicto; ");
    assertThat(english.out()).contains("  waitlisted 0; budget used ARS 2,800,000 of ARS 6,000,000\n");
    assertThat(last(spanish.out())).isEqualTo(last(english.out()).replace("Fingerprint ", "Huella "));
  }

  @Test
  void theMonitoringSummaryIsInSpanishWithTheStatusesByTheirNames() {
    Cli run = Cli.runIn(Language.SPANISH, "monitor", TINY, "--as-of", "2022-12-31");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Seguimiento al 2022-12-31: 1 proyecto seleccionado\n"
        + "  estado      NOT_STARTED 0, ON_TRACK 0, DELAYED 0, AT_RISK 1, COMPLETED 0, NO_RECENT_REPORT 0\n")
        .contains("\n  documentación faltante 1, en 1 proyecto\n").contains("\nHuella de la selección ");
  }

  @Test
  void aUserErrorIsInSpanishWithTheSameExitCodeAndPath() throws Exception {
    String missing = dir.resolve("nowhere.json").toString();
    Path file = Files.writeString(dir.resolve("outcome"), "mine");

    Cli spanish = Cli.runIn(Language.SPANISH, "assess", missing);
    Cli english = Cli.run("assess", missing);
    Cli out = Cli.runIn(Language.SPANISH, "assess", TINY, "--out", file.toString());

    assertThat(spanish.exitCode()).isEqualTo(english.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(spanish.err()).isEqualTo(missing + ": no existe el archivo\n");
    assertThat(english.err()).isEqualTo(missing + ": no such file\n");
    assertThat(out.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(out.err()).isEqualTo("--out " + file + ": es un archivo, no una carpeta\n");
  }

  @Test
  void anArgumentErrorIsInSpanishWithTheArgumentAsTyped() {
    Cli unknown = Cli.runIn(Language.SPANISH, "assess", "--bogus", TINY);
    Cli missing = Cli.runIn(Language.SPANISH, "explain");

    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(unknown.err().lines()).containsExactly("Opción desconocida: '--bogus'",
        "Ejecute 'convoca assess --help' para ver el uso.");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(missing.err()).startsWith("Faltan parámetros u opciones obligatorios: 'DOSSIER'");
  }

  @Test
  void runningOutOfMemoryIsSaidInSpanish() {
    StringWriter err = new StringWriter();

    int code = ConvocaCommand.report(new OutOfMemoryError("Java heap space"), false, Language.SPANISH,
        new PrintWriter(err, true));

    assertThat(code).isEqualTo(ExitCodes.UNEXPECTED);
    assertThat(err.toString()).startsWith("convoca se quedó sin memoria (heap máximo de ").contains("java -Xmx");
  }

  @Test
  void underATurkishOrGermanDefaultLocaleTheCommandPrintsTheEnglishBytes() throws Exception {
    Path file = Files.writeString(dir.resolve("outcome"), "mine");
    List<String[]> runs = List.of(new String[] {"assess", TINY}, new String[] {"assess", "--help"},
        new String[] {"monitor", TINY, "--as-of", "2022-12-31"},
        new String[] {"assess", TINY, "--out", file.toString()}, new String[] {"assess", "--bogus", TINY});
    for (String[] args : runs) {
      Cli english = Cli.run(args);
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
        assertThat(Cli.runUnder(locale, args)).as(locale + " " + String.join(" ", args)).isEqualTo(english);
      }
    }
  }

  @Test
  void underASpanishDefaultLocaleTheCommandTalksSpanish() {
    assertThat(Cli.runUnder(Locale.forLanguageTag("es-AR"), "assess", TINY))
        .isEqualTo(Cli.runIn(Language.SPANISH, "assess", TINY));
  }

  @Test
  void aProcessStartedWithASpanishUserLanguageTalksSpanish() throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.language=es", "-Dstdout.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), ConvocaCommand.class.getName(), "assess", TINY);
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isZero();
    assertThat(out).contains("(edición 1)").contains("  en lista de espera 0; presupuesto usado ARS 2.800.000 de ARS 6.000.000")
        .contains("\nHuella ");
  }

  private static String last(String text) {
    List<String> lines = text.lines().toList();
    return lines.get(lines.size() - 1);
  }
}
