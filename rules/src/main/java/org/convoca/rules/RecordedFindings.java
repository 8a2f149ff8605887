package org.convoca.rules;

import java.util.ArrayList;
import java.util.List;
import org.convoca.assessment.Finding;
import org.convoca.rules.fact.Findings;
import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.common.SuperCacheFixer;
import org.drools.core.rule.consequence.InternalMatch;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * The {@link Findings} global of one run of an {@link Engine}: it keeps the findings in a list when
 * no rule of the book can match a finding, and otherwise inserts each into the session, with the
 * firing rule as its origin, as the rule's own {@code insert} would. One run, one thread: it is
 * never shared.
 */
final class RecordedFindings implements Findings {

  private final boolean kept;
  private final Firings firings;
  private List<Finding> list = new ArrayList<>();
  private @Nullable KieSession session;

  /**
   * Findings of a run whose rules fire under {@code firings}.
   *
   * @param kept whether findings are kept in a list rather than inserted into the session
   */
  RecordedFindings(boolean kept, Firings firings) {
    this.kept = kept;
    this.firings = firings;
  }

  /** Inserts findings, when they are not kept, into {@code session} from now on. */
  void into(KieSession session) {
    this.session = session;
  }

  @Override
  public void add(@Nullable Finding finding) {
    if (finding == null) {
      return;
    }
    if (kept) {
      list.add(finding);
      return;
    }
    KieSession into = java.util.Objects.requireNonNull(session, "no session to insert into");
    Match firing = firings.firing();
    if (firing instanceof InternalMatch match && into instanceof ReteEvaluator evaluator
        && evaluator.getDefaultEntryPoint() instanceof InternalWorkingMemoryEntryPoint entryPoint) {
      entryPoint.insert(finding, false, match.getRule(), SuperCacheFixer.asTerminalNode(match.getTuple()));
    } else {
      into.insert(finding);
    }
  }

  /** {@return the findings kept since the last call, of type {@code type}} and forgets them */
  @SuppressWarnings("unchecked") // every finding is a T when a Finding is one
  <T> List<T> drain(Class<T> type) {
    List<T> drained;
    if (type.isAssignableFrom(Finding.class)) {
      drained = (List<T>) list;
      list = new ArrayList<>(drained.size());
      return drained;
    }
    drained = new ArrayList<>(list.size());
    for (Finding finding : list) {
      if (type.isInstance(finding)) {
        drained.add(type.cast(finding));
      }
    }
    list.clear();
    return drained;
  }
}
