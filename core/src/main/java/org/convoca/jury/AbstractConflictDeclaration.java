package org.convoca.jury;

import java.util.Optional;
import java.util.stream.Stream;
import org.convoca.government.GovernmentId;
import org.convoca.proposal.ProposalId;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/**
 * A conflict of interest a juror declared: with one proposal, with a government (every proposal it
 * applies with) or with an organisation (every proposal whose applicant or a partner bears that
 * name). Exactly one of {@link #proposal()}, {@link #government()} and {@link #organisation()} is given.
 */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractConflictDeclaration {

  /** {@return the juror who declared it} */
  public abstract JurorId juror();

  /** {@return the proposal it is with, when it is with one proposal} */
  public abstract Optional<ProposalId> proposal();

  /** {@return the government it is with, when it is with a government} */
  public abstract Optional<GovernmentId> government();

  /** {@return the organisation it is with, by name, when it is with an organisation} */
  public abstract Optional<String> organisation();

  /** {@return Why, in a sentence that will be published, such as "advised the applicant in 2020"} */
  public abstract String reason();

  @Value.Check
  void check() {
    long targets = Stream.of(proposal(), government(), organisation()).filter(Optional::isPresent).count();
    if (targets != 1) {
      throw new IllegalStateException("a declared conflict names exactly one of 'proposal', 'government' and 'organisation'; "
          + (targets == 0 ? "this names none" : "this names " + targets));
    }
    if (reason().isBlank()) {
      throw new IllegalStateException("'reason' must not be blank");
    }
    organisation().filter(String::isBlank).ifPresent(o -> {
      throw new IllegalStateException("'organisation' must not be blank");
    });
  }
}
