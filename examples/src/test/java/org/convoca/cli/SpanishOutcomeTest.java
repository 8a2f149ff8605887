package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.language.Language;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.MonitoringWriters;
import org.convoca.outcome.OutcomeWriters;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tiny call with {@code call.language} set to {@code es}: {@code explain} and the reports are
 * in Spanish, and outcome.json and the CSV differ from the English call's only where they hold
 * sentences, in the call's language and in the fingerprint, which covers the language.
 */
class SpanishOutcomeTest {

  /** The fields of outcome.json that hold sentences, the only ones the language may change. */
  private static final Set<String> SENTENCES = Set.of("sentence", "reason", "reasons", "computedReason", "notes",
      "excluded");

  @TempDir
  Path dir;

  private final Convoca convoca = Convoca.withBundledRules();
  private final Path spanishFile = spanishTiny();
  private final Dossier spanish = DossierReader.standard().read(spanishFile);
  private final Dossier english = DossierReader.standard().read(Cli.TINY);

  @Test
  void explainsTheTinyCallsFirstProposalInSpanishAsTheLibraryAndTheCommandPrintIt() throws Exception {
    String pinned = Files.readString(Cli.resource("/org/convoca/cli/tiny-call-P-001.explain_es.txt"));

    assertThat(convoca.decide(spanish).explain(ProposalId.of("P-001"))).isEqualTo(pinned);
    Cli run = Cli.run("explain", spanishFile.toString(), "P-001");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(pinned);
  }

  @Test
  void outcomeJsonDiffersOnlyInSentencesTheLanguageAndTheFingerprint() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode en = mapper.readTree(json(convoca.decide(english)));
    JsonNode es = mapper.readTree(json(convoca.decide(spanish)));
    List<String> differences = new ArrayList<>();
    diff("", "", en, es, differences);

    assertThat(es.path("call").path("language").asText()).isEqualTo("es");
    assertThat(differences).contains("/call/language", "/fingerprint")
        .allSatisfy(path -> assertThat(path.equals("/call/language") || path.equals("/fingerprint")
            || SENTENCES.contains(field(path))).as(path).isTrue());
  }

  @Test
  void theCsvDiffersOnlyInItsReasons() {
    List<String[]> en = rows(convoca.decide(english));
    List<String[]> es = rows(convoca.decide(spanish));

    assertThat(es).hasSameSizeAs(en);
    assertThat(es.get(0)).isEqualTo(en.get(0));
    int reasons = List.of(en.get(0)).indexOf("reasons");
    for (int r = 1; r < en.size(); r++) {
      for (int c = 0; c < en.get(r).length; c++) {
        if (c != reasons) {
          assertThat(es.get(r)[c]).as(en.get(0)[c]).isEqualTo(en.get(r)[c]);
        }
      }
    }
  }

  @Test
  void writesTheMonitoringReportInSpanishWithTheMonitoringRulesTitles() {
    MonitoringOutcome monitoring = convoca.monitor(spanish, LocalDate.parse("2022-12-31"));
    StringWriter out = new StringWriter();
    MonitoringWriters.markdown(monitoring, out);

    assertThat(monitoring.language()).isEqualTo(Language.SPANISH);
    assertThat(monitoring.ruleTitles()).isEqualTo(convoca.ruleBook().titles(Language.SPANISH));
    assertThat(out.toString()).startsWith("# Seguimiento de la implementación al 31 de diciembre de 2022\n")
        .contains("## Resumen\n", "## Proyectos\n", "## Aprendizajes para la próxima edición\n", "## Huella digital\n")
        .doesNotContain("## Summary", "## Projects");
  }

  @Test
  void writesTheReportInSpanish() {
    StringWriter out = new StringWriter();
    OutcomeWriters.markdown(convoca.decide(spanish), out);

    assertThat(out.toString()).startsWith("# Tiny call: four proposals to read line by line \u2014 resultado\n")
        .contains("## Resumen\n", "## Seleccionadas\n", "## Jurado\n", "## Huella digital\n")
        .contains("| Puesto | Propuesta | Solicitante | Jurisdicción | Total | Decisión | Motivo |")
        .contains("| seleccionada por mérito |").doesNotContain("SELECTED_BY_MERIT");
  }

  private Path spanishTiny() {
    try {
      String text = Files.readString(Cli.TINY, StandardCharsets.UTF_8);
      Path file = Files.createTempFile("tiny-call-es", ".json");
      file.toFile().deleteOnExit();
      return Files.writeString(file, text.replaceFirst("\"call\" : \\{", "\"call\" : { \"language\" : \"es\","));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String json(CallOutcome outcome) {
    StringWriter out = new StringWriter();
    OutcomeWriters.json(outcome, out);
    return out.toString();
  }

  private static List<String[]> rows(CallOutcome outcome) {
    StringWriter out = new StringWriter();
    OutcomeWriters.csv(outcome, out);
    try {
      var mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
      Iterator<String[]> it = mapper.readerFor(String[].class)
          .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).readValues(out.toString());
      List<String[]> rows = new ArrayList<>();
      it.forEachRemaining(rows::add);
      return rows;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The nearest field name of a JSON pointer: its last segment that is not an array index. */
  private static String field(String path) {
    String[] segments = path.split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      if (!segments[i].matches("\\d+")) {
        return segments[i];
      }
    }
    return "";
  }

  private static void diff(String path, String name, JsonNode a, JsonNode b, List<String> differences) {
    if (a.isObject() && b.isObject()) {
      Set<String> names = new java.util.TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        diff(path + "/" + n, n, a.path(n), b.path(n), differences);
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        diff(path + "/" + i, name, a.get(i), b.get(i), differences);
      }
    } else if (!a.equals(b)) {
      differences.add(path);
    }
  }
}
