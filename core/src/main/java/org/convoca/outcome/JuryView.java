package org.convoca.outcome;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.jspecify.annotations.Nullable;

/**
 * The top-level {@code jury} object of {@code outcome.json}: the jury policy in effect, the jurors,
 * the conflicts, the agreement per criterion (keyed in the call's order) and overall, and the notes.
 * See {@link OutcomeJson} for the shapes.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record JuryView(String aggregation, String normalisation, int minScores, int reviewersPerProposal,
    List<JurorView> jurors, List<ConflictView> conflicts, Map<String, AgreementView> agreement,
    AgreementView overallAgreement, List<String> notes) {

  /** Decimals of the published alphas and ICCs, rounded half up; their readings use the unrounded alpha. */
  static final int AGREEMENT_DECIMALS = 3;

  static JuryView of(JuryReview review) {
    JuryPolicy policy = review.policy();
    boolean normalised = policy.normalisation() != Normalisation.NONE;
    Map<String, AgreementView> agreement = new LinkedHashMap<>();
    review.criteria().forEach(c -> agreement.put(c.value(), AgreementView.of(review.agreement().byCriterion().get(c))));
    return new JuryView(policy.aggregation().name(), policy.normalisation().name(), policy.minScores(),
        policy.reviewersPerProposal(),
        review.jurors().stream().map(j -> JurorView.of(j, review.criteria(), normalised)).toList(),
        review.conflicts().stream().map(ConflictView::of).toList(), agreement,
        AgreementView.of(review.agreement().overall()), review.notes());
  }

  /** A proposal's {@code jury}: its review on each criterion the jury scores, keyed by criterion id in the call's order. */
  static Map<String, CriterionJuryView> of(List<CriterionReview> reviews) {
    Map<String, CriterionJuryView> byCriterion = new LinkedHashMap<>();
    reviews.forEach(r -> byCriterion.put(r.criterion().value(), CriterionJuryView.of(r)));
    return byCriterion;
  }

  /** {@code value} to {@link #AGREEMENT_DECIMALS} decimals, half up. */
  static BigDecimal rounded(double value) {
    return BigDecimal.valueOf(value).setScale(AGREEMENT_DECIMALS, RoundingMode.HALF_UP);
  }

  /** A juror: how many scores they gave and how many a conflict excludes, and their offsets when the call normalises. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record JurorView(String id, int scored, int excluded, @Nullable Map<String, BigDecimal> offset) {
    static JurorView of(JurorReview j, List<CriterionId> criteria, boolean normalised) {
      Map<String, BigDecimal> offsets = null;
      if (normalised) {
        offsets = new LinkedHashMap<>();
        for (CriterionId c : criteria) {
          if (j.offsets().containsKey(c)) {
            offsets.put(c.value(), j.offsets().get(c));
          }
        }
      }
      return new JurorView(j.id().value(), j.scored(), j.excluded(), offsets);
    }
  }

  /** A conflict of interest found. */
  record ConflictView(String juror, String proposal, String kind, String reason) {
    static ConflictView of(Conflict c) {
      return new ConflictView(c.juror().value(), c.proposal().value(), c.kind().name(), c.reason());
    }
  }

  /**
   * One criterion's agreement, or the pooled one: {@code alpha} and {@code reading} are null when
   * there is no alpha, and then {@code reason} says why; {@code icc1} and {@code icc1k} only when defined.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AgreementView(@Nullable BigDecimal alpha, String metric, int scores, @Nullable String reading,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reason,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BigDecimal icc1,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BigDecimal icc1k) {

    /** A criterion without a valid score has no agreement, which reads as no pairable values. */
    static AgreementView of(@Nullable Agreement agreement) {
      Alpha alpha = agreement == null ? new Alpha.Undefined(AlphaUndefined.NO_PAIRABLE_VALUES) : agreement.alpha();
      var icc = agreement == null ? java.util.Optional.<org.convoca.jury.agreement.Icc>empty() : agreement.icc();
      return new AgreementView(
          alpha.value().isPresent() ? rounded(alpha.value().getAsDouble()) : null,
          (agreement == null ? Metric.INTERVAL : agreement.metric()).name().toLowerCase(Locale.ROOT),
          agreement == null ? 0 : agreement.scores(),
          alpha.reading().map(Enum::name).orElse(null),
          alpha instanceof Alpha.Undefined undefined ? undefined.reason().sentence() : null,
          icc.map(i -> rounded(i.icc1())).orElse(null),
          icc.map(i -> rounded(i.icc1k())).orElse(null));
    }
  }

  /** A proposal's review on one criterion: every score, the aggregate and the consensus. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record CriterionJuryView(List<ScoreView> scores, @Nullable BigDecimal aggregate, @Nullable ConsensusView consensus) {
    static CriterionJuryView of(CriterionReview r) {
      return new CriterionJuryView(r.scores().stream().map(ScoreView::of).toList(), r.aggregate().orElse(null),
          r.consensus().map(ConsensusView::of).orElse(null));
    }
  }

  /** One juror's score with its status. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ScoreView(String juror, BigDecimal raw, BigDecimal adjusted, @Nullable String excluded,
      @Nullable Boolean assigned) {
    static ScoreView of(ReviewedScore s) {
      return new ScoreView(s.juror().value(), s.raw(), s.adjusted(), s.exclusion().orElse(null),
          s.assigned().orElse(null));
    }
  }

  /** The score the jury agreed on. */
  record ConsensusView(BigDecimal value, String reason, String agreedOn) {
    static ConsensusView of(ConsensusScore c) {
      return new ConsensusView(c.value(), c.reason(), c.agreedOn().toString());
    }
  }
}
