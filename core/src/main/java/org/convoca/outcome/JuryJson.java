package org.convoca.outcome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.convoca.call.CriterionId;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.jury.ConsensusScore;
import org.convoca.jury.agreement.Agreement;
import org.convoca.jury.agreement.Alpha;
import org.convoca.jury.agreement.AlphaUndefined;
import org.convoca.jury.agreement.Metric;
import org.convoca.jury.conflict.Conflict;
import org.convoca.review.CriterionReview;
import org.convoca.review.JurorReview;
import org.convoca.review.JuryReview;
import org.convoca.review.ReviewedScore;

/**
 * The jury's parts of the canonical JSON outcome: the top-level {@code jury} object and each
 * proposal's {@code jury}. Field order is fixed; see {@link OutcomeJson} for the shapes.
 */
final class JuryJson {

  /** Decimals of the published alphas and ICCs, rounded half up; their readings use the unrounded alpha. */
  static final int AGREEMENT_DECIMALS = 3;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JuryJson() {}

  /** The top-level {@code jury} object. */
  static ObjectNode of(JuryReview review) {
    JuryPolicy policy = review.policy();
    boolean normalised = policy.normalisation() != Normalisation.NONE;
    ObjectNode node = NODES.objectNode();
    node.put("aggregation", policy.aggregation().name());
    node.put("normalisation", policy.normalisation().name());
    node.put("minScores", policy.minScores());
    node.put("reviewersPerProposal", policy.reviewersPerProposal());
    ArrayNode jurors = node.putArray("jurors");
    review.jurors().forEach(j -> jurors.add(juror(j, review.criteria(), normalised)));
    ArrayNode conflicts = node.putArray("conflicts");
    review.conflicts().forEach(c -> conflicts.add(conflict(c)));
    ObjectNode agreement = node.putObject("agreement");
    for (CriterionId criterion : review.criteria()) {
      agreement.set(criterion.value(), agreement(review.agreement().byCriterion().get(criterion)));
    }
    node.set("overallAgreement", agreement(review.agreement().overall()));
    ArrayNode notes = node.putArray("notes");
    review.notes().forEach(notes::add);
    return node;
  }

  /** A proposal's {@code jury}: its review on each criterion the jury scores, keyed by criterion id in the call's order. */
  static ObjectNode of(List<CriterionReview> reviews) {
    ObjectNode node = NODES.objectNode();
    for (CriterionReview r : reviews) {
      ObjectNode criterion = node.putObject(r.criterion().value());
      ArrayNode scores = criterion.putArray("scores");
      r.scores().forEach(s -> scores.add(score(s)));
      criterion.put("aggregate", r.aggregate().orElse(null));
      criterion.set("consensus", r.consensus().<JsonNode>map(JuryJson::consensus).orElse(NODES.nullNode()));
    }
    return node;
  }

  private static ObjectNode juror(JurorReview j, List<CriterionId> criteria, boolean normalised) {
    ObjectNode node = NODES.objectNode();
    node.put("id", j.id().value());
    node.put("scored", j.scored());
    node.put("excluded", j.excluded());
    if (normalised) {
      ObjectNode offsets = node.putObject("offset");
      criteria.stream().filter(j.offsets()::containsKey).forEach(c -> offsets.put(c.value(), j.offsets().get(c)));
    } else {
      node.putNull("offset");
    }
    return node;
  }

  private static ObjectNode conflict(Conflict c) {
    ObjectNode node = NODES.objectNode();
    node.put("juror", c.juror().value());
    node.put("proposal", c.proposal().value());
    node.put("kind", c.kind().name());
    node.put("reason", c.reason());
    return node;
  }

  /** One criterion's agreement; a criterion without a valid score has none, which reads as no pairable values. */
  private static ObjectNode agreement(Agreement agreement) {
    ObjectNode node = NODES.objectNode();
    Alpha alpha = agreement == null ? new Alpha.Undefined(AlphaUndefined.NO_PAIRABLE_VALUES) : agreement.alpha();
    node.put("alpha", alpha.value().isPresent() ? rounded(alpha.value().getAsDouble()) : null);
    node.put("metric", (agreement == null ? Metric.INTERVAL : agreement.metric()).name().toLowerCase(Locale.ROOT));
    node.put("scores", agreement == null ? 0 : agreement.scores());
    node.put("reading", alpha.reading().map(Enum::name).orElse(null));
    if (alpha instanceof Alpha.Undefined undefined) {
      node.put("reason", undefined.reason().sentence());
    }
    if (agreement != null) {
      agreement.icc().ifPresent(icc -> {
        node.put("icc1", rounded(icc.icc1()));
        node.put("icc1k", rounded(icc.icc1k()));
      });
    }
    return node;
  }

  private static ObjectNode score(ReviewedScore s) {
    ObjectNode node = NODES.objectNode();
    node.put("juror", s.juror().value());
    node.put("raw", s.raw());
    node.put("adjusted", s.adjusted());
    node.put("excluded", s.exclusion().orElse(null));
    if (s.assigned().isPresent()) {
      node.put("assigned", s.assigned().get());
    } else {
      node.putNull("assigned");
    }
    return node;
  }

  private static ObjectNode consensus(ConsensusScore c) {
    ObjectNode node = NODES.objectNode();
    node.put("value", c.value());
    node.put("reason", c.reason());
    node.put("agreedOn", c.agreedOn().toString());
    return node;
  }

  /** {@code value} to {@link #AGREEMENT_DECIMALS} decimals, half up. */
  static BigDecimal rounded(double value) {
    return BigDecimal.valueOf(value).setScale(AGREEMENT_DECIMALS, RoundingMode.HALF_UP);
  }
}
