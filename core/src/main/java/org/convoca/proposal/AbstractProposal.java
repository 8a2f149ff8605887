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

  /** {@return its identifier, unique in the dossier} */
  public abstract ProposalId id();

  /** {@return its title} */
  public abstract String title();

  /** {@return a summary of what it will do} */
  public abstract String summary();

  /** {@return the government that applies} */
  public abstract GovernmentId applicant();

  /** {@return the themes it works on; the first is the one the applicant names as main} */
  public abstract List<Theme> themes();

  /** {@return the open-government values it advances} */
  public abstract List<OpenGovernmentValue> values();

  /** {@return what it asks for and what the applicant puts in} */
  public abstract Funding funding();

  /** {@return the implementation team} */
  public abstract List<TeamMember> team();

  /** {@return its commitments, each with milestones} */
  public abstract List<Commitment> commitments();

  /** {@return how it was co-created} */
  public abstract CoCreation coCreation();

  /** {@return when it was submitted} */
  public abstract Instant submittedAt();

  /**
   * {@return all milestones of all commitments, in order}
   *
   * <p>Made once, when first asked: the rules ask it many times per proposal. Like every derived
   * value, it takes no part in {@code equals}, {@code hashCode} or {@code toString}.
   */
  @Value.Lazy
  public List<Milestone> milestones() {
    return commitments().stream().flatMap(c -> c.milestones().stream()).toList();
  }
}
