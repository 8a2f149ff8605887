package org.convoca.outcome;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CheckFinding;
import org.convoca.assessment.CriterionResult;
import org.convoca.assessment.LabelFinding;
import org.convoca.language.Language;
import org.convoca.proposal.Theme;
import org.convoca.selection.Decision;
import org.convoca.selection.DecisionCause;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * One proposal in {@code outcome.json}: who applied, its decision with its cause, and its whole
 * trail, each finding with the rule that made it. The findings are the assessment's own; these
 * records only choose which of their fields are published (the proposal id is the enclosing one's).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ProposalView(
    String id,
    String title,
    String applicant,
    String applicantName,
    String jurisdiction,
    String level,
    @Nullable String theme,
    Money requested,
    boolean eligible,
    boolean meetsAllThresholds,
    BigDecimal total,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BigDecimal rankingScore,
    @Nullable Integer rank,
    String decision,
    DecisionCause cause,
    boolean override,
    String computedDecision,
    DecisionCause computedCause,
    @Nullable Integer waitlistPosition,
    List<String> reasons,
    List<FailedCheckView> failedChecks,
    List<CheckView> checks,
    List<CriterionView> criteria,
    Map<String, JuryView.CriterionJuryView> jury,
    List<String> labels,
    List<LabelView> labelFindings,
    List<String> tracks) {

  static ProposalView of(ProposalOutcome p, Language language) {
    Assessment a = p.assessment();
    Decision d = p.decision();
    return new ProposalView(p.proposal().id().value(), p.proposal().title(), p.applicant().id().value(),
        p.applicant().name(), p.applicant().jurisdiction().value(), p.applicant().level().name(),
        p.theme().map(Theme::code).orElse(null), p.proposal().funding().requested(), a.eligible(),
        a.meetsAllThresholds(), p.total(), a.rankingScore().orElse(null), p.rank().orElse(null), d.kind().name(), d.cause(), d.overridden(),
        d.computedKind().name(), d.computedCause(), p.waitlistPosition().orElse(null), p.reasons(language),
        a.failedChecks().stream().map(FailedCheckView::of).toList(), a.checks().stream().map(CheckView::of).toList(),
        a.criteria().stream().map(CriterionView::of).toList(), JuryView.of(p.jury()),
        a.labels().stream().map(LabelFinding::label).toList(), a.labels().stream().map(LabelView::of).toList(),
        p.tracks().stream().map(t -> t.value()).toList());
  }

  /** A check the proposal failed. */
  record FailedCheckView(String rule, String sentence) {
    static FailedCheckView of(CheckFinding c) {
      return new FailedCheckView(c.rule(), c.sentence());
    }
  }

  /** An eligibility check, passed or failed. */
  record CheckView(String rule, boolean passed, String sentence) {
    static CheckView of(CheckFinding c) {
      return new CheckView(c.rule(), c.passed(), c.sentence());
    }
  }

  /** The proposal's result on one criterion, with every award that made it. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record CriterionView(String criterion, BigDecimal points, BigDecimal maxPoints, BigDecimal weighted,
      @Nullable BigDecimal threshold, boolean meetsThreshold, BigDecimal rawPoints, List<AwardView> awards) {
    static CriterionView of(CriterionResult c) {
      return new CriterionView(c.criterion().value(), c.points(), c.maxPoints(), c.weighted(),
          c.threshold().orElse(null), c.meetsThreshold(), c.rawPoints(), c.awards().stream().map(AwardView::of).toList());
    }
  }

  /** Points a rule awarded towards the enclosing criterion. */
  record AwardView(String rule, BigDecimal points, String sentence) {
    static AwardView of(AwardFinding a) {
      return new AwardView(a.rule(), a.points(), a.sentence());
    }
  }

  /** A label and the rule that set it. */
  record LabelView(String label, String rule, String sentence) {
    static LabelView of(LabelFinding l) {
      return new LabelView(l.label(), l.rule(), l.sentence());
    }
  }
}
