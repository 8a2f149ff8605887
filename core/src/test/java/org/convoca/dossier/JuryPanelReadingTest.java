package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.dossier.DossierFixture.aValidDossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.convoca.call.AggregationMethod;
import org.convoca.call.ConflictKind;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.capacity.PersonId;
import org.convoca.government.GovernmentId;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/** The jury panel's part of the format: the call's jury policy, jurors' persons and capacities, conflicts, assignments, consensus. */
class JuryPanelReadingTest {

  private static final DossierReader READER = DossierReader.standard();

  private static String panel() {
    return aValidDossier()
        .setJson("/call/jury", """
            {"reviewersPerProposal": 2, "aggregation": "TRIMMED_MEAN", "minScores": 2,
             "normalisation": "ADDITIVE", "conflicts": ["AFFILIATION", "SAME_PERSON"]}""")
        .set("/jury/jurors/0/person", "PER-3")
        .set("/jury/jurors/0/capacity", 2)
        .setJson("/jury/conflicts", """
            [{"juror": "J-2", "proposal": "P-002", "reason": "Advised the applicant in 2020."},
             {"juror": "J-1", "government": "PROV-SANTA-FE", "reason": "Works for its ministry."},
             {"juror": "J-2", "organisation": "Fundación Datos", "reason": "Sits on its board."}]""")
        .setJson("/jury/assignments", """
            [{"proposal": "P-001", "jurors": ["J-2", "J-1"]}, {"proposal": "P-003", "jurors": ["J-2"]}]""")
        .setJson("/jury/consensus", """
            [{"proposal": "P-001", "criterion": "cocreation", "value": 4.25,
              "reason": "Agreed after discussing the partner's role.", "agreedOn": "2021-05-20"}]""")
        .json();
  }

  @Test
  void readsThePolicyAndEveryNewList() {
    Dossier dossier = READER.read(panel());

    JuryPolicy policy = dossier.call().juryPolicy();
    assertThat(policy.reviewersPerProposal()).isEqualTo(2);
    assertThat(policy.aggregation()).isEqualTo(AggregationMethod.TRIMMED_MEAN);
    assertThat(policy.minScores()).isEqualTo(2);
    assertThat(policy.normalisation()).isEqualTo(Normalisation.ADDITIVE);
    assertThat(policy.conflictsApplied())
        .isEqualTo(EnumSet.of(ConflictKind.SAME_PERSON, ConflictKind.AFFILIATION, ConflictKind.DECLARED));
    assertThat(dossier.jury().jurors().get(0).person()).contains(PersonId.of("PER-3"));
    assertThat(dossier.jury().jurors().get(0).capacity()).contains(2);
    assertThat(dossier.jury().jurors().get(1).capacity()).isEmpty();
    assertThat(dossier.jury().conflicts()).extracting(ConflictDeclaration::government)
        .containsExactly(Optional.empty(), Optional.of(GovernmentId.of("PROV-SANTA-FE")), Optional.empty());
    assertThat(dossier.jury().assignments().get(0).jurors()).containsExactly(JurorId.of("J-2"), JurorId.of("J-1"));
    assertThat(dossier.jury().assignments().get(1).proposal()).isEqualTo(ProposalId.of("P-003"));
    assertThat(dossier.jury().consensus().get(0).value()).isEqualByComparingTo(new BigDecimal("4.25"));
    assertThat(dossier.jury().consensus().get(0).agreedOn()).isEqualTo(LocalDate.of(2021, 5, 20));
  }

  @Test
  void aCallWithoutAJuryPolicyKeepsTheEarlierBehaviour() {
    JuryPolicy policy = READER.read(DossierFixture.validText()).call().juryPolicy();

    assertThat(policy.aggregation()).isEqualTo(AggregationMethod.MEAN);
    assertThat(policy.minScores()).isZero();
    assertThat(policy.normalisation()).isEqualTo(Normalisation.NONE);
    assertThat(policy.conflictsApplied()).isEqualTo(EnumSet.allOf(ConflictKind.class));
    assertThat(policy.reviewersPerProposal()).isEqualTo(3);
  }

  @Test
  void aStatedPolicyWithNoFieldsTakesTheDocumentedDefaults() {
    JuryPolicy policy = READER.read(aValidDossier().setJson("/call/jury", "{}").json()).call().juryPolicy();

    assertThat(policy).isEqualTo(JuryPolicy.builder().build());
    assertThat(policy.minScores()).isEqualTo(1);
    assertThat(policy.reviewersPerProposal()).isEqualTo(3);
  }

  @Test
  void declaredIsAppliedEvenWhenTheCallListsOtherKindsOnly() {
    JuryPolicy policy = READER.read(aValidDossier().setJson("/call/jury", "{\"conflicts\": []}").json())
        .call().juryPolicy();

    assertThat(policy.conflicts()).isEmpty();
    assertThat(policy.conflictsApplied()).containsExactly(ConflictKind.DECLARED);
  }

  @Test
  void writesWhatItReads() {
    Dossier dossier = READER.read(panel());

    assertThat(READER.read(DossierWriter.toJson(dossier))).isEqualTo(dossier);
  }
}
