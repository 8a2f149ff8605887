package org.convoca.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.convoca.assessment.CriterionResult;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.call.TieBreak;
import org.convoca.call.TieBreakKind;
import org.convoca.language.Language;
import org.convoca.proposal.Theme;

/**
 * The call's ranking order: higher total (or ranking score, when the call has ranking factors)
 * first, then the call's tie-break steps, then the proposal id, which always ends the chain and
 * makes the order total.
 *
 * <p>Every step but {@link TieBreakKind#UNCOVERED_THEME} compares two proposals by themselves. That
 * one depends on the themes already covered by the proposals ranked above, so a tie that it may
 * break is ranked one place at a time: the best of the tied proposals under the themes covered so
 * far takes the next place, and its themes join the covered ones.
 */
final class TieBreakChain {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final TieBreak BY_ID = TieBreak.builder().kind(TieBreakKind.PROPOSAL_ID).build();
  private static final Comparator<Candidate> EQUAL_STANDING = (a, b) -> a.rankedBy().compareTo(b.rankedBy());

  private final Call call;
  private final List<TieBreak> steps;
  private final boolean byTheme;

  TieBreakChain(Call call) {
    this.call = call;
    List<TieBreak> chain = new ArrayList<>();
    for (TieBreak step : call.policy().tieBreak()) {
      step.criterion().ifPresent(this::requireCriterion);
      chain.add(step);
      if (step.kind() == TieBreakKind.PROPOSAL_ID) {
        break;
      }
    }
    if (chain.isEmpty() || chain.get(chain.size() - 1).kind() != TieBreakKind.PROPOSAL_ID) {
      chain.add(BY_ID);
    }
    this.steps = List.copyOf(chain);
    this.byTheme = steps.stream().anyMatch(s -> s.kind() == TieBreakKind.UNCOVERED_THEME);
  }

  /**
   * {@code rankable} in rank order, best first.
   *
   * <p>With {@link TieBreakKind#UNCOVERED_THEME} in the chain, each group of equal standing is
   * ranked one place at a time, as the class comment says, but without comparing every tied
   * proposal again for every place: the steps before it and the steps after it never change, and a
   * proposal's themes only ever go from uncovered to covered. So the group is sorted once by those
   * steps; within each run of proposals that the steps before it do not tell apart, the next place
   * goes to the first, in that order, with a theme still uncovered, or, when none is left, to the
   * first not yet ranked. A proposal passed over has no uncovered theme and never gains one, so one
   * pass through the run finds them all: linear in the group, where taking the least of the group
   * anew for each place was quadratic. {@code rankOneByOne} is that way, kept for the tests.
   */
  List<Candidate> rank(List<Candidate> rankable) {
    List<Candidate> sorted = rankable.stream().sorted(order(Set.of())).toList();
    if (!byTheme) {
      return sorted;
    }
    int theme = themeStep();
    Comparator<Candidate> before = by(steps.subList(0, theme));
    Comparator<Candidate> staticOrder = before.thenComparing(by(steps.subList(theme + 1, steps.size())));
    List<Candidate> ranked = new ArrayList<>(sorted.size());
    Set<Theme> covered = new HashSet<>();
    for (List<Candidate> tie : runs(sorted, EQUAL_STANDING)) {
      List<Candidate> tied = new ArrayList<>(tie);
      tied.sort(staticOrder);
      runs(tied, before).forEach(run -> rankRun(run, covered, ranked));
    }
    return ranked;
  }

  /**
   * Ranks {@code run}, proposals that the steps before {@link TieBreakKind#UNCOVERED_THEME} do not
   * tell apart, in the order of the steps after it: those with a theme still uncovered when their
   * place comes first, then the others.
   */
  private void rankRun(List<Candidate> run, Set<Theme> covered, List<Candidate> ranked) {
    List<Candidate> passedOver = new ArrayList<>();
    for (Candidate next : run) {
      if (uncovered(next, covered).isEmpty()) {
        passedOver.add(next);
      } else {
        ranked.add(next);
        covered.addAll(callThemes(next));
      }
    }
    for (Candidate next : passedOver) {
      ranked.add(next);
      covered.addAll(callThemes(next));
    }
  }

