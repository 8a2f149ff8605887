package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convoca.dossier.DossierFixture.aValidDossier;
import static org.convoca.dossier.DossierFixture.problemsOf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of problem the reader reports, each naming the exact path. */
class DossierReaderTest {

  private static final DossierReader READER = DossierReader.standard();

  @Test
  void readsTheSmallValidDossier() {
    Dossier dossier = READER.read(DossierFixture.validText());

    assertThat(dossier.proposals()).extracting(p -> p.id()).containsExactly(
        ProposalId.of("P-001"), ProposalId.of("P-002"), ProposalId.of("P-003"));
    assertThat(dossier.call().parameters().flag("requireTrainedMember")).isTrue();
    assertThat(dossier.governments().get(1).openGovernmentExperience()).isFalse();
  }

  @Test
  void readsFromAFileAndAStreamAlike(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("dossier.json");
    Files.writeString(file, DossierFixture.validText());
    byte[] bytes = DossierFixture.validText().getBytes(StandardCharsets.UTF_8);

    assertThat(READER.read(file)).isEqualTo(READER.read(new ByteArrayInputStream(bytes)))
        .isEqualTo(READER.read(DossierFixture.validText()));
  }

  @Test
  void oneReaderReadsFromManyThreadsAlike() {
    Dossier expected = READER.read(DossierFixture.validText());
    String broken = aValidDossier().set("/proposals/0/applicant", "NOBODY").json();

    java.util.stream.IntStream.range(0, 24).parallel().forEach(i -> {
      assertThat(READER.read(DossierFixture.validText())).isEqualTo(expected);
      assertThat(problemsOf(broken)).containsExactly("$.proposals[0].applicant: no government has the id 'NOBODY'");
    });
  }

  @Test
  void reportsMalformedJsonWithLineAndColumn() {
    String broken = DossierFixture.validText().replace("\"edition\": 1,", "\"edition\": 1,,");

    assertThatThrownBy(() -> READER.read(broken))
        .isInstanceOfSatisfying(InvalidDossierException.class, e -> {
          DossierProblem problem = e.problems().get(0);
          assertThat(e.problems()).hasSize(1);
          assertThat(problem.line()).isEqualTo(6);
          assertThat(problem.column()).isEqualTo(18);
          assertThat(problem.path()).isEqualTo("$.call.edition");
          assertThat(problem.message()).startsWith("is not valid JSON: ").endsWith("(line 6, column 18)");
        });
  }

  @Test
  void reportsAnEmptyDocument() {
    assertThat(problemsOf("  ")).containsExactly("$: is empty; a dossier is a JSON object");
  }

  @Test
  void reportsADuplicateKeyAsASyntaxError() {
    String twice = DossierFixture.validText().replace("\"edition\": 1,", "\"edition\": 1, \"edition\": 2,");

    assertThat(problemsOf(twice)).singleElement().asString()
        .startsWith("$.call.edition: is not valid JSON: Duplicate field 'edition'");
  }

  @Test
  void rejectsAWrongType() {
    assertThat(aValidDossier().set("/call/edition", "one").problems())
        .containsExactly("$.call.edition: must be a whole number, was a string");
  }

  @Test
  void rejectsAMissingRequiredField() {
    assertThat(aValidDossier().remove("/proposals/1/funding/requested/currency").problems())
        .containsExactly("$.proposals[1].funding.requested.currency: is required");
  }

  @Test
  void rejectsAnUnknownField() {
    assertThat(aValidDossier().set("/proposals/2/budget", 5).problems())
        .containsExactly("$.proposals[2].budget: is not a known field");
  }

  @Test
  void rejectsAnUnknownEnumValueListingTheAllowedOnes() {
    assertThat(aValidDossier().set("/governments/0/level", "CITY").problems())
        .containsExactly("$.governments[0].level: must be one of NATIONAL, PROVINCIAL, MUNICIPAL, was 'CITY'");
  }

