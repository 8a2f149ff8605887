package org.convoca.jury.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.text.Collator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convoca.call.ConflictKind;
import org.convoca.jury.assignment.AssignmentProblem;
import org.convoca.jury.assignment.AssignmentValidator;
import org.convoca.jury.assignment.AvailableJuror;
import org.convoca.jury.assignment.JuryAssigner;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.jury.assignment.ProposalToAssign;
import org.convoca.jury.assignment.ViolationKind;
import org.junit.jupiter.api.Test;

class ConflictDetectorProperties {

  /** A juror, a proposal and a kind: what the detector reports at most once. */
  private record Key(String juror, String proposal, ConflictKind kind) {}

  /**
   * Every reported conflict is justified by the input, and every justified one is reported: the
   * predicates are recomputed here by comparing every juror with every proposal, and names with a
   * root-locale collator at primary strength (which ignores case and accents) after collapsing spaces,
   * independently of {@link OrganisationNames}.
   */
  @Test
  void reportsExactlyTheConflictsTheInputJustifies() {
    qt(200).forAll(GeneratedPanels.generated()).checkAssert(input -> {
      Set<Key> expected = new HashSet<>();
      for (JurorProfile juror : input.jurors()) {
        for (ProposalProfile proposal : input.proposals()) {
          for (ConflictKind kind : input.kinds()) {
            if (holds(kind, juror, proposal, input.declared())) {
              expected.add(new Key(juror.id().value(), proposal.id().value(), kind));
            }
          }
        }
      }

      List<Key> reported = ConflictDetector.detect(input).conflicts().stream()
          .map(c -> new Key(c.juror().value(), c.proposal().value(), c.kind())).toList();

      assertThat(reported).doesNotHaveDuplicates();
      assertThat(new HashSet<>(reported)).isEqualTo(expected);
    });
  }

  /** The generated panels exercise every kind, so the property above is not vacuous for any of them. */
  @Test
  void generatedPanelsProduceEveryKindOfConflict() {
    Set<ConflictKind> seen = java.util.EnumSet.noneOf(ConflictKind.class);
    for (long seed = 0; seed < 20; seed++) {
      ConflictDetector.detect(GeneratedPanels.generate(seed)).conflicts().forEach(c -> seen.add(c.kind()));
    }

    assertThat(seen).containsExactlyInAnyOrder(ConflictKind.values());
  }

  /** Each ground of a reason names its juror first and its proposal, and conflicts come sorted by proposal, juror, kind. */
  @Test
  void reasonsNameTheJurorAndTheProposalAndConflictsAreSorted() {
    qt(100).forAll(GeneratedPanels.generated()).checkAssert(input -> {
      List<Conflict> conflicts = ConflictDetector.detect(input).conflicts();

      assertThat(conflicts).isSorted();
      assertThat(conflicts).allSatisfy(c -> assertThat(c.reason().split("; ")).allSatisfy(ground ->
          assertThat(ground).startsWith(c.juror() + " ").contains(c.proposal().value())));
    });
  }

  /** The report does not depend on the order of jurors, proposals, declarations, teams, partners, contacts or affiliations. */
  @Test
  void theReportDoesNotDependOnTheOrderOfTheInput() {
    qt(100).forAll(GeneratedPanels.generated(), longs().all()).checkAssert((input, seed) ->
        assertThat(ConflictDetector.detect(GeneratedPanels.shuffled(input, seed)))
            .isEqualTo(ConflictDetector.detect(input)));
  }

  /** The assigner, given the detector's pairs, never assigns a juror to a proposal they have a conflict with. */
  @Test
  void theAssignerKeepsConflictedJurorsAway() {
    qt(30).forAll(GeneratedPanels.generated()).checkAssert(input -> {
      ConflictReport report = ConflictDetector.detect(input);
      AssignmentProblem problem = new AssignmentProblem(
          input.proposals().stream().map(p -> ProposalToAssign.of(p.id(), Set.of())).toList(),
          input.jurors().stream().map(j -> AvailableJuror.unlimited(j.id(), Set.of())).toList(), 2,
          report.conflictingPairs());

      JuryAssignment assignment = JuryAssigner.assign(problem);

      assertThat(AssignmentValidator.validate(problem, assignment))
          .noneMatch(v -> v.kind() == ViolationKind.CONFLICT);
      report.conflicts().forEach(c ->
          assertThat(assignment.assignments().get(c.proposal())).doesNotContain(c.juror()));
    });
  }

  private static boolean holds(
      ConflictKind kind, JurorProfile juror, ProposalProfile proposal, List<DeclaredConflict> declared) {
    return switch (kind) {
      case SAME_PERSON -> juror.person().filter(person -> proposal.team().contains(person)
          || proposal.partners().stream().anyMatch(p -> p.contacts().contains(person))).isPresent();
      case AFFILIATION -> juror.affiliations().stream().anyMatch(a -> names(proposal).stream().anyMatch(n -> same(a, n)));
      case SAME_JURISDICTION -> juror.jurisdiction().filter(proposal.applicant().jurisdiction()::equals).isPresent();
      case DECLARED -> declared.stream().filter(d -> d.juror().equals(juror.id())).anyMatch(d -> covers(d, proposal));
    };
  }

  private static boolean covers(DeclaredConflict declared, ProposalProfile proposal) {
    ConflictTarget target = declared.target();
    if (target instanceof ConflictTarget.OfProposal p) {
      return p.id().equals(proposal.id());
    }
    if (target instanceof ConflictTarget.OfGovernment g) {
      return g.id().equals(proposal.applicant().id());
    }
    String organisation = ((ConflictTarget.OfOrganisation) target).name();
    return names(proposal).stream().anyMatch(n -> same(organisation, n));
  }

  /** The applicant's name and the partners' names. */
  private static List<String> names(ProposalProfile proposal) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(proposal.applicant().name()),
        proposal.partners().stream().map(PartnerProfile::organisation)).toList();
  }

  private static boolean same(String a, String b) {
    Collator collator = Collator.getInstance(Locale.ROOT);
    collator.setStrength(Collator.PRIMARY);
    return collator.compare(String.join(" ", a.strip().split("\\s+")), String.join(" ", b.strip().split("\\s+"))) == 0;
  }
}
