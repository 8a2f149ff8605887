package org.convoca.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.selection.SelectionFixture.Bid.bid;

import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.call.TieBreakKind;
import org.convoca.jury.JuryVerdict;
import org.convoca.language.Language;
import org.convoca.proposal.ProposalId;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/**
 * A call written in Spanish gets its decisions, ties and notes in Spanish, with numbers, money and
 * dates as Spanish writes them: the worked example of {@link SelectorWorkedExampleTest}, with the
 * jury's overrides of the outcome fixture, and small calls for the other sentences.
 */
class SpanishSelectionTest {

  private final Selection example = Selector.select(spanishExample().dossier(), spanishExample().assessments());

  private static SelectionFixture spanishExample() {
    return SelectionFixture.workedExample().language(Language.SPANISH)
        .override("P-06", JuryVerdict.EXCLUDE, "La provincia retiró su aval")
        .override("P-02", JuryVerdict.INCLUDE, "El jurado toma la primera propuesta en espera");
  }

  @Test
  void explainsEachBrokenTieInSpanish() {
    assertThat(example.ties()).extracting(BrokenTie::sentence).containsExactly(
        "P-04 queda por encima de P-03 con el mismo puntaje total, 80, porque tiene más puntos en Co-creation (8 contra 6).",
        "P-06 queda por encima de P-11 con el mismo puntaje total, 60, porque se presentó antes "
            + "(1 de abril de 2021, 00:10 UTC contra 1 de abril de 2021, 00:20 UTC).");
  }

  @Test
  void givesTheReasonsOfSeatsWaitlistAndLeftOutInSpanish() {
    assertThat(reason("P-04")).isEqualTo("Seleccionada en un cupo reservado para la jurisdicción AR-S, que el orden de "
        + "mérito dejaba sin propuestas seleccionadas mientras la convocatoria pide al menos 4 jurisdicciones; es la "
        + "propuesta de AR-S mejor ubicada en el orden de mérito que entra en el presupuesto (puesto 3 de 9, con un "
        + "puntaje total de 80).");
    assertThat(reason("P-03")).isEqualTo("En la lista de espera, en el lugar 1: puesto 4 de 9, con un puntaje total de 80, "
        + "pero los 4 cupos estaban ocupados, 3 de ellos como cupos reservados para cubrir jurisdicciones.");
    assertThat(reason("P-05")).endsWith("No puede esperar un cupo porque su gobierno, B1, ya tenía el máximo de "
        + "propuestas seleccionadas que la convocatoria permite por gobierno.");
    assertThat(reason("P-07")).isEqualTo("No seleccionada: puesto 9 de 9, con un puntaje total de 55, pero los 4 cupos "
        + "estaban ocupados, 3 de ellos como cupos reservados para cubrir jurisdicciones. Los 2 lugares de la lista de "
        + "espera fueron para propuestas mejor ubicadas.");
  }

  @Test
  void explainsProposalsThatWereNotRankedInSpanish() {
    assertThat(reason("P-08")).isEqualTo("No es elegible, por lo que no entra en el orden de mérito: no cumplió 1 "
        + "requisito de elegibilidad. \"Proposal is submitted within the window\": It arrived after the call closed.");
    assertThat(reason("P-09")).isEqualTo("Es elegible, pero no entra en el orden de mérito. Su puntaje total de 40 está "
        + "por debajo del umbral general de la convocatoria, de 50.");
  }

  @Test
  void explainsTheJurysOverridesWithTheDayInSpanish() {
    assertThat(reason("P-02")).isEqualTo("Seleccionada por decisión de Jury plenary, minutes 4 el 10 de junio de 2021: "
        + "El jurado toma la primera propuesta en espera. Ocupa un cupo adicional a la selección calculada (la "
        + "convocatoria tiene 4 cupos); ninguna propuesta de la selección calculada pierde su cupo.");
    assertThat(reason("P-06")).isEqualTo("Excluida por decisión de Jury plenary, minutes 4 el 10 de junio de 2021: La "
        + "provincia retiró su aval. Su cupo queda vacío: la lista de espera no avanza salvo que el jurado incluya una "
        + "propuesta.");
  }

