package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.dossier.DossierFixture.aValidDossier;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The reader refuses a second entry in a list that is a set, naming both paths. The corpus
 * ({@code bad/76} to {@code bad/81}) shows one dossier per kind of list; these tests pin the lists
 * and the sameness the corpus shows only once, and what is not a repeat.
 */
class ListedOnceTest {

  private static final String WORKSHOP =
      "{\"kind\": \"WORKSHOP\", \"date\": \"2021-02-10\", \"participants\": 35, \"contributions\": 12}";
  private static final String REPORT = "{\"proposal\": \"P-001\", \"date\": \"2021-10-01\", \"milestones\": [],"
      + " \"participants\": 120, \"fundsSpent\": {\"amount\": 400000, \"currency\": \"ARS\"}}";

  @Test
  void refusesAContactListedTwiceByOnePartner() {
    assertThat(aValidDossier().set("/proposals/0/coCreation/partners/0/contacts", List.of("PER-3", "PER-2", "PER-3"))
        .problems()).containsExactly("$.proposals[0].coCreation.partners[0].contacts[2]: person 'PER-3' is listed"
        + " twice; first at $.proposals[0].coCreation.partners[0].contacts[0]");
  }

  @Test
  void acceptsOnePersonAsTheContactOfTwoPartners() {
    assertThat(withSecondPartner("{\"organisation\": \"Vecinos\", \"sector\": \"CITIZEN\","
        + " \"role\": \"COLLABORATOR\", \"contacts\": [\"PER-3\"]}").problems()).isEmpty();
  }

  @Test
  void refusesAnEligibleLevelListedTwice() {
    assertThat(aValidDossier().set("/call/eligibleLevels", List.of("MUNICIPAL", "MUNICIPAL")).problems())
        .containsExactly("$.call.eligibleLevels[1]: 'MUNICIPAL' is listed twice; first at $.call.eligibleLevels[0]");
  }

  @Test
  void refusesACallThemeListedTwice() {
    assertThat(aValidDossier().set("/call/themes", List.of("OPEN_DATA", "CIVIC_INNOVATION", "OPEN_DATA",
            "PARTICIPATORY_BUDGETING")).problems())
        .containsExactly("$.call.themes[2]: 'OPEN_DATA' is listed twice; first at $.call.themes[0]");
  }

  @Test
  void refusesAnAffiliationListedTwiceWhateverItsSpacing() {
    assertThat(aValidDossier().set("/jury/jurors/1/affiliations", List.of("Red Federal", " red  federal ")).problems())
        .containsExactly("$.jury.jurors[1].affiliations[1]: ' red  federal ' is listed twice; first at"
            + " $.jury.jurors[1].affiliations[0]");
  }

  @Test
  void refusesExpertiseListedTwiceWhateverItsCase() {
    assertThat(aValidDossier().set("/jury/jurors/1/expertise", List.of("participation", "PARTICIPATION")).problems())
        .containsExactly("$.jury.jurors[1].expertise[1]: 'PARTICIPATION' is listed twice; first at"
            + " $.jury.jurors[1].expertise[0]");
  }

  @Test
  void refusesAMilestoneReportedTwiceInOneReport() {
    assertThat(aValidDossier().setJson("/progressReports/0/milestones", "[{\"milestone\": \"M1\","
            + " \"completion\": \"COMPLETE\", \"evidence\": []}, {\"milestone\": \"M1\", \"completion\": \"LIMITED\","
            + " \"evidence\": []}]").problems())
        .containsExactly("$.progressReports[0].milestones[1].milestone: milestone 'M1' is listed twice; first at"
            + " $.progressReports[0].milestones[0].milestone");
  }

