package org.convoca.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/**
 * The jury's assessment of a selected project's early results on a date: OGP's "did it open
 * government?" scale, the evidence it rests on, and the jurors who decided.
 */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractResultsAssessment {

  /** {@return the project assessed} */
  public abstract ProposalId proposal();

  /** {@return the day of the assessment} */
  public abstract LocalDate date();

  /** {@return the answer to "did it open government?"} */
  public abstract ResultsLevel results();

  /** {@return links to the evidence the jurors read} */
  public abstract List<String> evidence();

  /** {@return the jurors who decided, at least one} */
  public abstract List<JurorId> jurors();

  /** {@return why, in the jury's words; empty when the jury gave no reason} */
  public abstract Optional<String> reasoning();
}
