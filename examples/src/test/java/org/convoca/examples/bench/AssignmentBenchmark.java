package org.convoca.examples.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeSet;
import org.convoca.jury.JurorId;
import org.convoca.jury.assignment.AssignmentProblem;
import org.convoca.jury.assignment.AssignmentValidator;
import org.convoca.jury.assignment.AvailableJuror;
import org.convoca.jury.assignment.ConflictingPair;
import org.convoca.jury.assignment.JuryAssigner;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.jury.assignment.ProposalToAssign;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;

/**
 * Measures the jury assigner on a generated panel of 1,000 proposals and 40 jurors, 3 reviewers
 * per proposal, against two greedy baselines in the same run: round-robin (the next juror in turn
 * who is free of conflict and below capacity) and expertise-first (each proposal in turn takes the
 * jurors who know most of its themes, least loaded first). It prints each method's time, expertise
 * score (juror–theme matches over assigned pairs), load spread and uncovered proposals. It is a
 * main, never a test: run it on a quiet machine.
 *
 * <pre>
 * mvn -B -q -DskipTests -P bench package -Dbench.main=AssignmentBenchmark
 * </pre>
 *
 * <p>Optional arguments: proposals, jurors, reviewers per proposal (default {@code 1000 40 3}).
 */
public final class AssignmentBenchmark {

  private static final long SEED = 2026;
  private static final int WARM_RUNS = 10;
  private static final List<Theme> THEMES = List.of(Theme.PARTICIPATORY_BUDGETING, Theme.DIGITAL_PARTICIPATION,
      Theme.OPEN_DATA, Theme.CIVIC_INNOVATION, Theme.PUBLIC_MONITORING);

  private AssignmentBenchmark() {}

  /** Runs the benchmark and prints its table. */
  public static void main(String[] args) {
    int proposals = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int jurors = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    int reviewers = args.length > 2 ? Integer.parseInt(args[2]) : 3;

    // 1. The panel: a quarter of the jurors without a limit, the others with a capacity around
    //    the average load; 4 % of pairs conflicted; one or two themes per proposal and juror.
    AssignmentProblem problem = panel(proposals, jurors, reviewers);
    System.out.printf(Locale.ROOT, "%d proposals x %d jurors, %d reviewers each, %d conflicts%n",
        proposals, jurors, reviewers, problem.conflicts().size());

    // 2. The solver, cold (first call in this JVM), then warm.
    long start = System.nanoTime();
    JuryAssignment solved = JuryAssigner.assign(problem);
    double cold = millis(start);
    double[] warm = new double[WARM_RUNS];
    for (int run = 0; run < WARM_RUNS; run++) {
      start = System.nanoTime();
      JuryAssigner.assign(problem);
      warm[run] = millis(start);
    }
    Arrays.sort(warm);

    // 3. The baselines, measured the same way: first run, then the median of the same number of runs.
    double[] roundRobinTimes = new double[WARM_RUNS];
    double[] expertiseFirstTimes = new double[WARM_RUNS];
    Greedy roundRobin = null;
    Greedy expertiseFirst = null;
    for (int run = 0; run < WARM_RUNS; run++) {
      start = System.nanoTime();
      roundRobin = Greedy.roundRobin(problem);
      roundRobinTimes[run] = millis(start);
      start = System.nanoTime();
      expertiseFirst = Greedy.expertiseFirst(problem);
      expertiseFirstTimes[run] = millis(start);
    }
    double roundRobinCold = roundRobinTimes[0];
    double expertiseFirstCold = expertiseFirstTimes[0];
    Arrays.sort(roundRobinTimes);
    Arrays.sort(expertiseFirstTimes);

    // 4. The table.
    System.out.printf(Locale.ROOT, "%n%-22s %10s %10s %10s %8s %10s %10s%n", "method", "cold ms", "warm ms",
        "expertise", "spread", "uncovered", "violations");
    System.out.printf(Locale.ROOT, "%-22s %10.1f %10.1f %10d %8d %10d %10d%n", "min-cost flow (JGraphT)", cold,
        warm[WARM_RUNS / 2], solved.expertise(), spread(solved.loads().values()), solved.uncovered().size(),
        AssignmentValidator.validate(problem, solved).size());
    print("greedy round-robin", problem, roundRobin, roundRobinCold, roundRobinTimes);
    print("greedy expertise-first", problem, expertiseFirst, expertiseFirstCold, expertiseFirstTimes);
  }

  private static void print(String name, AssignmentProblem problem, Greedy greedy, double cold, double[] times) {
    System.out.printf(Locale.ROOT, "%-22s %10.1f %10.1f %10d %8d %10d %10d%n", name, cold, times[WARM_RUNS / 2],
        greedy.expertise(), spread(greedy.loads()), greedy.uncovered(),
        AssignmentValidator.validate(problem, greedy.assignment()).size());
  }

  private static AssignmentProblem panel(int proposalCount, int jurorCount, int reviewers) {
    Random random = new Random(SEED);
    List<ProposalToAssign> proposals = new ArrayList<>();
    for (int i = 1; i <= proposalCount; i++) {
      proposals.add(ProposalToAssign.of(ProposalId.of(String.format("P-%04d", i)), themes(random)));
    }
    int average = (proposalCount * reviewers + jurorCount - 1) / jurorCount;
    List<AvailableJuror> jurors = new ArrayList<>();
    List<ConflictingPair> conflicts = new ArrayList<>();
    for (int i = 1; i <= jurorCount; i++) {
      JurorId id = JurorId.of(String.format("J-%02d", i));
      OptionalInt capacity = i % 4 == 0 ? OptionalInt.empty()
          : OptionalInt.of(average - average / 5 + random.nextInt(average / 2 + 1));
      jurors.add(new AvailableJuror(id, capacity, themes(random)));
      for (ProposalToAssign proposal : proposals) {
        if (random.nextInt(100) < 4) {
          conflicts.add(new ConflictingPair(id, proposal.id(), "SAME_JURISDICTION",
              id + " lives where " + proposal.id() + " would be carried out"));
        }
      }
    }
    return new AssignmentProblem(proposals, jurors, reviewers, conflicts);
  }

  private static TreeSet<Theme> themes(Random random) {
    List<Theme> shuffled = new ArrayList<>(THEMES);
    Collections.shuffle(shuffled, random);
    return new TreeSet<>(shuffled.subList(0, 1 + random.nextInt(2)));
  }

  private static int spread(java.util.Collection<Integer> loads) {
    return loads.stream().mapToInt(Integer::intValue).max().orElse(0)
        - loads.stream().mapToInt(Integer::intValue).min().orElse(0);
  }

  private static double millis(long start) {
    return (System.nanoTime() - start) / 1e6;
  }
}
