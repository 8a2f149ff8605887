package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.convoca.review.PanelFixture;
import org.junit.jupiter.api.Test;

/**
 * {@code assignment.md} of a call written in Spanish: its headings, settings, table headers and
 * conflict kinds in Spanish, dossier text escaped as in English, the bundles matching, and the same
 * bytes whatever the machine's default locale.
 */
class AssignmentMarkdownSpanishTest {

  private static String render(PanelFixture fixture) {
    return AssignmentMarkdownTest.render(fixture);
  }

  private static PanelFixture spanish() {
    return PanelFixture.aSmallPanel().set("/call/language", "\"es\"");
  }

  @Test
  void everyBundleHasTheRootsKeysAndPlaceholders() {
    assertThat(AssignmentMarkdown.texts().mismatches("")).isEmpty();
    assertThat(AssignmentMarkdown.texts().mismatches("es")).isEmpty();
  }

  @Test
  void writesTheSettingsLoadsExpertiseConflictsAndAssignmentsInSpanish() {
    String md = render(spanish());

    assertThat(md).startsWith("# Federal Open Government Program, 2021 call — asignación del jurado\n\n## Parámetros\n")
        .contains("- Evaluadores por propuesta: 2 (la política del jurado de la convocatoria)\n")
        .contains("- Cubiertas: 4 de 4 propuestas\n")
        .contains("## Cargas\n\n| Jurado | Nombre | Capacidad | Carga | Coincidencias de especialidad |\n")
        .contains("| J-6 | Sofía Paz | sin límite | ")
        .contains("\"open data\" y \"Open\\_Data\" nombran OPEN\\_DATA.")
        .contains("| J-4 | Ópen  Dáta; public monitoring | OPEN\\_DATA |")
        .contains("6 conflictos entre 6 pares de jurado y propuesta; ninguno de esos jurados evalúa esa propuesta.")
        .contains("| P-003 | J-4 | declarado | ")
        .contains("- Tipos de conflicto que se mantienen separados: misma persona, afiliación, misma jurisdicción, declarado")
        .contains("Ninguna: cada propuesta tiene sus 2 evaluadores.")
        .contains("## Asignaciones\n\n| Propuesta | Título | Jurados |\n")
        .doesNotContain("DECLARED").doesNotContain("Reviewers").doesNotContain("| Juror |");
  }

  @Test
  void writesEnglishWordForWordWhenTheCallNamesNoLanguage() {
    assertThat(render(PanelFixture.aSmallPanel()))
        .contains("An expertise entry names a theme of the call when, ignoring case, accents, spaces and underscores, it is "
            + "the theme's code: \"open data\" and \"Open\\_Data\" name OPEN\\_DATA. Other entries match no proposal.\n")
        .contains("- Conflict kinds kept apart: SAME_PERSON, AFFILIATION, SAME_JURISDICTION, DECLARED\n")
        .contains("- Expertise matches: ")
        .contains("(for each juror and proposal assigned, the proposal's themes the juror's expertise names)\n");
  }

  @Test
  void escapesAHostileJurorNameInSpanish() {
    String md = render(spanish()
        .set("/jury/jurors/0/name", "\"<img src=x onerror=alert(1)> | [click](http://evil.example) **boss**\"")
        .set("/call/name", "\"# Convocatoria <b>\""));

    assertThat(md).startsWith("# \\# Convocatoria &lt;b&gt; — asignación del jurado\n")
        .contains("| J-1 | &lt;img src=x onerror=alert(1)&gt; \\| \\[click\\](http://evil.example) \\*\\*boss\\*\\* | 2 |")
        .doesNotContain("<img").doesNotContain("<b>");
  }

  @Test
  void writesTheSameBytesUnderATurkishOrGermanDefaultLocale() {
    String es = render(spanish());
    String en = render(PanelFixture.aSmallPanel());
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
        Locale.setDefault(locale);
        assertThat(render(spanish())).as(locale.toString()).isEqualTo(es);
        assertThat(render(PanelFixture.aSmallPanel())).as(locale.toString()).isEqualTo(en);
      }
    } finally {
      Locale.setDefault(before);
    }
  }
}
