package org.convoca.jury.agreement;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.convoca.call.CriterionId;
import org.convoca.jury.JurorScore;

/**
 * How far a jury agrees, per criterion and overall: the entry point for a panel's scores.
 *
 * <p>The overall figure pools the criteria: each (proposal, criterion) pair is one unit, and its
 * scores are that proposal's scores on that criterion, so alpha asks whether jurors agree on the
 * score sheet as a whole. The criteria of a call share one scale, so no normalisation is needed
 * (and interval and ordinal alphas would be unchanged by any common increasing linear rescaling
 * anyway). Read it with care: differences between the criteria's typical scores count as
 * variation between units, so the pooled alpha can exceed every criterion's own when criteria
 * differ systematically; each criterion's alpha is the one that says whether that criterion's
 * scores can be relied on. ICCs of the pool are defined under the same condition as for one
 * criterion: every (proposal, criterion) pair has the same number of scores.
 *
 * @param byCriterion the agreement of each criterion that has scores, by criterion id; never null
 * @param overall the agreement over all criteria pooled; never null
 */
public record PanelAgreement(SortedMap<CriterionId, Agreement> byCriterion, Agreement overall) {

  /**
   * Keeps an unmodifiable copy of the map.
   *
   * @param byCriterion the agreement of each criterion that has scores, by criterion id; never null
   * @param overall the agreement over all criteria pooled; never null
   * @throws NullPointerException when a part is null
   */
  public PanelAgreement {
    byCriterion = Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(byCriterion, "'byCriterion' must not be null")));
    requireNonNull(overall, "'overall' must not be null");
  }

  /**
   * The agreement of the jurors whose {@code scores} are given, per criterion and pooled.
   * Give only the scores that count (excluded scores left out); the comments are ignored.
   *
   * @param scores the scores, in any order; may be empty (then every alpha is undefined)
   * @param metric how different two scores are taken to be; {@link Metric#INTERVAL} for a jury's scale
   * @return the agreement of the jurors whose {@code scores} are given, per criterion and pooled
   * @throws NullPointerException when an argument or a score is null
   * @throws IllegalArgumentException when a juror scored the same proposal twice on a criterion, naming them
   */
  public static PanelAgreement of(Collection<JurorScore> scores, Metric metric) {
    requireNonNull(metric, "'metric' must not be null");
    Map<CriterionId, List<Rating>> byCriterion = scores.stream().collect(Collectors.groupingBy(JurorScore::criterion,
        TreeMap::new, Collectors.mapping(s -> new Rating(s.juror(), s.proposal(), s.value()), Collectors.toList())));
    SortedMap<CriterionId, Agreement> agreements = new TreeMap<>();
    byCriterion.forEach((criterion, ratings) -> {
      try {
        agreements.put(criterion, Agreement.of(ratings, metric));
      } catch (IllegalArgumentException duplicate) {
        throw new IllegalArgumentException("criterion " + criterion + ": " + duplicate.getMessage(), duplicate);
      }
    });
    Collection<List<BigDecimal>> pooled = scores.stream()
        .collect(Collectors.groupingBy(s -> List.of(s.criterion().value(), s.proposal().value()),
            Collectors.mapping(JurorScore::value, Collectors.toList())))
        .values();
    return new PanelAgreement(agreements, Agreement.measure(pooled, metric));
  }
}
