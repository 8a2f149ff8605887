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
}
