package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.convoca.call.Call;
import org.convoca.call.MonitoringParameters;
import org.convoca.call.Track;
import org.convoca.call.TrackId;
import org.convoca.dossier.Dossier;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.Juror;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.MilestoneStatus;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.proposal.Commitment;
import org.convoca.proposal.Proposal;
import org.convoca.sample.DossierGenerator;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/** One test per kind of list: reversing an unordered list keeps the canonical bytes, reversing an ordered one changes them. */
class CanonicalDossierTest {

  private final Dossier dossier = DossierGenerator.withSeed(7).proposals(30).generate();

  @Test
  void ignoresTheOrderOfTheCallsEligibleLevels() {
    assertSameBytes(inCall(Call::eligibleLevels, Call::withEligibleLevels));
  }

  @Test
  void ignoresTheOrderOfTheCallsThemes() {
    assertSameBytes(inCall(Call::themes, Call::withThemes));
  }

  @Test
  void ignoresTheOrderOfTheCallsTracks() {
    Call call = dossier.call();
    Dossier twoTracks = dossier.withCall(call.withTracks(List.of(call.tracks().get(0),
        Track.builder().id(TrackId.of("mentoring")).name("Mentoring").description("A mentor").places(2).build())));

    assertThat(CanonicalDossier.bytes(twoTracks.withCall(twoTracks.call().withTracks(reversed(twoTracks.call().tracks())))))
        .isEqualTo(CanonicalDossier.bytes(twoTracks));
  }

  @Test
  void ignoresTheOrderOfAProposalsValues() {
    assertSameBytes(inProposal(Proposal::values, Proposal::withValues));
  }

  @Test
  void ignoresTheOrderOfAProposalsTeam() {
    assertSameBytes(inProposal(Proposal::team, Proposal::withTeam));
  }

  @Test
  void ignoresTheOrderOfAProposalsPartners() {
    assertSameBytes(inProposal(p -> p.coCreation().partners(),
        (p, partners) -> p.withCoCreation(p.coCreation().withPartners(partners))));
  }

  @Test
  void ignoresTheOrderOfAPartnersContacts() {
    Dossier twoContacts = dossierWithTwoContacts();

    assertSameBytes(twoContacts, inProposal(p -> p.coCreation().partners().get(0).contacts(), (p, contacts) -> {
      List<org.convoca.cocreation.Partner> partners = new ArrayList<>(p.coCreation().partners());
      partners.set(0, partners.get(0).withContacts(contacts));
      return p.withCoCreation(p.coCreation().withPartners(partners));
    }, p -> !p.coCreation().partners().isEmpty(), twoContacts));
  }

  @Test
  void ignoresTheOrderOfAProposalsActivities() {
    assertSameBytes(inProposal(p -> p.coCreation().activities(),
        (p, activities) -> p.withCoCreation(p.coCreation().withActivities(activities))));
  }

  @Test
  void ignoresTheOrderOfAJurorsAffiliationsAndExpertise() {
    Juror juror = dossier.jury().jurors().get(0).withAffiliations(List.of("Universidad Nacional", "Fundación X"))
        .withExpertise(List.of("open data", "participation"));
    Juror reversed = juror.withAffiliations(reversed(juror.affiliations())).withExpertise(reversed(juror.expertise()));

    assertThat(CanonicalDossier.bytes(withFirstJuror(reversed))).isEqualTo(CanonicalDossier.bytes(withFirstJuror(juror)));
  }

  @Test
  void ignoresTheOrderOfAProgressReportsMilestonesAndEvidence() {
    Proposal p = dossier.proposals().get(0);
    List<MilestoneStatus> statuses = p.milestones().stream().map(m -> MilestoneStatus.builder().milestone(m.id())
        .completion(CompletionLevel.values()[0]).addEvidence("https://a.example/" + m.id(), "https://b.example/" + m.id())
        .build()).toList();
    ProgressReport report = ProgressReport.builder().proposal(p.id()).date(LocalDate.of(2022, 3, 1))
        .milestones(statuses).participants(10).fundsSpent(Money.of(10, "ARS")).build();
    ProgressReport reversed = report.withMilestones(reversed(statuses.stream()
        .map(s -> s.withEvidence(reversed(s.evidence()))).toList()));

    assertThat(statuses).hasSizeGreaterThan(1);
    assertThat(CanonicalDossier.bytes(dossier.withProgressReports(List.of(reversed))))
        .isEqualTo(CanonicalDossier.bytes(dossier.withProgressReports(List.of(report))));
  }

