package org.convoca.jury.conflict;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import org.convoca.call.ConflictKind;
import org.convoca.jury.JurorId;
import org.convoca.jury.assignment.ConflictingPair;
import org.convoca.proposal.ProposalId;

/**
 * A juror who must not judge a proposal, of one kind, and why. Conflicts sort by proposal, then
 * juror, then kind (in {@link ConflictKind}'s order).
 *
 * @param juror the juror, never null
 * @param proposal the proposal, never null
 * @param kind the kind, never null
 * @param reason a sentence a citizen can read, such as "J-3 is affiliated with Fundación Datos, a
 *     partner of P-017"; several grounds of the same kind are joined by "; "; never blank
 */
public record Conflict(JurorId juror, ProposalId proposal, ConflictKind kind, String reason)
    implements Comparable<Conflict> {

  private static final Comparator<Conflict> ORDER = Comparator.comparing(Conflict::proposal)
      .thenComparing(Conflict::juror).thenComparing(Conflict::kind);

  /**
   * Checks that nothing is missing.
   *
   * @param juror the juror, never null
   * @param proposal the proposal, never null
   * @param kind the kind, never null
   * @param reason a sentence a citizen can read, such as "J-3 is affiliated with Fundación Datos, a
   *     partner of P-017"; several grounds of the same kind are joined by "; "; never blank
   * @throws NullPointerException when {@code juror}, {@code proposal} or {@code kind} is null
   * @throws IllegalArgumentException when {@code reason} is null or blank
   */
  public Conflict {
    requireNonNull(juror, "'juror' of a conflict must not be null");
    requireNonNull(proposal, "'proposal' of a conflict must not be null");
    requireNonNull(kind, "'kind' of a conflict must not be null");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("'reason' of the conflict of " + juror + " with " + proposal + " must not be blank");
    }
  }

  /** {@return this conflict as the assigner takes it: the kind by name, and the reason} */
  public ConflictingPair toConflictingPair() {
    return new ConflictingPair(juror, proposal, kind.name(), reason);
  }

  @Override
  public int compareTo(Conflict other) {
    return ORDER.compare(this, other);
  }
}
