package org.convoca.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.proposal.Theme;
import org.junit.jupiter.api.Test;

class ExpertiseThemesTest {

  private static final List<Theme> CALL = List.of(Theme.OPEN_DATA, Theme.PARTICIPATORY_BUDGETING, Theme.of("OPEN_CONTRACTING"));

  @Test
  void ignoresCaseSpacesAndUnderscores() {
    for (String entry : List.of("open data", "Open_Data", "OPEN_DATA", "  open \t data ", "open__data", "_open data_")) {
      assertThat(ExpertiseThemes.named(entry, CALL)).as(entry).contains(Theme.OPEN_DATA);
    }
  }

  @Test
  void ignoresAccentsAndNoBreakSpaces() {
    assertThat(ExpertiseThemes.named("Ópen\u00a0Dátá", CALL)).contains(Theme.OPEN_DATA);
    assertThat(ExpertiseThemes.named("open contracting", CALL)).contains(Theme.of("OPEN_CONTRACTING"));
  }

  @Test
  void guessesNoHyphenTranslationOrPlural() {
    for (String entry : List.of("open-data", "datos abiertos", "open data portals", "opendata", "", "   ")) {
      assertThat(ExpertiseThemes.named(entry, CALL)).as(entry).isEmpty();
    }
  }

  @Test
  void matchesOnlyTheCallsThemes() {
    assertThat(ExpertiseThemes.named("public monitoring", CALL)).isEmpty();
    assertThat(ExpertiseThemes.named("public monitoring", List.of(Theme.PUBLIC_MONITORING)))
        .contains(Theme.PUBLIC_MONITORING);
  }

  @Test
  void collectsTheThemesAJurorsExpertiseNamesOnceEach() {
    Juror juror = Juror.builder().id(JurorId.of("J-1")).name("Ana")
        .addExpertise("participatory budgeting", "Open data", "open_data", "sortition").build();

    assertThat(ExpertiseThemes.of(juror, CALL)).containsExactly(Theme.OPEN_DATA, Theme.PARTICIPATORY_BUDGETING);
  }
}
