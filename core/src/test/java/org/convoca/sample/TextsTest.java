package org.convoca.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.convoca.call.FederalVocabulary;
import org.convoca.cocreation.ActivityKind;
import org.convoca.language.Language;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.proposal.Theme;
import org.junit.jupiter.api.Test;

/**
 * The Spanish table follows the English one entry by entry, so that the seeded draws pick the same
 * entries in both: the same lengths, the same values per theme, distinct entries where the
 * generator keeps one of each.
 */
class TextsTest {

  private static final List<Texts> BOTH = List.of(EnglishTexts.TEXTS, SpanishTexts.TEXTS);

  @Test
  void spanishListsHaveTheShapeOfTheEnglishOnes() {
    Texts english = EnglishTexts.TEXTS;
    Texts spanish = SpanishTexts.TEXTS;

    for (Theme theme : FederalCall.THEMES) {
      Texts.ThemeText one = english.theme(theme);
      Texts.ThemeText other = spanish.theme(theme);
      assertThat(other.value()).as(theme.code()).isEqualTo(one.value());
      assertThat(other.titles()).hasSameSizeAs(one.titles()).allSatisfy(t -> assertThat(t).contains("%s"));
      assertThat(other.commitments()).hasSameSizeAs(one.commitments());
      for (int c = 0; c < one.commitments().size(); c++) {
        assertThat(other.commitments().get(c).milestones()).hasSameSizeAs(one.commitments().get(c).milestones());
        assertThat(other.commitments().get(c).description()).contains("%s");
      }
    }
    assertThat(spanish.teamRoles()).hasSameSizeAs(english.teamRoles());
    assertThat(spanish.commentsHigh()).hasSameSizeAs(english.commentsHigh());
    assertThat(spanish.commentsMiddle()).hasSameSizeAs(english.commentsMiddle());
    assertThat(spanish.commentsLow()).hasSameSizeAs(english.commentsLow());
    assertThat(spanish.reopenReasons()).hasSameSizeAs(english.reopenReasons());
    assertThat(spanish.courses()).hasSameSizeAs(english.courses()).hasSize(13);
    for (int c = 0; c < english.courses().size(); c++) {
      assertThat(spanish.courses().get(c).mechanism() == null).isEqualTo(english.courses().get(c).mechanism() == null);
    }
  }

  @Test
  void namesWhatTheGeneratorKeepsOneOfOnce() {
    for (Texts texts : BOTH) {
      List<String> roles = new java.util.ArrayList<>(texts.teamRoles());
      roles.add(texts.projectLead());
      assertThat(roles).doesNotHaveDuplicates();
      assertThat(FederalCall.THEMES.stream().flatMap(t -> texts.theme(t).commitments().stream())
          .map(Texts.CommitmentText::title)).doesNotHaveDuplicates();
      assertThat(List.of(ActivityKind.values())).extracting(texts::activity).doesNotHaveDuplicates();
      assertThat(List.of(FederalVocabulary.COCREATION, FederalVocabulary.VALUES, FederalVocabulary.COMMITMENTS,
          FederalVocabulary.CAPACITY, FederalVocabulary.FEASIBILITY, FederalVocabulary.JURY, FederalVocabulary.PRIORITY))
          .allSatisfy(id -> assertThat(texts.criterion(id)).isNotNull());
      assertThat(List.of(ResultsLevel.values())).extracting(texts::reasoning).doesNotHaveDuplicates();
    }
  }

  @Test
  void spanishPutsTheRightArticleBeforeAGovernmentOrAnOrganisation() {
    Texts spanish = SpanishTexts.TEXTS;

    assertThat(spanish.summary("Gobierno de la Ciudad Autónoma de Buenos Aires", Optional.of("Centro Vecinal Barrio Norte"),
        Theme.OPEN_DATA)).isEqualTo("El Gobierno de la Ciudad Autónoma de Buenos Aires trabajará con el Centro Vecinal"
        + " Barrio Norte en un proyecto de datos abiertos.");
    assertThat(spanish.summary("Provincia del Chaco", Optional.of("Vecinas y vecinos de Resistencia"), Theme.CIVIC_INNOVATION))
        .isEqualTo("La Provincia del Chaco trabajará con las vecinas y los vecinos de Resistencia en un proyecto de"
            + " innovación cívica.");
    assertThat(spanish.declaredConflict("Gobierno de la Ciudad Autónoma de Buenos Aires"))
        .startsWith("asesoró al Gobierno de la Ciudad Autónoma de Buenos Aires en un borrador anterior");
    assertThat(spanish.declaredConflict("Municipalidad de Tandil")).startsWith("asesoró a la Municipalidad de Tandil en");
  }

  @Test
  void choosesTheTableByTheLanguageWhateverTheRegion() {
    assertThat(Texts.in(Language.of("es-AR"))).isSameAs(SpanishTexts.TEXTS);
    assertThat(Texts.in(Language.of("en-GB"))).isSameAs(EnglishTexts.TEXTS);
    assertThat(Texts.inOrEnglish(Language.of("pt-BR"))).isSameAs(EnglishTexts.TEXTS);
  }
}