  @Test
  void rejectsNegativeMoney() {
    assertThat(aValidDossier().set("/proposals/1/funding/requested/amount", -5).problems())
        .containsExactly("$.proposals[1].funding.requested.amount: must be at least 0, was -5");
  }

  @Test
  void rejectsAnImpossibleDate() {
    assertThat(aValidDossier().set("/completions/0/completedOn", "2021-02-30").problems())
        .containsExactly("$.completions[0].completedOn: must be a real day written YYYY-MM-DD, was '2021-02-30'");
  }

  @Test
  void rejectsAnInstantWithoutOffset() {
    assertThat(aValidDossier().set("/proposals/0/submittedAt", "2021-04-02 14:30").problems())
        .containsExactly("$.proposals[0].submittedAt: must be an instant with its offset, such as "
            + "2021-03-01T12:00:00Z, was '2021-04-02 14:30'");
  }

  @Test
  void rejectsAnImplementationWindowThatEndsBeforeItStarts() {
    assertThat(aValidDossier().set("/call/implementationWindow/end", "2021-05-31").problems())
        .containsExactly("$.call.implementationWindow.end: 'end' (2021-05-31) must not be before 'start' (2021-06-01)");
  }

  @Test
  void rejectsASubmissionWindowThatClosesBeforeItOpens() {
    assertThat(aValidDossier().set("/call/submissionWindow/closes", "2021-02-01T00:00:00Z").problems())
        .containsExactly("$.call.submissionWindow.closes: 'closes' (2021-02-01T00:00:00Z) must not be before "
            + "'opens' (2021-03-01T00:00:00Z)");
  }

  @Test
  void rejectsDuplicateGovernmentIds() {
    assertThat(aValidDossier().set("/governments/2/id", "PROV-CORDOBA").problems())
        .contains("$.governments[2].id: 'PROV-CORDOBA' is already the id of $.governments[0]");
  }

  @Test
  void rejectsDuplicateProposalIds() {
    assertThat(aValidDossier().set("/proposals/2/id", "P-001").problems())
        .containsExactly(
            "$.proposals[2].id: 'P-001' is already the id of $.proposals[0]",
            "$.jury.overrides[0].proposal: no proposal has the id 'P-003'");
  }

  @Test
  void rejectsDuplicateMilestoneIdsWithinAProposal() {
    assertThat(aValidDossier().set("/proposals/0/commitments/0/milestones/1/id", "M1").problems())
        .containsExactly("$.proposals[0].commitments[0].milestones[1].id: 'M1' is already the id of "
            + "$.proposals[0].commitments[0].milestones[0]");
  }

  @Test
  void acceptsTheSameMilestoneIdInTwoProposals() {
    assertThat(aValidDossier().problems()).isEmpty();
    assertThat(READER.read(DossierFixture.validText()).proposals().get(1).milestones().get(0).id())
        .isEqualTo(READER.read(DossierFixture.validText()).proposals().get(0).milestones().get(0).id());
  }

  @Test
  void rejectsAnApplicantThatIsNotInTheDossier() {
    assertThat(aValidDossier().set("/proposals/1/applicant", "MUN-NOWHERE").problems())
        .containsExactly("$.proposals[1].applicant: no government has the id 'MUN-NOWHERE'");
  }

  @Test
  void rejectsATeamMemberWhoIsNotAmongThePeople() {
    assertThat(aValidDossier().set("/proposals/0/team/0/person", "PER-9").problems())
        .containsExactly("$.proposals[0].team[0].person: no person has the id 'PER-9'");
  }

  @Test
  void rejectsAScoreOfAnUnknownJurorProposalAndCriterion() {
    assertThat(aValidDossier().set("/jury/scores/1/juror", "J-9").set("/jury/scores/1/proposal", "P-009")
            .set("/jury/scores/1/criterion", "beauty").problems())
        .containsExactly(
            "$.jury.scores[1].juror: no juror has the id 'J-9'",
            "$.jury.scores[1].proposal: no proposal has the id 'P-009'",
            "$.jury.scores[1].criterion: no criterion has the id 'beauty'");
  }

