package org.convoca.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convoca.call.SelectionPolicy;
import org.convoca.language.Language;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.SelectionFixture;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/**
 * The violations of a published selection are about the call, so they are written in the call's
 * language: the worked example in Spanish, with a claim that breaks every limit it can.
 */
class SpanishViolationsTest {

  @Test
  void writesEveryKindOfViolationInSpanish() {
    SelectionFixture f = SelectionFixture.workedExample().language(Language.SPANISH);

    List<Violation> violations = SelectionValidator.validate(f.dossier(), f.assessments(), ids("P-03", "P-09", "P-08",
        "P-08", "P-99", "P-05", "P-10", "P-07"));

    assertThat(violations).extracting(Violation::sentence).contains(
        "P-99 figura como seleccionada, pero el expediente no tiene esa propuesta.",
        "P-08 figura como seleccionada más de una vez.",
        "P-09 figura como seleccionada, pero está por debajo de un umbral. Es elegible, pero no entra en el orden de "
            + "mérito. Su puntaje total de 40 está por debajo del umbral general de la convocatoria, de 50.",
        "Hay 6 propuestas seleccionadas, pero la convocatoria tiene 4 cupos: [P-03, P-05, P-10, P-07, P-08, P-09].",
        "Hay 3 propuestas seleccionadas de la jurisdicción AR-M, pero la convocatoria permite 2: [P-07, P-08, P-09].",
        "P-01 (puesto 1) quedó afuera mientras P-07 (puesto 9) fue seleccionada, y cambiar una por otra no excede "
            + "ningún cupo, tope, presupuesto ni mínimo de jurisdicciones.",
        "Falta P-01: la selección calculada la incluye. Seleccionada por mérito: puesto 1 de 9, con un puntaje total de "
            + "90, dentro de los cupos, topes y presupuesto de la convocatoria.");
  }

  @Test
  void writesTheBudgetAndTheCoverageInTheCallsLanguage() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(3).totalBudget(Money.of(1_500_000, "ARS")).minJurisdictions(2).build())
        .bid(SelectionFixture.Bid.bid("P-1").from("G1", "AR-X").total("90").request(1_000_000))
        .bid(SelectionFixture.Bid.bid("P-2").from("G2", "AR-X").total("80").request(1_000_000))
        .bid(SelectionFixture.Bid.bid("P-3").from("G3", "AR-S").total("70").request(500_000));
    SelectionFixture spanish = f.language(Language.SPANISH);

    assertThat(SelectionValidator.validate(spanish.dossier(), spanish.assessments(), ids("P-1", "P-2")))
        .extracting(Violation::sentence).contains(
            "Las propuestas seleccionadas piden ARS 2.000.000, más que el presupuesto de ARS 1.500.000.",
            "La selección cubre 1 jurisdicción; la convocatoria pide al menos 2, y la selección calculada cubre 2.");
    SelectionFixture english = f.language(Language.ENGLISH);
    assertThat(SelectionValidator.validate(english.dossier(), english.assessments(), ids("P-1", "P-2")))
        .extracting(Violation::sentence).contains(
            "The selected proposals request ARS 2,000,000, more than the budget of ARS 1,500,000.");
  }

  private static List<ProposalId> ids(String... ids) {
    return java.util.Arrays.stream(ids).map(ProposalId::of).toList();
  }
}
