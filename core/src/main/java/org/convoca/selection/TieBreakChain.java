package org.convoca.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.convoca.assessment.CriterionResult;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.call.TieBreak;
import org.convoca.call.TieBreakKind;

/**
 * The call's ranking order: higher total first, then the call's tie-break steps, then the proposal
 * id, which always ends the chain and makes the order total.
 */
final class TieBreakChain {

  private static final TieBreak BY_ID = TieBreak.builder().kind(TieBreakKind.PROPOSAL_ID).build();

  private final Call call;
  private final List<TieBreak> steps;

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
  }

  /** Best first. */
  Comparator<Candidate> order() {
    return (a, b) -> {
      int byTotal = b.total().compareTo(a.total());
      if (byTotal != 0) {
        return byTotal;
      }
      for (TieBreak step : steps) {
        int c = compare(step, a, b);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  /** The tie between two neighbours of equal total, {@code higher} ranked above, with the step that broke it. */
  Optional<BrokenTie> tie(Candidate higher, Candidate lower) {
    if (higher.total().compareTo(lower.total()) != 0) {
      return Optional.empty();
    }
    for (TieBreak step : steps) {
      if (compare(step, higher, lower) != 0) {
        return Optional.of(new BrokenTie(higher.id(), lower.id(), higher.total(), step, explain(step, higher, lower)));
      }
    }
    throw new IllegalStateException("two proposals share the id " + higher.id());
  }

  private int compare(TieBreak step, Candidate a, Candidate b) {
    return switch (step.kind()) {
      case CRITERION -> points(b, step).compareTo(points(a, step));
      case EARLIER_SUBMISSION -> a.proposal().submittedAt().compareTo(b.proposal().submittedAt());
      case LOWER_REQUEST -> a.request().compareTo(b.request());
      case PROPOSAL_ID -> a.id().compareTo(b.id());
    };
  }

  private String explain(TieBreak step, Candidate higher, Candidate lower) {
    String head = higher.id() + " ranks above " + lower.id() + " on an equal total of "
        + higher.total().toPlainString() + " because ";
    return head + switch (step.kind()) {
      case CRITERION -> "it has more points on " + criterionName(step) + " ("
          + points(higher, step).toPlainString() + " against " + points(lower, step).toPlainString() + ").";
      case EARLIER_SUBMISSION -> "it was submitted earlier (" + higher.proposal().submittedAt()
          + " against " + lower.proposal().submittedAt() + ").";
      case LOWER_REQUEST -> "it requests less funding (" + higher.request() + " against " + lower.request() + ").";
      case PROPOSAL_ID -> "its id comes first, the last step of the tie-break chain.";
    };
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
