package org.convoca.jury.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.convoca.jury.JurorId;
import org.convoca.proposal.Theme;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class ExhaustiveComparisonProperties {

  /**
   * On panels small enough to try every assignment, the assigner's is optimal in the stated order:
   * the most seats filled, then the least sum of squared loads, then the most expertise matches.
   */
  @Test
  void theAssignmentIsTheBestOfAllAssignmentsOnSmallPanels() {
    qt(60).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      AssignmentProblem problem = tiny(seed);
      Panel panel = new Panel(problem);
      JuryAssignment assignment = JuryAssigner.assign(problem);

      long[] best = bestOfAll(panel, 0, new int[panel.proposalCount()][], new long[] {-1, 0, 0});

      assertThat(score(assignment)).containsExactly(best);
    });
  }

  /** (seats filled, −sum of squared loads, expertise) of the assigner's result. */
  private static long[] score(JuryAssignment assignment) {
    long seats = assignment.loads().values().stream().mapToLong(Integer::longValue).sum();
    long squares = assignment.loads().values().stream().mapToLong(l -> (long) l * l).sum();
    return new long[] {seats, -squares, assignment.expertise()};
  }

  /** The lexicographically best score over every choice of jurors (subsets of at most r) per proposal. */
  private static long[] bestOfAll(Panel panel, int p, int[][] chosen, long[] best) {
    if (p == panel.proposalCount()) {
      int[] load = new int[panel.jurorCount()];
      long expertise = 0;
      for (int q = 0; q < chosen.length; q++) {
        for (int j : chosen[q]) {
          load[j]++;
          expertise += panel.matches(j, q);
        }
      }
      long seats = 0;
      long squares = 0;
      for (int j = 0; j < load.length; j++) {
        if (load[j] > panel.capacity(j)) {
          return best;
        }
        seats += load[j];
        squares += (long) load[j] * load[j];
      }
      long[] score = {seats, -squares, expertise};
      return java.util.Arrays.compare(score, best) > 0 ? score : best;
    }
    for (int subset = 0; subset < 1 << panel.jurorCount(); subset++) {
      List<Integer> jurors = new ArrayList<>();
      boolean allowed = Integer.bitCount(subset) <= panel.reviewers();
      for (int j = 0; j < panel.jurorCount() && allowed; j++) {
        if ((subset >> j & 1) == 1) {
          allowed = panel.eligible(j, p);
          jurors.add(j);
        }
      }
      if (allowed) {
        chosen[p] = jurors.stream().mapToInt(Integer::intValue).toArray();
        best = bestOfAll(panel, p + 1, chosen, best);
      }
    }
    return best;
  }

  /** 2 to 4 proposals, 2 to 4 jurors, 1 or 2 reviewers, random themes, capacities and conflicts. */
  private static AssignmentProblem tiny(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int proposalCount = random.nextInt(2, 5);
    int jurorCount = random.nextInt(2, 5);
    List<ProposalToAssign> proposals = new ArrayList<>();
    for (int i = 1; i <= proposalCount; i++) {
      proposals.add(new ProposalToAssign(Panels.proposal("P-00" + i), themes(random)));
    }
    List<AvailableJuror> jurors = new ArrayList<>();
    List<ConflictingPair> conflicts = new ArrayList<>();
    for (int i = 1; i <= jurorCount; i++) {
      OptionalInt capacity = random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(random.nextInt(0, 4));
      jurors.add(new AvailableJuror(JurorId.of("J-" + i), capacity, themes(random)));
      for (ProposalToAssign proposal : proposals) {
        if (random.nextInt(5) == 0) {
          conflicts.add(Panels.conflict("J-" + i, proposal.id().value()));
        }
      }
    }
    return new AssignmentProblem(proposals, jurors, random.nextInt(1, 3), conflicts);
  }

  private static TreeSet<Theme> themes(SplittableRandom random) {
    TreeSet<Theme> themes = new TreeSet<>();
    for (Theme theme : Panels.THEMES.subList(0, 3)) {
      if (random.nextBoolean()) {
        themes.add(theme);
      }
    }
    return themes;
  }
}
