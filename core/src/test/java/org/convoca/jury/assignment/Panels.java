package org.convoca.jury.assignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Problems for the assigner's tests: small hand-made ones and generated panels. */
final class Panels {

  static final List<Theme> THEMES = List.of(Theme.PARTICIPATORY_BUDGETING, Theme.DIGITAL_PARTICIPATION,
      Theme.OPEN_DATA, Theme.CIVIC_INNOVATION, Theme.PUBLIC_MONITORING);

  private Panels() {}

  static ProposalId proposal(String id) {
    return ProposalId.of(id);
  }

  static JurorId juror(String id) {
    return JurorId.of(id);
  }

  /** Proposals P-001 … P-count, with no themes. */
  static List<ProposalToAssign> proposals(int count) {
    List<ProposalToAssign> proposals = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      proposals.add(ProposalToAssign.of(proposal(String.format("P-%03d", i)), Set.of()));
    }
    return proposals;
  }

  /** Jurors J-1 … J-count, with no capacity limit and no expertise. */
  static List<AvailableJuror> unlimitedJurors(int count) {
    List<AvailableJuror> jurors = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      jurors.add(AvailableJuror.unlimited(juror("J-" + i), Set.of()));
    }
    return jurors;
  }

  static ConflictingPair conflict(String juror, String proposal) {
    return new ConflictingPair(juror(juror), proposal(proposal), "DECLARED", juror + " co-wrote " + proposal);
  }

  /**
   * Panels of 50 to 300 proposals, 7 to 40 jurors, 1 to 4 reviewers per proposal, random themes,
   * expertise, conflicts (2 to 15 % of pairs) and capacities (a third of jurors unlimited, the
   * others around the average load, some below it), some of them infeasible.
   */
  static Gen<AssignmentProblem> generated() {
    return SourceDSL.longs().all().map(Panels::generate);
  }

  static AssignmentProblem generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int proposalCount = random.nextInt(50, 301);
    int jurorCount = random.nextInt(7, 41);
    int reviewers = random.nextInt(1, 5);
    double conflictShare = random.nextDouble(0.02, 0.15);
    double average = (double) proposalCount * reviewers / jurorCount;
    List<ProposalToAssign> proposals = new ArrayList<>();
    for (int i = 1; i <= proposalCount; i++) {
      proposals.add(new ProposalToAssign(proposal(String.format("P-%03d", i)), themes(random, 1, 3)));
    }
    List<AvailableJuror> jurors = new ArrayList<>();
    List<ConflictingPair> conflicts = new ArrayList<>();
    for (int i = 1; i <= jurorCount; i++) {
      OptionalInt capacity = random.nextInt(3) == 0 ? OptionalInt.empty()
          : OptionalInt.of(random.nextInt((int) (average * 0.6), (int) (average * 1.5) + 2));
      jurors.add(new AvailableJuror(juror("J-" + i), capacity, themes(random, 0, 3)));
      for (ProposalToAssign proposal : proposals) {
        if (random.nextDouble() < conflictShare) {
          conflicts.add(new ConflictingPair(juror("J-" + i), proposal.id(), "SAME_JURISDICTION",
              "J-" + i + " lives where " + proposal.id() + " would be carried out"));
        }
      }
    }
    return new AssignmentProblem(proposals, jurors, reviewers, conflicts);
  }

  /** The same problem with every list shuffled by {@code seed}. */
  static AssignmentProblem shuffled(AssignmentProblem problem, long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<ProposalToAssign> proposals = new ArrayList<>(problem.proposals());
    List<AvailableJuror> jurors = new ArrayList<>(problem.jurors());
    List<ConflictingPair> conflicts = new ArrayList<>(problem.conflicts());
    Collections.shuffle(proposals, random);
    Collections.shuffle(jurors, random);
    Collections.shuffle(conflicts, random);
    return new AssignmentProblem(proposals, jurors, problem.reviewersPerProposal(), conflicts);
  }

  private static TreeSet<Theme> themes(SplittableRandom random, int least, int most) {
    int count = random.nextInt(least, most + 1);
    List<Theme> shuffled = new ArrayList<>(THEMES);
    Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
    return new TreeSet<>(shuffled.subList(0, count));
  }
}
