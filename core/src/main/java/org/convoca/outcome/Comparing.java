package org.convoca.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.LabelFinding;
import org.convoca.assessment.CriterionResult;
import org.convoca.call.CriterionId;
import org.convoca.outcome.Comparison.CriterionDelta;
import org.convoca.outcome.Comparison.DecisionChange;
import org.convoca.outcome.Comparison.LabelChange;
import org.convoca.outcome.Comparison.ProposalDelta;
import org.convoca.outcome.Comparison.RankMove;
import org.convoca.outcome.Comparison.RuleDelta;
import org.convoca.outcome.Comparison.RuleImpact;
import org.convoca.outcome.Comparison.Side;
import org.convoca.outcome.Comparison.TrackChange;
import org.convoca.proposal.ProposalId;

/** Makes a {@link Comparison} of two outcomes. */
final class Comparing {

  private static final Comparator<RuleDelta> LARGEST_FIRST = Comparator
      .comparing((RuleDelta r) -> r.delta().abs()).reversed()
      .thenComparing(RuleDelta::rule).thenComparing(RuleDelta::criterion);

  private Comparing() {}

  static Comparison compare(CallOutcome base, CallOutcome variant) {
    List<ProposalId> entering = minus(variant.selected(), base.selected());
    List<ProposalId> leaving = minus(base.selected(), variant.selected());
    List<DecisionChange> decisions = new ArrayList<>();
    List<RankMove> ranks = new ArrayList<>();
    List<ProposalDelta> deltas = new ArrayList<>();
    List<TrackChange> tracks = new ArrayList<>();
    List<LabelChange> labels = new ArrayList<>();
    List<ProposalId> onlyBase = new ArrayList<>();
    TreeMap<ProposalId, String> titles = new TreeMap<>();
    for (ProposalOutcome before : base.proposals()) { // sorted by id, and so is every list made here
      Optional<ProposalOutcome> found = variant.proposal(before.proposal().id());
      if (found.isEmpty()) {
        onlyBase.add(before.proposal().id());
        continue;
      }
      ProposalOutcome after = found.get();
      ProposalId id = after.proposal().id();
      if (before.decision().kind() != after.decision().kind()) {
        decisions.add(new DecisionChange(id, before.decision().kind(), after.decision().kind()));
      }
      if (!before.rank().equals(after.rank())) {
        ranks.add(new RankMove(id, before.rank(), after.rank()));
      }
      delta(before, after).ifPresent(deltas::add);
      if (!before.tracks().equals(after.tracks())) {
        tracks.add(new TrackChange(id, before.tracks(), after.tracks()));
      }
      List<String> beforeLabels = labels(before);
      List<String> afterLabels = labels(after);
      if (!beforeLabels.equals(afterLabels)) {
        labels.add(new LabelChange(id, minus(afterLabels, beforeLabels), minus(beforeLabels, afterLabels)));
      }
    }
    List<ProposalId> onlyVariant = variant.proposals().stream().map(p -> p.proposal().id())
        .filter(id -> base.proposal(id).isEmpty()).toList();
    Set<ProposalId> named = new LinkedHashSet<>(entering);
    named.addAll(leaving);
    decisions.forEach(d -> named.add(d.proposal()));
    ranks.forEach(r -> named.add(r.proposal()));
    deltas.forEach(d -> named.add(d.proposal()));
    tracks.forEach(t -> named.add(t.proposal()));
    labels.forEach(l -> named.add(l.proposal()));
    named.addAll(onlyBase);
    named.addAll(onlyVariant);
    named.forEach(id -> titles.put(id, variant.proposal(id).or(() -> base.proposal(id))
        .map(p -> p.proposal().title()).orElse(id.value())));
    return new Comparison(side(base, onlyBase), side(variant, onlyVariant), List.of(), List.of(), entering, leaving,
        decisions, ranks, deltas, tracks, labels, impacts(deltas), titles, base.call().writtenIn());
  }

  private static Side side(CallOutcome outcome, List<ProposalId> only) {
    return new Side(outcome.fingerprint(), outcome.proposals().size(), outcome.selected().size(), only);
  }

  /** The labels the rules put on the proposal, each once, sorted. */
  private static List<String> labels(ProposalOutcome outcome) {
    return outcome.assessment().labels().stream().map(LabelFinding::label).distinct().sorted().toList();
  }

