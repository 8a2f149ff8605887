package org.convoca.jury.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

  @Test
  void foldsCaseAccentsAndSpacing() {
    assertThat(OrganisationNames.normalise("Fundación  DATOS")).isEqualTo("fundacion datos");
    assertThat(OrganisationNames.same("Fundación  DATOS", "fundacion datos")).isTrue();
  }

  @Test
  void dropsEveryCombiningMarkAndTreatsNoBreakSpacesAndTabsAsSpaces() {
    assertThat(OrganisationNames.normalise("\tAsociación\u00a0Civil  Ñandú Güemes\n")).isEqualTo("asociacion civil nandu guemes");
  }

  @Test
  void foldsCaseTheSameInEveryDefaultLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
      assertThat(OrganisationNames.normalise("INSTITUTO")).isEqualTo("instituto");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void keepsWordsPunctuationAndOrder() {
    assertThat(OrganisationNames.same("Fundación Datos", "Fundación Datos Abiertos")).isFalse();
    assertThat(OrganisationNames.same("Datos Fundación", "Fundación Datos")).isFalse();
    assertThat(OrganisationNames.same("Fundación-Datos", "Fundación Datos")).isFalse();
  }

  /**
   * The normal form as its definition states it, with regular expressions: the oracle the one-pass
   * implementation must agree with on every string.
   */
  private static String byDefinition(String name) {
    String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
    String unmarked = java.util.regex.Pattern.compile("\\p{M}+").matcher(decomposed).replaceAll("");
    return java.util.regex.Pattern.compile("[\\s\\p{Z}]+").matcher(unmarked.toLowerCase(java.util.Locale.ROOT))
        .replaceAll(" ").strip();
  }

  @Test
  void agreesWithTheDefinitionOnAnyMixOfLettersMarksAndSpaces() {
    String alphabet = "aAzZñÑçÇüÜİıßﬁ\u0301\u0303\u20DD\u0903 \t\n\u000B\f\r\u00A0\u2003\u2028\u2029\u001C\u3000-.,0é";
    org.convoca.sample.Theories.qt(2_000).forAll(org.quicktheories.generators.SourceDSL.lists()
            .of(org.quicktheories.generators.SourceDSL.integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 24))
        .checkAssert(indexes -> {
          StringBuilder name = new StringBuilder();
          indexes.forEach(i -> name.append(alphabet.charAt(i)));
          assertThat(OrganisationNames.normalise(name.toString())).isEqualTo(byDefinition(name.toString()));
        });
  }
}
