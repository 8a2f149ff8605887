package org.convoca.call;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.convoca.government.GovernmentLevel;
import org.convoca.proposal.Theme;
import org.convoca.value.ConvocaStyle;
import org.convoca.value.DateWindow;
import org.convoca.value.Money;
import org.convoca.value.TimeWindow;
import org.immutables.value.Value;

/** A call for proposals: who may apply, for what, how proposals are judged and how many are chosen. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractCall {

  /** {@return its identifier} */
  public abstract CallId id();

  /** {@return its name} */
  public abstract String name();

  /** {@return its edition, 1 for the first} */
  public abstract int edition();

  /** {@return when proposals may be submitted} */
  public abstract TimeWindow submissionWindow();

  /** {@return the government levels that may apply} */
  public abstract List<GovernmentLevel> eligibleLevels();

  /** {@return the themes proposals must work on (at least one)} */
  public abstract List<Theme> themes();

  /** {@return the most funding one proposal may request} */
  public abstract Money fundingCeiling();

  /** {@return when selected proposals are implemented; milestones fall inside it} */
  public abstract DateWindow implementationWindow();

  /** {@return the evaluation criteria; their weights sum to 100} */
  public abstract List<Criterion> criteria();

  /** {@return the least total (0-100) a proposal must reach to be ranked} */
  public abstract BigDecimal overallThreshold();

  /** {@return the scale jurors score on} */
  public abstract ScoreScale scoreScale();

  /** {@return how ranked proposals become a selection} */
  public abstract SelectionPolicy policy();

  /** {@return the tracks selected proposals may enter} */
  public abstract List<Track> tracks();

  /**
   * {@return how the jury works, as the call states it; empty when it states nothing (see {@link #juryPolicy()})}
   */
  public abstract Optional<JuryPolicy> jury();

  /** {@return the jury policy in effect: the one the call states, or {@link JuryPolicy#unstated()}} */
  public JuryPolicy juryPolicy() {
    return jury().orElseGet(JuryPolicy::unstated);
  }

  /** {@return the named parameters the rule book reads} */
  @Value.Default
  public RuleParameters parameters() {
    return RuleParameters.empty();
  }

  /**
   * {@return the parameters of the monitoring rules (see {@link MonitoringParameters}); every default
   * in effect when the call gives none} The dossier leaves out a call's {@code monitoring} that sets
   * nothing, so a dossier written before monitoring existed is written the same.
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public MonitoringParameters monitoring() {
    return MonitoringParameters.empty();
  }

  /**
   * {@return the day the selection counts from in monitoring: the monitoring parameter
   * {@code selectionDate} when the call gives it, else the start of the implementation window}
   */
  public LocalDate selectionDate() {
    return monitoring().selectionDate().orElseGet(() -> implementationWindow().start());
  }
}