  /**
   * {@code rankable} in rank order as the class comment defines it, taking the least of the tied
   * proposals anew for each place: quadratic in a group of equal standing. The tests check
   * {@link #rank} against it.
   */
  List<Candidate> rankOneByOne(List<Candidate> rankable) {
    List<Candidate> sorted = rankable.stream().sorted(order(Set.of())).toList();
    List<Candidate> ranked = new ArrayList<>(sorted.size());
    Set<Theme> covered = new HashSet<>();
    for (List<Candidate> tie : runs(sorted, EQUAL_STANDING)) {
      List<Candidate> tied = new ArrayList<>(tie);
      while (!tied.isEmpty()) {
        Candidate next = tied.size() == 1 ? tied.get(0) : Collections.min(tied, order(covered));
        tied.remove(next);
        ranked.add(next);
        covered.addAll(callThemes(next));
      }
    }
    return ranked;
  }

  /** {@code list} cut into runs of neighbours that {@code same} finds equal, in order. */
  private static List<List<Candidate>> runs(List<Candidate> list, Comparator<Candidate> same) {
    List<List<Candidate>> runs = new ArrayList<>();
    for (int from = 0; from < list.size(); ) {
      int to = from + 1;
      while (to < list.size() && same.compare(list.get(from), list.get(to)) == 0) {
        to++;
      }
      runs.add(list.subList(from, to));
      from = to;
    }
    return runs;
  }

