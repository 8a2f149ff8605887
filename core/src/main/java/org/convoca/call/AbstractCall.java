package org.convoca.call;

import java.math.BigDecimal;
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

  /** Its identifier. */
  public abstract CallId id();

  /** Its name. */
  public abstract String name();

  /** Its edition, 1 for the first. */
  public abstract int edition();

  /** When proposals may be submitted. */
  public abstract TimeWindow submissionWindow();

  /** The government levels that may apply. */
  public abstract List<GovernmentLevel> eligibleLevels();

  /** The themes proposals must work on (at least one). */
  public abstract List<Theme> themes();

  /** The most funding one proposal may request. */
  public abstract Money fundingCeiling();

  /** When selected proposals are implemented; milestones fall inside it. */
  public abstract DateWindow implementationWindow();

  /** The evaluation criteria; their weights sum to 100. */
  public abstract List<Criterion> criteria();

  /** The least total (0-100) a proposal must reach to be ranked. */
  public abstract BigDecimal overallThreshold();

  /** The scale jurors score on. */
  public abstract ScoreScale scoreScale();

  /** How ranked proposals become a selection. */
  public abstract SelectionPolicy policy();

  /** The tracks selected proposals may enter. */
  public abstract List<Track> tracks();

  /** How the jury works, as the call states it; empty when it states nothing (see {@link #juryPolicy()}). */
  public abstract Optional<JuryPolicy> jury();

  /** The jury policy in effect: the one the call states, or {@link JuryPolicy#unstated()}. */
  public JuryPolicy juryPolicy() {
    return jury().orElseGet(JuryPolicy::unstated);
  }

  /** Named parameters the rule book reads. */
  @Value.Default
  public RuleParameters parameters() {
    return RuleParameters.empty();
  }
}
