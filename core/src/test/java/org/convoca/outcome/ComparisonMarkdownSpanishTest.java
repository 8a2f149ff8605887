package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code compare.md} in the base outcome's call language: Spanish headings, table headers, decisions
 * and figures when the base's call is Spanish, English when it names no language; dossier text
 * escaped as in English; the bundles match; the same bytes whatever the machine's default locale.
 */
class ComparisonMarkdownSpanishTest {

  private static final String HOSTILE = ComparisonWritersTest.HOSTILE;

  private static String markdown(Comparison comparison) {
    return ComparisonWritersTest.markdown(comparison);
  }

  private static CallOutcome spanish(CallOutcome o) {
    return OutcomeHtmlSpanishTest.spanish(o, new TreeMap<>());
  }

  private static Comparison described(CallOutcome base, CallOutcome variant) {
    return Comparison.of(base, variant).describedBy(List.of("set cocreation.weight=70"), List.of("Weights scaled."));
  }

  @Test
  void everyBundleHasTheRootsKeysAndPlaceholders() {
    assertThat(ComparisonMarkdown.texts().mismatches("")).isEmpty();
    assertThat(ComparisonMarkdown.texts().mismatches("es")).isEmpty();
  }

  @Test
  void writesInTheLanguageOfTheBasesCall() {
    String md = markdown(described(spanish(ComparisonFixtures.base()), ComparisonFixtures.variant()));
    String english = markdown(described(ComparisonFixtures.base(), spanish(ComparisonFixtures.variant())));

    assertThat(md).startsWith("# Comparación hipotética\n\n- Base: ").contains("propuestas, ").contains(", huella `")
        .contains("- Variante: ").contains("- Cambio: set cocreation.weight=70\n").contains("- Nota: Weights scaled.\n")
        .contains("## Cambios de decisión\n\n| Propuesta | Título | Base | Variante |\n|---|---|---|---|\n")
        .contains("## Cambios de puesto\n\n| Propuesta | Título | Base | Variante | Puestos que sube |\n")
        .contains("## Totales\n\nEl cambio más grande primero.")
        .contains("fuera del orden de mérito")
        .doesNotContain("What-if").doesNotContain("| Proposal |").doesNotContain("SELECTED").doesNotContain("not ranked");
    assertThat(md).containsPattern("\\| (seleccionada por mérito|no seleccionada|en lista de espera|bajo el umbral) \\|");
    assertThat(english).startsWith("# What-if comparison\n").contains("| Proposal | Title | Base | Variant |");
  }

  @Test
  void writesNumbersWithTheLanguagesDecimalComma() {
    String md = markdown(described(spanish(ComparisonFixtures.base()), ComparisonFixtures.variant()));
    String english = markdown(described(ComparisonFixtures.base(), ComparisonFixtures.variant()));

    assertThat(english).containsPattern("\\d\\.\\d");
    assertThat(md.lines().filter(line -> line.startsWith("| P-")).toList()).isNotEmpty()
        .allSatisfy(line -> assertThat(line).doesNotContainPattern("\\d\\.\\d"));
    assertThat(md).containsPattern("\\d,\\d");
  }

  @Test
  void escapesHostileTitlesChangesAndNotesInSpanish() {
    String md = markdown(Comparison.of(spanish(ComparisonFixtures.base()), ComparisonFixtures.variant(t -> HOSTILE))
        .describedBy(List.of("set parameters.x=<img src=x onerror=alert(1)>"), List.of("## not a heading")));

    assertThat(md).doesNotContain("<script>").doesNotContain("\n# heading").doesNotContain("[link](")
        .doesNotContain("<img")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\[link\\](http://x) \\*b\\* \\`c\\` # heading")
        .contains("- Nota: \\## not a heading");
  }

  @Test
  void saysNothingChangesInSpanish() {
    CallOutcome base = spanish(ComparisonFixtures.base());

    assertThat(markdown(Comparison.of(base, base))).contains("Nada cambia: las mismas propuestas");
  }

  @Test
  void writesTheSameBytesUnderATurkishOrGermanDefaultLocale() {
    Comparison spanish = described(spanish(ComparisonFixtures.base()), ComparisonFixtures.variant());
    Comparison english = described(ComparisonFixtures.base(), ComparisonFixtures.variant());
    String es = markdown(spanish);
    String en = markdown(english);
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
        Locale.setDefault(locale);
        assertThat(markdown(spanish)).as(locale.toString()).isEqualTo(es);
        assertThat(markdown(english)).as(locale.toString()).isEqualTo(en);
      }
    } finally {
      Locale.setDefault(before);
    }
  }
}
