package org.convoca.call;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.convoca.language.Language;
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

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

  /** {@return the evaluation criteria; their weights sum to {@link #totalOutOf()}, 100 unless stated} */
  public abstract List<Criterion> criteria();

  /** {@return the least total (0 to {@link #totalOutOf()}) a proposal must reach to be ranked} */
  public abstract BigDecimal overallThreshold();

  /**
   * {@return the most a total can be, which the criteria's weights sum to; empty for 100} A call
   * whose total is the plain sum of its criteria's points gives each criterion a weight equal to
   * its {@code maxPoints} and states their sum here (three criteria of 5 points: weights 5, 5, 5
   * and a {@code maxTotal} of 15), so that no weight is a fraction.
   */
  public abstract Optional<BigDecimal> maxTotal();

  /** {@return the scale of the total: {@link #maxTotal()} when the call states it, else 100} */
  public BigDecimal totalOutOf() {
    return maxTotal().orElse(HUNDRED);
  }

  /**
   * {@return whether proposals are ranked by a ranking score rather than by their total: whether a
   * criterion has a {@link Criterion#rankingFactor() ranking factor}}
   */
  public boolean ranksByRankingScore() {
    return criteria().stream().anyMatch(c -> c.rankingFactor().isPresent());
  }

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

  /**
   * {@return the language the call's outcome is written in, as the call states it; empty when it
   * states none (see {@link #writtenIn()})}
   */
  public abstract Optional<Language> language();

  /**
   * {@return the language the outcome's sentences and reports are written in: the call's
   * {@link #language()}, or {@link Language#ENGLISH} when it states none}
   */
  public Language writtenIn() {
    return language().orElse(Language.ENGLISH);
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

  @Value.Check
  void checkMaxTotal() {
    maxTotal().filter(m -> m.signum() <= 0 || m.compareTo(HUNDRED) > 0).ifPresent(m -> {
      throw new IllegalStateException("'maxTotal' must be above 0 and at most 100, was " + m.toPlainString());
    });
  }
}
