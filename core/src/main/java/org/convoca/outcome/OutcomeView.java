package org.convoca.outcome;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.convoca.call.Call;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.language.Language;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.BrokenTie;
import org.convoca.selection.Decision;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * What {@code outcome.json} holds, field for field, in the order it writes them: Jackson writes a
 * record's components in their order, and a null as {@code null}. {@link OutcomeJson} documents the
 * format; {@code outcome.schema.json} pins it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record OutcomeView(
    int formatVersion,
    ProducedBy producedBy,
    String fingerprint,
    CallView call,
    Summary summary,
    List<ProposalId> selected,
    List<ProposalId> waitlist,
    Map<String, List<ProposalId>> tracks,
    List<TieView> ties,
    List<OverrideView> overrides,
    List<String> notes,
    JuryView jury,
    List<ProposalView> proposals) {

  /** The call's terms that the decisions apply. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record CallView(String id, String name, int edition, BigDecimal overallThreshold,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BigDecimal maxTotal,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String language, int slots,
      @Nullable Money totalBudget, @Nullable Integer perJurisdictionCap, @Nullable Integer perGovernmentCap,
      int minJurisdictions, int waitlistLength, List<StepView> tieBreak, List<CriterionView> criteria) {

    static CallView of(Call call) {
      SelectionPolicy p = call.policy();
      return new CallView(call.id().value(), call.name(), call.edition(), call.overallThreshold(),
          call.maxTotal().orElse(null), call.language().map(Language::tag).orElse(null), p.slots(),
          p.totalBudget().orElse(null), p.perJurisdictionCap().orElse(null), p.perGovernmentCap().orElse(null),
          p.minJurisdictions(), p.waitlistLength(), p.tieBreak().stream().map(StepView::of).toList(),
          call.criteria().stream().map(c -> new CriterionView(c.id().value(), c.name(), c.weight(), c.maxPoints(),
              c.threshold().orElse(null), c.rankingFactor().orElse(null))).toList());
    }
  }

  /** One step of the tie-break chain. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record StepView(String kind, @Nullable String criterion) {
    static StepView of(TieBreak step) {
      return new StepView(step.kind().name(), step.criterion().map(Object::toString).orElse(null));
    }
  }

  /** One criterion of the call. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record CriterionView(String id, String name, BigDecimal weight, BigDecimal maxPoints, @Nullable BigDecimal threshold,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BigDecimal rankingFactor) {}

  /** A tie between neighbours of the ranking and the step that broke it. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record TieView(String higher, String lower, BigDecimal total, String step, @Nullable String criterion, String sentence) {
    static TieView of(BrokenTie t) {
      return new TieView(t.higher().value(), t.lower().value(), t.total(), t.step().kind().name(),
          t.step().criterion().map(Object::toString).orElse(null), t.sentence());
    }
  }

  /** A jury override, with the decision it replaced. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record OverrideView(String proposal, String verdict, String reason, String decidedBy, String decidedOn,
      String decision, String computedDecision, String computedReason) {
    static OverrideView of(Decision d) {
      var o = d.override().orElseThrow();
      return new OverrideView(d.proposal().value(), o.verdict().name(), o.reason(), o.decidedBy(),
          o.decidedOn().toString(), d.kind().name(), d.computedKind().name(), d.computedReason());
    }
  }
}
