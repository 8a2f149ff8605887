package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import org.convoca.dossier.Dossier;
import org.convoca.government.GovernmentId;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.JurorId;
import org.convoca.jury.agreement.AlphaUndefined;
import org.convoca.jury.conflict.Conflict;
import org.convoca.language.Language;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.junit.jupiter.api.Test;

/**
 * The jury's review of a call written in Spanish says in Spanish why a score is excluded, why a
 * review is incomplete and what a reader should notice: the panel of {@link JuryPanelOutcomes}, one
 * conflict of each kind, a score by a juror not assigned and P-03 left with one valid score.
 */
class SpanishJuryReviewTest {

  private final Dossier dossier = spanish(JuryPanelOutcomes.dossier());
  private final JuryReview review = JuryReview.of(dossier);

  @Test
  void givesTheGroundsOfEachKindOfConflictInSpanish() {
    assertThat(review.conflicts()).extracting(Conflict::reason).containsExactly(
        "J-1 es de AR-X, la jurisdicción de Government A1, solicitante de P-01",
        "J-2 tiene una afiliación con Government B1, solicitante de P-02",
        "J-3 es PER-3, integrante del equipo de P-03",
        "J-4 declaró un conflicto con P-04: Government employs J-4's spouse");
  }

  @Test
  void saysWhyAReviewIsIncompleteInSpanish() {
    assertThat(review.incomplete().get(ProposalId.of("P-03"))).isEqualTo("En el criterio quality tiene 1 puntaje válido "
        + "de los 2 que pide la convocatoria: el puntaje de J-3 queda excluido por un conflicto de interés (misma "
        + "persona); J-6 tiene la propuesta asignada pero no la puntuó.");
  }

  @Test
  void notesUnassignedScoresAndDeclarationsThatMatchNothingInSpanish() {
    JuryReview noted = JuryReview.of(JuryPanelOutcomes.withJury(dossier, jury -> jury.withConflicts(
        ConflictDeclaration.builder().juror(JurorId.of("J-5")).government(GovernmentId.of("Z9")).reason("asesoró").build(),
        ConflictDeclaration.builder().juror(JurorId.of("J-6")).organisation("Fundación Nadie").reason("integra").build())));

    assertThat(noted.notes()).containsExactly(
        "1 puntaje es de un jurado al que no se asignó la propuesta y queda señalado; cada uno cuenta salvo que lo "
            + "excluya un conflicto de interés: J-1 en P-05 (quality).",
        "J-5 declaró un conflicto con el gobierno Z9, que no presenta ninguna propuesta en esta convocatoria; no "
            + "excluye ningún puntaje.",
        "J-6 declaró un conflicto con la organización \"Fundación Nadie\", que no es solicitante ni socia de ninguna "
            + "propuesta de esta convocatoria (los nombres se comparan sin distinguir mayúsculas, acentos ni espacios de "
            + "más); no excluye ningún puntaje.");
  }

  @Test
  void keepsTheEnglishSentencesOfAnEnglishCall() {
    JuryReview english = JuryReview.of(JuryPanelOutcomes.dossier());

    assertThat(english.incomplete().get(ProposalId.of("P-03"))).isEqualTo("On criterion quality it has 1 valid score "
        + "of the 2 the call needs: J-3's score is excluded for a conflict of interest (SAME_PERSON); J-6, assigned to "
        + "it, has not scored it.");
    assertThat(english.conflicts().get(1).reason()).isEqualTo("J-2 is affiliated with Government B1, the applicant of P-02");
  }

  @Test
  void saysWhyThereIsNoAlphaInEitherLanguage() {
    assertThat(AlphaUndefined.ONE_UNIT.sentence()).isEqualTo(
        "only one proposal has two or more scores, so agreement on proposals cannot be told from disagreement");
    assertThat(AlphaUndefined.ONE_UNIT.sentence(Language.SPANISH)).isEqualTo(
        "solo una propuesta tiene dos o más puntajes, así que no se puede distinguir el acuerdo del desacuerdo sobre "
            + "las propuestas");
    for (AlphaUndefined reason : AlphaUndefined.values()) {
      assertThat(reason.sentence(Language.SPANISH)).isNotEqualTo(reason.sentence(Language.ENGLISH));
    }
  }

  private static Dossier spanish(Dossier dossier) {
    return dossier.withCall(dossier.call().withLanguage(Language.SPANISH));
  }
}