  @Test
  void notesTheReservedSeatsAndTheCoverageAfterTheOverridesInSpanish() {
    assertThat(example.notes()).containsExactly(
        "Se reservaron 3 cupos para alcanzar el mínimo de 4 jurisdicciones: [P-04 (AR-S), P-06 (AR-C), P-11 (AR-A)].",
        "Con las decisiones del jurado, la selección cubre 3 jurisdicciones (AR-A, AR-S, AR-X).");
  }

  @Test
  void writesMoneyWithSpanishSeparatorsWhenTheBudgetStops() {
    SelectionFixture f = SelectionFixture.aCall().language(Language.SPANISH)
        .policy(SelectionPolicy.builder().slots(3).totalBudget(Money.of(2_500_000, "ARS")).waitlistLength(0).build())
        .bid(bid("P-1").total("90.50").request(1_500_000))
        .bid(bid("P-2").total("80").request(1_500_000));

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(s.decision(ProposalId.of("P-1")).orElseThrow().reason()).isEqualTo("Seleccionada por mérito: puesto 1 de 2, "
        + "con un puntaje total de 90,50, dentro de los cupos, topes y presupuesto de la convocatoria.");
    assertThat(s.decision(ProposalId.of("P-2")).orElseThrow().reason()).isEqualTo("No seleccionada: puesto 2 de 2, con un "
        + "puntaje total de 80, pero su pedido de ARS 1.500.000 no entraba en los ARS 1.000.000 que quedaban del "
        + "presupuesto. La convocatoria no tiene lista de espera.");
  }

  @Test
  void writesMoneyWithEnglishSeparatorsInAnEnglishCall() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(3).totalBudget(Money.of(2_500_000, "ARS")).waitlistLength(0).build())
        .bid(bid("P-1").total("90").request(1_500_000))
        .bid(bid("P-2").total("80").request(1_500_000));

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(s.decision(ProposalId.of("P-2")).orElseThrow().reason()).isEqualTo("Not selected: rank 2 of 2 with a total "
        + "of 80, but its request of ARS 1,500,000 did not fit in the ARS 1,000,000 left of the budget. The call keeps "
        + "no waitlist.");
  }

  @Test
  void breaksTiesByRequestCriterionThresholdAndIdInSpanish() {
    SelectionFixture f = SelectionFixture.aCall().language(Language.SPANISH)
        .policy(SelectionPolicy.builder().slots(1)
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.LOWER_REQUEST).build()).build())
        .bid(bid("P-1").total("70").request(500))
        .bid(bid("P-2").total("70").request(100))
        .bid(bid("P-3").total("70").request(100))
        .bid(bid("P-4").total("90").cocreation("1"));

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(s.ties()).extracting(BrokenTie::sentence).containsExactly(
        "P-2 queda por encima de P-3 con el mismo puntaje total, 70, porque su identificador va primero, que es el "
            + "último paso de la cadena de desempate.",
        "P-3 queda por encima de P-1 con el mismo puntaje total, 70, porque pide menos financiamiento (ARS 100 contra ARS 500).");
    assertThat(s.decision(ProposalId.of("P-4")).orElseThrow().reason()).isEqualTo("Es elegible, pero no entra en el orden "
        + "de mérito. Tiene 1 puntos en Co-creation, por debajo del umbral de ese criterio, de 2.");
  }

  @Test
  void writesSecondsOfSubmissionTimesOnlyWhenTheTieNeedsThem() {
    SelectionFixture f = SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(1)
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.EARLIER_SUBMISSION).build()).build())
        .bid(bid("P-1").total("70").submittedAfterSeconds(61))
        .bid(bid("P-2").total("70").submittedAfterSeconds(90));

    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(s.ties().get(0).sentence()).isEqualTo("P-1 ranks above P-2 on an equal total of 70 because it was "
        + "submitted earlier (April 1, 2021, 00:01:01 UTC against April 1, 2021, 00:01:30 UTC).");
  }

  private String reason(String id) {
    return example.decision(ProposalId.of(id)).orElseThrow().reason();
  }
}