  /** The items in {@code a} and not in {@code b}, in the order of {@code a}. */
  private static <T> List<T> minus(List<T> a, List<T> b) {
    Set<T> result = new LinkedHashSet<>(a);
    b.forEach(result::remove);
    return List.copyOf(result);
  }

  private static Optional<ProposalDelta> delta(ProposalOutcome before, ProposalOutcome after) {
    List<CriterionDelta> criteria = criteria(before.assessment().criteria(), after.assessment().criteria());
    List<RuleDelta> rules = rules(before, after);
    boolean sameTotal = before.total().compareTo(after.total()) == 0;
    ProposalDelta delta = new ProposalDelta(after.proposal().id(), before.total(), after.total(), criteria, rules,
        before.assessment().rankingScore(), after.assessment().rankingScore());
    if (sameTotal && !delta.rankingScoreChanged() && criteria.isEmpty() && rules.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(delta);
  }

  private static List<CriterionDelta> criteria(List<CriterionResult> before, List<CriterionResult> after) {
    Map<CriterionId, CriterionResult> base = byCriterion(before);
    Map<CriterionId, CriterionResult> variant = byCriterion(after);
    Set<CriterionId> ids = new LinkedHashSet<>(variant.keySet());
    ids.addAll(base.keySet());
    List<CriterionDelta> deltas = new ArrayList<>();
    for (CriterionId id : ids) {
      CriterionResult b = base.get(id);
      CriterionResult v = variant.get(id);
      CriterionDelta delta = new CriterionDelta(id, points(b), points(v), weight(b), weight(v), weighted(b), weighted(v));
      boolean same = delta.basePoints().compareTo(delta.variantPoints()) == 0
          && delta.baseWeight().compareTo(delta.variantWeight()) == 0
          && delta.weightedDelta().signum() == 0;
      if (!same) {
        deltas.add(delta);
      }
    }
    return deltas;
  }

  private static Map<CriterionId, CriterionResult> byCriterion(List<CriterionResult> results) {
    Map<CriterionId, CriterionResult> map = new LinkedHashMap<>();
    results.forEach(r -> map.put(r.criterion(), r));
    return map;
  }

  private static BigDecimal points(CriterionResult result) {
    return result == null ? BigDecimal.ZERO : result.points();
  }

  private static BigDecimal weight(CriterionResult result) {
    return result == null ? BigDecimal.ZERO : result.weight();
  }

  private static BigDecimal weighted(CriterionResult result) {
    return result == null ? BigDecimal.ZERO : result.weighted();
  }

  /** The rules whose points for the proposal differ, by rule name and criterion, the largest change first. */
  private static List<RuleDelta> rules(ProposalOutcome before, ProposalOutcome after) {
    Map<List<Object>, BigDecimal[]> points = new LinkedHashMap<>();
    addAwards(points, before, 0);
    addAwards(points, after, 1);
    List<RuleDelta> rules = new ArrayList<>();
    points.forEach((key, sides) -> {
      if (sides[0].compareTo(sides[1]) != 0) {
        rules.add(new RuleDelta((String) key.get(0), (CriterionId) key.get(1), sides[0], sides[1]));
      }
    });
    rules.sort(LARGEST_FIRST);
    return rules;
  }

  private static void addAwards(Map<List<Object>, BigDecimal[]> points, ProposalOutcome outcome, int side) {
    for (CriterionResult result : outcome.assessment().criteria()) {
      for (AwardFinding award : result.awards()) {
        BigDecimal[] sides = points.computeIfAbsent(List.of(award.rule(), award.criterion()),
            key -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sides[side] = sides[side].add(award.points());
      }
    }
  }

  /** Each rule's changes summed over the proposals, the rule with most change first. */
  private static List<RuleImpact> impacts(List<ProposalDelta> deltas) {
    Map<List<Object>, RuleImpact> impacts = new LinkedHashMap<>();
    for (ProposalDelta delta : deltas) {
      for (RuleDelta rule : delta.rules()) {
        impacts.merge(List.of(rule.rule(), rule.criterion()),
            new RuleImpact(rule.rule(), rule.criterion(), 1, rule.delta(), rule.delta().abs()),
            (a, b) -> new RuleImpact(a.rule(), a.criterion(), a.proposals() + 1, a.netChange().add(b.netChange()),
                a.totalChange().add(b.totalChange())));
      }
    }
    return impacts.values().stream()
        .sorted(Comparator.comparing(RuleImpact::totalChange).reversed()
            .thenComparing(RuleImpact::rule).thenComparing(RuleImpact::criterion))
        .toList();
  }
}