  @Test
  void refusesEvidenceListedTwiceButComparesLinksExactly() {
    List<String> links = List.of("https://datos.example.org/A", "https://datos.example.org/a",
        "https://datos.example.org/A");

    assertThat(aValidDossier().set("/progressReports/0/milestones/0/evidence", links).problems())
        .containsExactly("$.progressReports[0].milestones[0].evidence[2]: 'https://datos.example.org/A' is listed"
            + " twice; first at $.progressReports[0].milestones[0].evidence[0]");
  }

  @Test
  void refusesAProgressReportIdenticalToAnother() {
    assertThat(aValidDossier().setJson("/progressReports", "[" + REPORT + ", " + REPORT + "]").problems())
        .containsExactly("$.progressReports[1]: a progress report on proposal 'P-001' on 2021-10-01 is listed twice;"
            + " first at $.progressReports[0]");
  }

  @Test
  void refusesTwoProgressReportsOnOneProposalOnOneDayThatDifferInWhatTheySay() {
    assertThat(aValidDossier().setJson("/progressReports", "[" + REPORT + ", " + REPORT.replace("120", "130") + "]")
        .problems())
        .containsExactly("$.progressReports[1]: a progress report on proposal 'P-001' on 2021-10-01 is listed twice;"
            + " first at $.progressReports[0]");
  }

  @Test
  void acceptsTwoActivitiesOfOneKindOnOneDayThatDifferInReach() {
    assertThat(aValidDossier().setJson("/proposals/1/coCreation/activities",
        "[" + WORKSHOP + ", " + WORKSHOP.replace("35", "36") + "]").problems()).isEmpty();
  }

  @Test
  void refusesAPartnerWhoseNameDiffersOnlyInUnicodeCompositionOrNoBreakSpace() {
    String decomposed = "Fundacio\u0301n\u00A0Datos";

    assertThat(withSecondPartner("{\"organisation\": \"" + decomposed
        + "\", \"sector\": \"CIVIL_SOCIETY\", \"role\": \"CONSULTED\", \"contacts\": []}").problems())
        .containsExactly("$.proposals[0].coCreation.partners[1].organisation: organisation '" + decomposed
            + "' is listed twice; first at $.proposals[0].coCreation.partners[0].organisation");
  }

  @Test
  void keepsAccentsWhenComparingOrganisations() {
    assertThat(withSecondPartner("{\"organisation\": \"Fundacion Datos\", \"sector\": \"CIVIL_SOCIETY\","
        + " \"role\": \"CONSULTED\", \"contacts\": []}").problems()).isEmpty();
  }

  @Test
  void refusesEachFurtherCopyNamingTheFirst() {
    assertThat(aValidDossier().set("/proposals/2/values", List.of("CIVIC_PARTICIPATION", "ACCESS_TO_INFORMATION",
        "CIVIC_PARTICIPATION", "ACCESS_TO_INFORMATION")).problems()).containsExactly(
        "$.proposals[2].values[2]: 'CIVIC_PARTICIPATION' is listed twice; first at $.proposals[2].values[0]",
        "$.proposals[2].values[3]: 'ACCESS_TO_INFORMATION' is listed twice; first at $.proposals[2].values[1]");
  }

  /** The valid dossier whose first proposal has a second partner, given as JSON. */
  private static DossierFixture withSecondPartner(String partner) {
    return aValidDossier().setJson("/proposals/0/coCreation/partners", "[{\"organisation\": \"Fundación Datos\","
        + " \"sector\": \"CIVIL_SOCIETY\", \"role\": \"CO_OWNER\", \"contacts\": [\"PER-3\"]}, " + partner + "]");
  }

  @Test
  void comparesEveryNameAsItsNormalFormWhetherOrNotItIsPlain() {
    for (int last : new int[] {0x7E, 0xFF, 0x17F}) {
      qt(2000).forAll(strings().betweenCodePoints(0x1F, last).ofLengthBetween(0, 8)).checkAssert(name -> {
        String spaced = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();

        assertThat(ListedOnceCheck.name(name)).isEqualTo(spaced.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
      });
    }
  }
}