  @Test
  void rejectsAProgressReportOnAnUnknownMilestone() {
    assertThat(aValidDossier().set("/progressReports/0/milestones/0/milestone", "M9").problems())
        .containsExactly("$.progressReports[0].milestones[0].milestone: proposal 'P-001' has no milestone 'M9'");
  }

  @Test
  void rejectsScoreAboveScale() {
    assertThat(aValidDossier().set("/jury/scores/2/value", 6).problems())
        .containsExactly("$.jury.scores[2].value: must be on the call's scale, from 0 to 5 in steps of 0.5, was 6");
  }

  @Test
  void rejectsScoreBetweenSteps() {
    assertThat(aValidDossier().set("/jury/scores/2/value", 3.25).problems())
        .containsExactly("$.jury.scores[2].value: must be on the call's scale, from 0 to 5 in steps of 0.5, was 3.25");
  }

  @Test
  void rejectsWeightsThatDoNotSumToHundred() {
    assertThat(aValidDossier().set("/call/criteria/1/weight", 25).problems())
        .containsExactly("$.call.criteria: the weights must sum to 100, they sum to 95");
  }

  @Test
  void rejectsARequestInAnotherCurrencyThanTheCeiling() {
    assertThat(aValidDossier().set("/proposals/2/funding/requested/currency", "USD")
            .set("/proposals/2/funding/counterpart/currency", "USD").problems())
        .containsExactly("$.proposals[2].funding.requested.currency: must be ARS, the currency of the call's "
            + "funding ceiling, was USD");
  }

  @Test
  void rejectsAMunicipalityWhoseProvinceIsMissing() {
    assertThat(aValidDossier().set("/governments/1/province", "PROV-ATLANTIS").problems())
        .containsExactly("$.governments[1].province: no government has the id 'PROV-ATLANTIS'");
  }

  @Test
  void rejectsAMunicipalityWhoseProvinceIsNotProvincial() {
    assertThat(aValidDossier().set("/governments/1/province", "MUN-RAFAELA").problems())
        .containsExactly("$.governments[1].province: 'MUN-RAFAELA' is a MUNICIPAL government, not a PROVINCIAL one");
  }

  @Test
  void rejectsAnotherFormatVersion() {
    assertThat(aValidDossier().set("/formatVersion", 2).problems())
        .containsExactly("$.formatVersion: must be 1, was 2");
  }

  @Test
  void reportsAModelCheckWithThePathOfItsValue() {
    assertThat(aValidDossier().set("/call/criteria/0/threshold", 11).problems())
        .containsExactly("$.call.criteria[0].threshold: 'threshold' must be between 0 and 'maxPoints' (10), was 11");
  }

  @Test
  void reportsEveryProblemInOnePass() {
    DossierFixture broken = aValidDossier()
        .set("/governments/0/level", "CITY")
        .set("/proposals/0/funding/counterpart/amount", -1)
        .remove("/jury/jurors/1/name")
        .set("/call/implementationWindow/end", "2020-01-01")
        .set("/call/submissionWindow/closes", "2020-01-01T00:00:00Z");

    assertThat(broken.problems()).containsExactlyInAnyOrder(
        "$.governments[0].level: must be one of NATIONAL, PROVINCIAL, MUNICIPAL, was 'CITY'",
        "$.proposals[0].funding.counterpart.amount: must be at least 0, was -1",
        "$.jury.jurors[1].name: is required",
        "$.call.submissionWindow.closes: 'closes' (2020-01-01T00:00:00Z) must not be before 'opens' (2021-03-01T00:00:00Z)",
        "$.call.implementationWindow.end: 'end' (2020-01-01) must not be before 'start' (2021-06-01)");
  }

  @Test
  void listsOneProblemPerLineInTheMessageWithoutJavaNames() {
    InvalidDossierException e = new InvalidDossierException(java.util.List.of(
        DossierProblem.at("$.a", "is wrong"), DossierProblem.at("$.b[1]", "is missing")));

    assertThat(e.getMessage()).isEqualTo("$.a: is wrong\n$.b[1]: is missing");
  }
}
