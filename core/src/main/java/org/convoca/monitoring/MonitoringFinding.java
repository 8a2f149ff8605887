package org.convoca.monitoring;

import org.convoca.proposal.ProposalId;

/**
 * What a monitoring rule concluded about a project, with the rule's name and a sentence saying why.
 * Rules of the monitoring phase insert them; Java assembles them into each project's
 * {@link ProjectMonitoring}.
 */
public sealed interface MonitoringFinding
    permits StatusFinding, MilestoneFinding, CompletionFinding, ResultsFinding, RecognitionFinding, GapFinding {

  /** {@return the project} */
  ProposalId proposal();

  /** {@return the name of the rule that concluded it} */
  String rule();

  /** {@return why, in plain words} */
  String sentence();
}
