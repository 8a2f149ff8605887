package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.outcome.OutcomeMarkdownTest.HOSTILE;
import static org.convoca.outcome.OutcomeMarkdownTest.markdown;
import static org.convoca.outcome.OutcomeMarkdownTest.unescape;
import static org.convoca.outcome.OutcomeMarkdownTest.unescaped;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.language.Language;
import org.convoca.monitoring.MonitoringFixtures;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;
import org.junit.jupiter.api.Test;

/**
 * The Markdown reports and the explanation of an outcome whose call names Spanish: headings,
 * labels, decisions and fixed phrases in Spanish, numbers, money and dates as Spanish writes them,
 * rules shown by their titles with their names beside them, and the dossier's text escaped as in
 * English. The sentences of the fixtures' decisions are English: they were written before, by code
 * these reports do not own.
 */
class SpanishReportsTest {

  private static final SortedMap<String, String> TITLES = new TreeMap<>(Map.of(
      "Applicant is a provincial or municipal government", "El solicitante es un gobierno provincial o municipal",
      "Points set by the test", "Puntos fijados por la prueba"));

  private final CallOutcome worked = InSpanish.of(OutcomeFixtures.workedExampleOutcome(), TITLES);

  @Test
  void writesTheOutcomeReportsHeadingsLabelsAndFiguresInSpanish() {
    String md = markdown(worked);

    assertThat(md.lines().filter(l -> l.startsWith("#"))).containsExactly("# Test call \u2014 resultado", "## Resumen",
        "## Seleccionadas", "## Lista de espera", "## No seleccionadas", "## Revisión del jurado incompleta",
        "## Por debajo del umbral", "## No elegibles", "## Decisiones del jurado sobre el resultado calculado",
        "## Empates resueltos", "## Líneas", "## Jurado", "## Huella digital");
    assertThat(md).contains("- Propuestas: 11 (1 no elegible, 0 con la revisión del jurado incompleta, 1 por debajo del"
            + " umbral, 9 en el orden de mérito)\n")
        .contains("- Seleccionadas: 4 de 4 cupos (1 por mérito, 2 en cupos reservados, 1 por el jurado); en lista de"
            + " espera: 1\n")
        .contains("- Presupuesto usado: ARS 1.000 de ARS 1.000\n", "- Jurisdicciones cubiertas: 3 (mínimo 4)\n")
        .contains("| Jurisdicción | Propuestas | En el orden de mérito | Seleccionadas |\n")
        .contains("| Puesto | Propuesta | Solicitante | Jurisdicción | Total | Decisión | Motivo |\n")
        .contains("| 1 | P-01 Proposal P-01 | Government A1 | AR-X | 90 | seleccionada por mérito | Selected by merit")
        .contains("Decisión calculada (en lista de espera): On the waitlist in position 1")
        .contains("- **P-02** seleccionada por el jurado (decisión calculada: en lista de espera). Selected by decision")
        .contains("## Revisión del jurado incompleta\n\nNinguna.\n")
        .contains("Los puntajes válidos se combinan con la media, tal como los dio cada integrante del jurado;")
        .contains("` \u2014 SHA-256 del expediente canónico")
        .doesNotContain("Summary", "None.", "SELECTED_BY_MERIT", "Budget used", "Computed decision");
  }

  @Test
  void escapesTheDossiersTextInTheSpanishReportAsInTheEnglishOne() {
    String md = markdown(InSpanish.of(HostileOutcomes.with(HOSTILE)));
    String english = markdown(HostileOutcomes.with(HOSTILE));

    assertThat(md).doesNotContain("<").doesNotContain(">").contains("&lt;script&gt;");
    assertThat(md.lines().filter(l -> l.startsWith("#"))).hasSameSizeAs(english.lines().filter(l -> l.startsWith("#")).toList())
        .first().asString().startsWith("# \\# Heading ## Injected").endsWith(" \u2014 resultado");
    assertThat(unescaped(md, '[')).isZero();
    assertThat(unescaped(md, '`')).isEqualTo(unescaped(english, '`'));
    assertThat(md.lines().filter(l -> l.startsWith("| ") && l.contains(" | AR-X | ")))
        .isNotEmpty().allSatisfy(row -> assertThat(unescaped(row, '|')).as(row).isEqualTo(8));
    assertThat(unescape(md)).contains("- **P-06** excluida por el jurado (decisión calculada: seleccionada en un cupo"
        + " reservado). Excluded by decision of " + HOSTILE.replace('\n', ' '));
  }

