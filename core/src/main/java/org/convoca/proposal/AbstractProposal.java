package org.convoca.proposal;

import java.time.Instant;
import java.util.List;
import org.convoca.cocreation.CoCreation;
import org.convoca.government.GovernmentId;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A government's application to a call. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractProposal {

  /** Its identifier, unique in the dossier. */
  public abstract ProposalId id();

  /** Its title. */
  public abstract String title();

  /** A summary of what it will do. */
  public abstract String summary();

  /** The government that applies. */
  public abstract GovernmentId applicant();

  /** The themes it works on; the first is the one the applicant names as main. */
  public abstract List<Theme> themes();

  /** The open-government values it advances. */
  public abstract List<OpenGovernmentValue> values();

  /** What it asks for and what the applicant puts in. */
  public abstract Funding funding();

  /** The implementation team. */
  public abstract List<TeamMember> team();

  /** Its commitments, each with milestones. */
  public abstract List<Commitment> commitments();

  /** How it was co-created. */
  public abstract CoCreation coCreation();

  /** When it was submitted. */
  public abstract Instant submittedAt();

  /** All milestones of all commitments, in order. */
  public List<Milestone> milestones() {
    return commitments().stream().flatMap(c -> c.milestones().stream()).toList();
  }
}