  /** Where the first {@link TieBreakKind#UNCOVERED_THEME} step is in the chain; a later one can never break a tie. */
  private int themeStep() {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).kind() == TieBreakKind.UNCOVERED_THEME) {
        return i;
      }
    }
    throw new IllegalStateException("the chain has no uncovered-theme step");
  }

  /** {@code chain}'s steps in turn, leaving out uncovered themes. */
  private Comparator<Candidate> by(List<TieBreak> chain) {
    List<TieBreak> fixed = chain.stream().filter(s -> s.kind() != TieBreakKind.UNCOVERED_THEME).toList();
    return (a, b) -> {
      for (TieBreak step : fixed) {
        int c = compare(step, a, b, Set.of());
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  /** The ties broken in {@code ranked}, which {@link #rank} ordered: one per pair of neighbours of equal standing. */
  List<BrokenTie> ties(List<Candidate> ranked) {
    List<BrokenTie> ties = new ArrayList<>();
    Set<Theme> covered = new HashSet<>();
    for (int i = 1; i < ranked.size(); i++) {
      tie(ranked.get(i - 1), ranked.get(i), covered).ifPresent(ties::add);
      if (byTheme) {
        covered.addAll(callThemes(ranked.get(i - 1)));
      }
    }
    return ties;
  }

  /** Best first, with {@code covered} the themes of the proposals already ranked above. */
  private Comparator<Candidate> order(Set<Theme> covered) {
    return (a, b) -> {
      int byScore = b.rankedBy().compareTo(a.rankedBy());
      if (byScore != 0) {
        return byScore;
      }
      for (TieBreak step : steps) {
        int c = compare(step, a, b, covered);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  /** The tie between two neighbours of equal standing, {@code higher} ranked above, with the step that broke it. */
  private Optional<BrokenTie> tie(Candidate higher, Candidate lower, Set<Theme> covered) {
    if (higher.rankedBy().compareTo(lower.rankedBy()) != 0) {
      return Optional.empty();
    }
    for (TieBreak step : steps) {
      if (compare(step, higher, lower, covered) != 0) {
        return Optional.of(new BrokenTie(higher.id(), lower.id(), higher.rankedBy(), step,
            explain(step, higher, lower, covered)));
      }
    }
    throw new IllegalStateException("two proposals share the id " + higher.id());
  }

  private int compare(TieBreak step, Candidate a, Candidate b, Set<Theme> covered) {
    return switch (step.kind()) {
      case CRITERION -> points(b, step).compareTo(points(a, step));
      case EARLIER_SUBMISSION -> a.proposal().submittedAt().compareTo(b.proposal().submittedAt());
      case LOWER_REQUEST -> a.request().compareTo(b.request());
      case UNCOVERED_THEME -> Boolean.compare(!uncovered(b, covered).isEmpty(), !uncovered(a, covered).isEmpty());
      case PROPOSAL_ID -> a.id().compareTo(b.id());
    };
  }

  private String explain(TieBreak step, Candidate higher, Candidate lower, Set<Theme> covered) {
    Language language = call.writtenIn();
    String why = switch (step.kind()) {
      case CRITERION -> Reasons.TEXTS.format(language, "tie.criterion", criterionName(step), points(higher, step),
          points(lower, step));
      case EARLIER_SUBMISSION -> Reasons.TEXTS.format(language, "tie.earlierSubmission",
          submission(higher, lower, higher), submission(higher, lower, lower));
      case LOWER_REQUEST -> Reasons.TEXTS.format(language, "tie.lowerRequest", higher.request(), lower.request());
      case UNCOVERED_THEME -> Reasons.TEXTS.format(language, "tie.uncoveredTheme", uncovered(higher, covered).toString(),
          lower.id());
      case PROPOSAL_ID -> Reasons.TEXTS.format(language, "tie.proposalId");
    };
    return Reasons.TEXTS.format(language, call.ranksByRankingScore() ? "tie.rankingScore" : "tie.total",
        higher.id(), lower.id(), higher.rankedBy(), why);
  }

  /**
   * When {@code which} was submitted, in words: to the minute, unless the two proposals' times
   * differ only in their seconds or fractions, which are then written too.
   */
  private String submission(Candidate higher, Candidate lower, Candidate which) {
    Instant a = higher.proposal().submittedAt();
    Instant b = lower.proposal().submittedAt();
    boolean toTheMinute = a.truncatedTo(ChronoUnit.MINUTES).equals(a) && b.truncatedTo(ChronoUnit.MINUTES).equals(b);
    OffsetDateTime at = which.proposal().submittedAt().atOffset(ZoneOffset.UTC);
    String time = toTheMinute ? MINUTES.format(at) : DateTimeFormatter.ISO_LOCAL_TIME.format(at);
    return Reasons.TEXTS.format(call.writtenIn(), "tie.instant", at.toLocalDate(), time);
  }

  /** The call's themes that {@code c} works on. */
  private List<Theme> callThemes(Candidate c) {
    return c.proposal().themes().stream().filter(call.themes()::contains).toList();
  }

  /** The call's themes that {@code c} works on and no proposal ranked above covers, sorted. */
  private Set<Theme> uncovered(Candidate c, Set<Theme> covered) {
    Set<Theme> themes = new TreeSet<>(callThemes(c));
    themes.removeAll(covered);
    return themes;
  }

  private BigDecimal points(Candidate c, TieBreak step) {
    CriterionId id = step.criterion().orElseThrow();
    return c.assessment().criterion(id).map(CriterionResult::points).orElse(BigDecimal.ZERO);
  }

  private String criterionName(TieBreak step) {
    CriterionId id = step.criterion().orElseThrow();
    return call.criteria().stream().filter(c -> c.id().equals(id)).map(Criterion::name).findFirst()
        .orElse(id.value());
  }

  private void requireCriterion(CriterionId id) {
    if (call.criteria().stream().noneMatch(c -> c.id().equals(id))) {
      throw new IllegalArgumentException("the call's tie-break chain names criterion '" + id
          + "', which the call does not define");
    }
  }
}