  @Test
  void writesTheJurySectionInSpanish() {
    String md = markdown(InSpanish.of(JuryPanelOutcomes.outcome()));

    assertThat(md).contains("## Jurado\n\nLos puntajes válidos se combinan con la media después de una normalización"
            + " aditiva de la severidad de cada integrante del jurado; una propuesta necesita al menos 2 puntajes válidos"
            + " en cada criterio que puntúa el jurado para entrar en el orden de mérito; 3 revisores por propuesta."
            + " Conflictos de interés que excluyen un puntaje: misma persona, afiliación, misma jurisdicción, declarado.\n")
        .contains("### Acuerdo\n", "### Integrantes del jurado\n", "### Conflictos de interés\n", "### Puntajes excluidos\n",
            "### Consenso\n", "### Revisiones incompletas\n", "### Observaciones sobre la revisión\n")
        .contains("| quality | -0,437 | no confiable | 9 | \u2014 | \u2014 |\n")
        .contains("| J-1 | 2 | 1 | 1 | quality +0,33 |\n")
        .contains("| J-4 | P-04 | declarado | J-4 declared a conflict with P-04")
        .contains("| P-01 | quality | J-1 | 4,5 | SAME\\_JURISDICTION: ")
        .contains("| P-04 | quality | 4,5 | 3,42 | 3 de junio de 2021 | Government agreed after the hearing |\n")
        .doesNotContain("### Agreement", "None.");
  }

  @Test
  void explainsAProposalInSpanishWithEachRulesTitleBesideItsName() {
    assertThat(worked.explain(ProposalId.of("P-02"))).isEqualTo("""
        P-02 Proposal P-02
          presentada por Government A2 (provincial, AR-X)

        Elegibilidad: elegible
          [cumple] El solicitante es un gobierno provincial o municipal (Applicant is a provincial or municipal government)
                 It is.

        Puntos
          cocreation: 5 de 10 puntos, peso 60% -> 30, umbral 2 alcanzado
              +5  Puntos fijados por la prueba (Points set by the test): The test sets them.
          quality: 5 de 10 puntos, peso 40% -> 20
              +5  Puntos fijados por la prueba (Points set by the test): The test sets them.
        Total 85 (umbral general 50 alcanzado)

        Puesto: 2
        Decisión: seleccionada por el jurado
          Selected by decision of Jury plenary, minutes 4 on June 10, 2021: The jury takes the first waitlisted \
        proposal into the seat left free. It takes a seat beyond the computed selection (the call has 4 slots); \
        no computed seat is displaced.
          Decisión del jurado tomada por Jury plenary, minutes 4 el 10 de junio de 2021; decisión calculada, en lista \
        de espera: On the waitlist in position 1: rank 2 of 9 with a total of 85, but all 4 slots were taken, 3 of \
        them by seats reserved for jurisdiction coverage.
        """);
  }

  @Test
  void explainsTheJurysReviewInSpanish() {
    String text = InSpanish.of(JuryPanelOutcomes.outcome()).explain(ProposalId.of("P-04"));

    assertThat(text).contains("""

        Jurado (puntajes válidos combinados con la media, ajustados por la severidad de cada integrante (aditiva); \
        se necesitan al menos 2 puntajes válidos)
          quality
            J-4: dado 1, ajustado 1, EXCLUIDO: DECLARED: J-4 declared a conflict with P-04: Government employs J-4's spouse
            J-5: dado 4,5, ajustado 3,98
            J-6: dado 2, ajustado 2,85
            agregado: 3,42 (media de 2 puntajes válidos)
            consenso: 4,5, acordado el 3 de junio de 2021, reemplaza al agregado: Government agreed after the hearing

        Puesto: 3
        Decisión: no seleccionada
        """);
  }

  @Test
  void showsATitleThatIsTheRulesNameAsTheNameAlone() {
    CallOutcome english = OutcomeFixtures.workedExampleOutcome();
    SortedMap<String, String> same = new TreeMap<>();
    TITLES.keySet().forEach(name -> same.put(name, name));

    assertThat(english.withRuleTitles(same).explain(ProposalId.of("P-02"))).isEqualTo(english.explain(ProposalId.of("P-02")));
  }

