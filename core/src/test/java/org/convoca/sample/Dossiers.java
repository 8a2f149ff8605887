package org.convoca.sample;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.convoca.call.Call;
import org.convoca.cocreation.CoCreation;
import org.convoca.dossier.Dossier;
import org.convoca.jury.Jury;
import org.convoca.proposal.Proposal;
import org.quicktheories.core.Gen;

/** QuickTheories generators of generated dossiers, for property tests in any module that uses core's test-jar. */
public final class Dossiers {

  private Dossiers() {}

  /** Dossiers of 1 to 60 proposals from random seeds, with the default call and a jury of 7. */
  public static Gen<Dossier> dossiers() {
    return dossiers(1, 60);
  }

  /** Dossiers of {@code min} to {@code max} proposals from random seeds. */
  public static Gen<Dossier> dossiers(int min, int max) {
    return longs().all().zip(integers().between(min, max),
            (seed, size) -> DossierGenerator.withSeed(seed).proposals(size).generate())
        .describedAs(Dossiers::describe);
  }

  /**
   * {@code dossier} with every list whose order carries no meaning shuffled with {@code random}, at
   * every level: the dossier's sets (governments, courses, people, completions, proposals, progress
   * reports and their milestones and evidence, results assessments and their jurors and evidence, jurors, scores, overrides, declared conflicts, assignments and each one's jurors,
 * consensus scores), the call's eligible levels, themes and tracks, each
   * proposal's values, team, partners (and their contacts) and activities, each juror's affiliations
   * and expertise. The lists whose order means something (criteria, tie-break steps, a proposal's
   * themes, commitments and milestones) keep it.
   */
  public static Dossier shuffled(Dossier dossier, Random random) {
    Call call = dossier.call();
    Jury jury = dossier.jury();
    return dossier
        .withCall(call.withEligibleLevels(shuffle(call.eligibleLevels(), random))
            .withThemes(shuffle(call.themes(), random))
            .withTracks(shuffle(call.tracks(), random)))
        .withGovernments(shuffle(dossier.governments(), random))
        .withCourses(shuffle(dossier.courses(), random))
        .withPeople(shuffle(dossier.people(), random))
        .withCompletions(shuffle(dossier.completions(), random))
        .withProposals(shuffle(dossier.proposals().stream().map(p -> shuffled(p, random)).toList(), random))
        .withProgressReports(shuffle(dossier.progressReports().stream()
            .map(r -> r.withMilestones(shuffle(r.milestones().stream()
                .map(m -> m.withEvidence(shuffle(m.evidence(), random))).toList(), random))).toList(), random))
        .withResultsAssessments(shuffle(dossier.resultsAssessments().stream()
            .map(a -> a.withJurors(shuffle(a.jurors(), random)).withEvidence(shuffle(a.evidence(), random))).toList(), random))
        .withJury(jury
            .withJurors(shuffle(jury.jurors().stream().map(j -> j.withAffiliations(shuffle(j.affiliations(), random))
                .withExpertise(shuffle(j.expertise(), random))).toList(), random))
            .withScores(shuffle(jury.scores(), random))
            .withOverrides(shuffle(jury.overrides(), random))
            .withConflicts(shuffle(jury.conflicts(), random))
            .withAssignments(shuffle(jury.assignments().stream().map(a -> a.withJurors(shuffle(a.jurors(), random))).toList(), random))
            .withConsensus(shuffle(jury.consensus(), random)));
  }

  private static Proposal shuffled(Proposal proposal, Random random) {
    CoCreation coCreation = proposal.coCreation();
    return proposal
        .withValues(shuffle(proposal.values(), random))
        .withTeam(shuffle(proposal.team(), random))
        .withCoCreation(coCreation
            .withPartners(shuffle(coCreation.partners().stream()
                .map(p -> p.withContacts(shuffle(p.contacts(), random))).toList(), random))
            .withActivities(shuffle(coCreation.activities(), random)));
  }

  /** A shuffled copy of {@code list}. */
  public static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** How a failing dossier is reported: how to make it again, not its whole text. */
  private static String describe(Dossier dossier) {
    return "dossier of " + dossier.proposals().size() + " proposals, call " + dossier.call().id().value();
  }
}
