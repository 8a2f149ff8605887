package org.convoca.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.convoca.proposal.ProposalId;
import org.convoca.value.ConvocaStyle;
import org.convoca.value.Money;
import org.immutables.value.Value;

/** A progress report on a selected proposal's implementation. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractProgressReport {

  /** {@return the proposal reported on} */
  public abstract ProposalId proposal();

  /** {@return the day of the report} */
  public abstract LocalDate date();

  /** {@return where each reported milestone stands} */
  public abstract List<MilestoneStatus> milestones();

  /** {@return how many people took part in the project's activities so far} */
  public abstract int participants();

  /** {@return the funds spent so far} */
  public abstract Money fundsSpent();

  /** {@return what the government tells about this period in its own words; empty when it tells nothing} */
  public abstract Optional<String> narrative();
}