  @Test
  void makesAHostileRuleTitleSafeToPrint() {
    String hostile = "Evil\u001b[2J title\r\nDecision: SELECTED";
    String text = InSpanish.of(OutcomeFixtures.workedExampleOutcome(),
        new TreeMap<>(Map.of("Points set by the test", hostile))).explain(ProposalId.of("P-02"));

    assertThat(text).contains("      +5  Evil\\u001B[2J title Decision: SELECTED (Points set by the test): The test sets them.\n");
    assertThat(text.replace("\n", "")).isEqualTo(VisibleText.of(text.replace("\n", "")));
  }

  @Test
  void writesTheMonitoringReportInSpanishWithTheRulesTitles() {
    MonitoringOutcome outcome = MonitoringFixtures.example("Portal de datos abiertos").in(Language.SPANISH,
        new TreeMap<>(Map.of("Status rule DELAYED", "Regla de estado: demorado", "Milestone rule", "Regla de hitos",
            "Gap rule", "Regla de faltantes")));
    String md = monitoring(outcome);

    assertThat(md).startsWith("# Seguimiento de la implementación al 31 de diciembre de 2022\n\n## Resumen\n\n"
            + "- Proyectos en seguimiento: 2\n"
            + "- Por estado: no iniciado (1), en curso según lo previsto (1), demorado (0), en riesgo (0), completado (0),"
            + " sin informe reciente (0)\n")
        .contains("| 1 | P-002 Portal de datos abiertos | MUN-RAFAELA | en curso según lo previsto | sustancial | importante"
            + " | prometedor | 1 | 75,00% | 10 de noviembre de 2022 |\n")
        .contains("- Fondos: gastados ARS 2.100.000 de ARS 2.800.000 solicitados (75,00%), frente a un avance de 77,78%\n")
        .contains("- Último informe: 10 de noviembre de 2022; participantes alcanzados: 1.320\n")
        .contains("| M1 | completo | Regla de hitos (Milestone rule) | Milestone M1 counts as COMPLETE. |\n")
        .contains("- M2: Milestone M2 is reported complete without evidence. (Regla de faltantes \u2014 Gap rule)\n")
        .contains("| 15 de julio de 2022 | demorado | limitado | \u2014 | 53,57% | 44,44% | 480 | Regla de estado: demorado"
            + " (Status rule DELAYED): The project is DELAYED on 2022-07-15. | \u2014 |\n")
        .contains("## Aprendizajes para la próxima edición\n", "### Por franja de puntaje de la selección\n", "## Observaciones\n")
        .contains("## Huella digital\n\n`" + MonitoringFixtures.FINGERPRINT + "` \u2014 SHA-256 de la huella digital de"
            + " la selección")
        .doesNotContain("## Summary", "ON_TRACK |", "None.");
  }

  @Test
  void escapesAHostileTitleOrRuleTitleInTheSpanishMonitoringReport() {
    String hostile = "# Big | <script>alert(1)</script> [click](http://evil.example)\n## injected";
    String md = monitoring(MonitoringFixtures.example(hostile).in(Language.SPANISH,
        new TreeMap<>(Map.of("Milestone rule", hostile, "Gap rule", hostile))));

    assertThat(md).doesNotContain("<script>").doesNotContain("\n## injected").doesNotContain("[click]")
        .contains("\\# Big \\| &lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](http://evil.example) ## injected");
    assertThat(md.lines().filter(l -> l.startsWith("| M1 |"))).isNotEmpty()
        .allSatisfy(row -> assertThat(row.split("(?<!\\\\)\\|", -1)).as(row).hasSize(6));
  }

  @Test
  void saysNoneInSpanishWhenNothingIsMonitored() {
    String md = monitoring(MonitoringFixtures.outcome(List.of()).in(Language.SPANISH, new TreeMap<>()));

    assertThat(md).contains("## Proyectos\n\nNinguno.\n").contains("## Proyectos reconocidos\n\nNinguno.\n")
        .contains("Ninguno: no hay proyectos en seguimiento.");
  }

  private static String monitoring(MonitoringOutcome outcome) {
    StringWriter out = new StringWriter();
    MonitoringWriters.markdown(outcome, out);
    return out.toString();
  }
}
