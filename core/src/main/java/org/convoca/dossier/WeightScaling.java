package org.convoca.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps a changed call's weights at their sum, 100 or the call's {@code maxTotal} (see
 * {@link CallChanges}): the weights that no setting names are scaled by one factor, rounded to 2
 * decimals, the remainder to the largest.
 */
final class WeightScaling {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private WeightScaling() {}

  /**
   * Scales the weights of {@code call}'s criteria that {@code targets} do not set, in place, and adds a
   * note saying how; does nothing when no target is a weight or {@code maxTotal} (which, when set, makes
   * every weight that no setting names scale to the new sum), when a weight set is not a number (the
   * reader reports it), when every criterion is set, or when the sum is already what it must be (100,
   * or the call's {@code maxTotal}).
   *
   * @throws IllegalArgumentException when the weights set sum to more than that, or the others are all
   *     0 and must make up more than 0
   */
  static void apply(ObjectNode call, Collection<CallTarget> targets, List<String> notes) {
    Set<String> set = targets.stream().flatMap(t -> t.weightOf().stream()).collect(Collectors.toSet());
    if (set.isEmpty() && targets.stream().noneMatch(CallTarget::isMaxTotal)) {
      return;
    }
    BigDecimal setSum = BigDecimal.ZERO;
    BigDecimal othersSum = BigDecimal.ZERO;
    List<ObjectNode> others = new ArrayList<>();
    for (JsonNode criterion : call.get("criteria")) {
      JsonNode weight = criterion.get("weight");
      if (!weight.isNumber()) {
        return;
      }
      if (set.contains(criterion.path("id").asText())) {
        setSum = setSum.add(weight.decimalValue());
      } else {
        othersSum = othersSum.add(weight.decimalValue());
        others.add((ObjectNode) criterion);
      }
    }
    JsonNode maxTotal = call.get("maxTotal");
    BigDecimal target = maxTotal != null && maxTotal.isNumber() ? maxTotal.decimalValue() : HUNDRED;
    String must = target.stripTrailingZeros().toPlainString();
    BigDecimal rest = target.subtract(setSum);
    if (others.isEmpty() || rest.compareTo(othersSum) == 0) {
      return;
    }
    if (rest.signum() < 0) {
      throw new IllegalArgumentException("the weights set sum to " + setSum.toPlainString()
          + ", more than " + must + ", and the call's weights must sum to " + must);
    }
    if (othersSum.signum() == 0) {
      throw new IllegalArgumentException("the call's weights must sum to " + must + ", and the criteria that no setting names "
          + "all weigh 0, so they cannot be scaled to make up the other " + rest.toPlainString());
    }
    scale(others, othersSum, rest, must, notes);
  }

  private static void scale(List<ObjectNode> others, BigDecimal othersSum, BigDecimal rest, String must, List<String> notes) {
    List<BigDecimal> scaled = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    int largest = 0;
    for (int i = 0; i < others.size(); i++) {
      BigDecimal weight = others.get(i).get("weight").decimalValue().multiply(rest)
          .divide(othersSum, 2, RoundingMode.HALF_EVEN);
      scaled.add(weight);
      sum = sum.add(weight);
      largest = weight.compareTo(scaled.get(largest)) > 0 ? i : largest;
    }
    scaled.set(largest, scaled.get(largest).add(rest.subtract(sum)));
    List<String> moves = new ArrayList<>();
    for (int i = 0; i < others.size(); i++) {
      ObjectNode criterion = others.get(i);
      moves.add(criterion.path("id").asText() + " " + criterion.get("weight").decimalValue().toPlainString() + " → "
          + scaled.get(i).stripTrailingZeros().toPlainString());
      criterion.put("weight", scaled.get(i));
    }
    notes.add("The call's weights must sum to " + must + ": the weights that no setting names were scaled by "
        + rest.toPlainString() + "/" + othersSum.toPlainString() + " (" + String.join(", ", moves) + ").");
  }
}