  @Test
  void ignoresTheOrderOfResultsAssessmentsAndOfTheirJurorsAndEvidence() {
    Proposal p = dossier.proposals().get(0);
    ResultsAssessment first = ResultsAssessment.builder().proposal(p.id()).date(LocalDate.of(2022, 12, 20))
        .results(ResultsLevel.MAJOR).addEvidence("https://a.example/1", "https://b.example/2")
        .jurors(dossier.jury().jurors().subList(0, 3).stream().map(Juror::id).toList()).build();
    ResultsAssessment second = first.withDate(LocalDate.of(2022, 12, 21)).withResults(ResultsLevel.MARGINAL);
    ResultsAssessment reversedFirst = first.withJurors(reversed(first.jurors())).withEvidence(reversed(first.evidence()));

    assertThat(CanonicalDossier.bytes(dossier.withResultsAssessments(List.of(second, reversedFirst))))
        .isEqualTo(CanonicalDossier.bytes(dossier.withResultsAssessments(List.of(first, second))));
    assertThat(CanonicalDossier.of(dossier.withResultsAssessments(List.of(second, reversedFirst))).resultsAssessments())
        .containsExactly(first, second);
  }

  @Test
  void theSelectionsCanonicalDossierLeavesTheMonitoringDataOutAsIfItHadNeverBeen() {
    Proposal p = dossier.proposals().get(0);
    Dossier monitored = dossier
        .withProgressReports(List.of(ProgressReport.builder().proposal(p.id()).date(LocalDate.of(2022, 3, 1))
            .participants(10).fundsSpent(Money.of(10, "ARS")).narrative("Started.").build()))
        .withResultsAssessments(List.of(ResultsAssessment.builder().proposal(p.id()).date(LocalDate.of(2022, 12, 20))
            .results(ResultsLevel.MAJOR).addJurors(dossier.jury().jurors().get(0).id()).build()))
        .withCall(dossier.call().withMonitoring(MonitoringParameters.of(java.util.Map.of("graceDays", 10))));
    String selection = new String(CanonicalDossier.selectionBytes(monitored), java.nio.charset.StandardCharsets.UTF_8);
    String full = new String(CanonicalDossier.bytes(monitored), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(selection).isEqualTo(new String(CanonicalDossier.bytes(dossier), java.nio.charset.StandardCharsets.UTF_8))
        .contains(",\"progressReports\":[],").doesNotContain("resultsAssessments").doesNotContain("\"monitoring\"");
    assertThat(full).contains("\"monitoring\":{\"graceDays\":10}").contains("\"resultsAssessments\":[{")
        .contains("\"narrative\":\"Started.\"");
  }

  @Test
  void keepsTheOrderOfAProposalsThemes() {
    assertDifferentBytes(inProposal(Proposal::themes, Proposal::withThemes));
  }

  @Test
  void keepsTheOrderOfAProposalsCommitments() {
    assertDifferentBytes(inProposal(Proposal::commitments, Proposal::withCommitments));
  }

  @Test
  void keepsTheOrderOfACommitmentsMilestones() {
    assertDifferentBytes(inProposal(p -> p.commitments().get(0).milestones(), (p, milestones) -> {
      List<Commitment> commitments = new ArrayList<>(p.commitments());
      commitments.set(0, commitments.get(0).withMilestones(milestones));
      return p.withCommitments(commitments);
    }, p -> !p.commitments().isEmpty(), dossier));
  }

  @Test
  void keepsTheOrderOfTheCriteriaAndOfTheTieBreakSteps() {
    assertDifferentBytes(inCall(Call::criteria, Call::withCriteria));
    assertDifferentBytes(inCall(c -> c.policy().tieBreak(), (c, steps) -> c.withPolicy(c.policy().withTieBreak(steps))));
  }

  @Test
  void canonicalValueWritesTheCanonicalBytes() {
    Dossier canonical = CanonicalDossier.of(dossier);

    assertThat(canonical.call().themes()).isSorted();
    assertThat(CanonicalDossier.bytes(canonical)).isEqualTo(CanonicalDossier.bytes(dossier));
  }

  @Test
  void sortsListsByEachEntrysCanonicalTextAsIfEachWereWrittenAlone() {
    Dossier canonical = CanonicalDossier.of(dossier);

    assertThat(canonical.jury().scores()).hasSizeGreaterThan(1).isEqualTo(byOwnText(dossier.jury().scores()));
    assertThat(canonical.completions()).hasSizeGreaterThan(1).isEqualTo(byOwnText(dossier.completions()));
    assertThat(canonical.jury().assignments()).isEqualTo(byOwnText(canonical.jury().assignments()));
    for (Proposal p : canonical.proposals()) {
      assertThat(p.coCreation().activities()).isEqualTo(byOwnText(p.coCreation().activities()));
    }
  }

  @Test
  void sortsTextOutsideAsciiAsEachEntryAloneWouldBeWritten() {
    // Code points above U+FFFF come before U+FFFD in UTF-16 order, which String.compareTo uses, and
    // after it in UTF-8 byte order: the canonical order is the texts' String order.
    List<ConflictDeclaration> conflicts = new ArrayList<>(dossier.jury().conflicts());
    ConflictDeclaration first = ConflictDeclaration.builder().juror(dossier.jury().jurors().get(0).id())
        .proposal(dossier.proposals().get(0).id()).reason("a").build();
    conflicts.add(first.withReason("\uFFFD zz"));
    conflicts.add(first.withReason("\uD83D\uDE00 zz"));
    conflicts.add(first.withReason("\u00e9 \\ \" zz"));
    Dossier withSymbols = dossier.withJury(dossier.jury().withConflicts(conflicts));

    assertThat(CanonicalDossier.of(withSymbols).jury().conflicts()).isEqualTo(byOwnText(conflicts));
  }

  @Test
  void keepsTheEntriesOfADossierAlreadyInCanonicalOrderAsTheyAre() {
    Dossier canonical = CanonicalDossier.of(dossier);
    Dossier again = CanonicalDossier.of(canonical);

    assertThat(again).isEqualTo(canonical);
    for (int i = 0; i < canonical.proposals().size(); i++) {
      assertThat(again.proposals().get(i)).as("proposal %s", i).isSameAs(canonical.proposals().get(i));
    }
    for (int i = 0; i < canonical.jury().jurors().size(); i++) {
      assertThat(again.jury().jurors().get(i)).as("juror %s", i).isSameAs(canonical.jury().jurors().get(i));
    }
    for (int i = 0; i < canonical.jury().assignments().size(); i++) {
      assertThat(again.jury().assignments().get(i)).as("assignment %s", i).isSameAs(canonical.jury().assignments().get(i));
    }
    assertThat(CanonicalDossier.bytes(canonical)).isEqualTo(CanonicalDossier.bytes(dossier));
  }

  /** {@code list} sorted by each entry's canonical text, each written on its own. */
  private static <T> List<T> byOwnText(List<T> list) {
    return list.stream()
        .sorted(java.util.Comparator.comparing(t -> new String(CanonicalDossier.valueBytes(t), StandardCharsets.UTF_8)))
        .toList();
  }

  private void assertSameBytes(Dossier reordered) {
    assertSameBytes(dossier, reordered);
  }

  private static void assertSameBytes(Dossier original, Dossier reordered) {
    assertThat(reordered).isNotEqualTo(original);
    assertThat(CanonicalDossier.bytes(reordered)).isEqualTo(CanonicalDossier.bytes(original));
  }

  private void assertDifferentBytes(Dossier reordered) {
    assertThat(CanonicalDossier.bytes(reordered)).isNotEqualTo(CanonicalDossier.bytes(dossier));
  }

  private <T> Dossier inCall(Function<Call, List<T>> list, BiFunction<Call, List<T>, Call> with) {
    assertThat(list.apply(dossier.call()).stream().distinct().count()).isGreaterThan(1);
    return dossier.withCall(with.apply(dossier.call(), reversed(list.apply(dossier.call()))));
  }

  private <T> Dossier inProposal(Function<Proposal, List<T>> list, BiFunction<Proposal, List<T>, Proposal> with) {
    return inProposal(list, with, p -> true, dossier);
  }

  /** {@code from} with the list reversed in its first proposal whose list holds two different elements. */
  private static <T> Dossier inProposal(Function<Proposal, List<T>> list, BiFunction<Proposal, List<T>, Proposal> with,
      java.util.function.Predicate<Proposal> applies, Dossier from) {
    List<Proposal> proposals = new ArrayList<>(from.proposals());
    for (int i = 0; i < proposals.size(); i++) {
      Proposal p = proposals.get(i);
      if (applies.test(p) && list.apply(p).stream().distinct().count() > 1) {
        proposals.set(i, with.apply(p, reversed(list.apply(p))));
        return from.withProposals(proposals);
      }
    }
    throw new AssertionError("no proposal of the fixture has two different elements in that list");
  }

  /** The fixture, with a second contact given to the first partner of its first proposal. */
  private Dossier dossierWithTwoContacts() {
    Proposal first = dossier.proposals().get(0);
    List<org.convoca.cocreation.Partner> partners = new ArrayList<>(first.coCreation().partners());
    org.convoca.capacity.PersonId contact = partners.get(0).contacts().get(0);
    org.convoca.capacity.PersonId other = dossier.people().stream().map(org.convoca.capacity.Person::id)
        .filter(id -> !id.equals(contact)).findFirst().orElseThrow();
    partners.set(0, partners.get(0).withContacts(List.of(contact, other)));
    List<Proposal> proposals = new ArrayList<>(dossier.proposals());
    proposals.set(0, first.withCoCreation(first.coCreation().withPartners(partners)));
    return dossier.withProposals(proposals);
  }

  private Dossier withFirstJuror(Juror juror) {
    List<Juror> jurors = new ArrayList<>(dossier.jury().jurors());
    jurors.set(0, juror);
    return dossier.withJury(dossier.jury().withJurors(jurors));
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
