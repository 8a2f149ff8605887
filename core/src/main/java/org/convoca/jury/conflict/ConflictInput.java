package org.convoca.jury.conflict;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convoca.call.ConflictKind;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/**
 * What conflicts are detected from: the jurors, the proposals, the declared conflicts and the kinds
 * the call applies. The order of every list is irrelevant to the result.
 *
 * <p>{@link ConflictKind#DECLARED} always applies and is added to {@code kinds} when missing: a
 * juror's own declaration is a recusal, which a call cannot overrule; a call switches off only the
 * kinds that are inferred from who the jurors are.
 *
 * @param jurors the jurors, with distinct ids, never null
 * @param proposals the proposals, with distinct ids, never null
 * @param declared the declared conflicts, each naming a listed juror and, when it names a proposal, a
 *     listed proposal; never null
 * @param kinds the kinds that apply, never null; copied, always with {@code DECLARED}
 */
public record ConflictInput(
    List<JurorProfile> jurors, List<ProposalProfile> proposals, List<DeclaredConflict> declared, Set<ConflictKind> kinds) {

  /**
   * Copies the lists and checks that they fit together.
   *
   * @param jurors the jurors, with distinct ids, never null
   * @param proposals the proposals, with distinct ids, never null
   * @param declared the declared conflicts, each naming a listed juror and, when it names a proposal, a
   *     listed proposal; never null
   * @param kinds the kinds that apply, never null; copied, always with {@code DECLARED}
   * @throws NullPointerException when a list, a set or one of their elements is null
   * @throws IllegalArgumentException when a juror or proposal id is repeated, or a declared conflict
   *     names a juror or proposal that is not listed
   */
  public ConflictInput {
    jurors = List.copyOf(requireNonNull(jurors, "'jurors' must not be null"));
    proposals = List.copyOf(requireNonNull(proposals, "'proposals' must not be null"));
    declared = List.copyOf(requireNonNull(declared, "'declared' must not be null"));
    EnumSet<ConflictKind> applied = EnumSet.of(ConflictKind.DECLARED);
    applied.addAll(requireNonNull(kinds, "'kinds' must not be null"));
    kinds = Collections.unmodifiableSet(applied);
    Set<JurorId> jurorIds = new HashSet<>();
    for (JurorProfile juror : jurors) {
      if (!jurorIds.add(juror.id())) {
        throw new IllegalArgumentException("juror " + juror.id() + " is listed twice");
      }
    }
    Set<ProposalId> proposalIds = new HashSet<>();
    for (ProposalProfile proposal : proposals) {
      if (!proposalIds.add(proposal.id())) {
        throw new IllegalArgumentException("proposal " + proposal.id() + " is listed twice");
      }
    }
    for (DeclaredConflict conflict : declared) {
      if (!jurorIds.contains(conflict.juror())) {
        throw new IllegalArgumentException(
            "a declared conflict names juror " + conflict.juror() + ", who is not listed");
      }
      if (conflict.target() instanceof ConflictTarget.OfProposal p && !proposalIds.contains(p.id())) {
        throw new IllegalArgumentException("the conflict declared by " + conflict.juror() + " names proposal "
            + p.id() + ", which is not listed");
      }
    }
  }

  /**
   * The input with every kind applied: a call that says nothing about kinds.
   *
   * @param jurors the jurors
   * @param proposals the proposals
   * @param declared the conflicts the jurors declared
   * @return the input with every kind applied: a call that says nothing about kinds
   * @throws NullPointerException when a list or one of its elements is null
   * @throws IllegalArgumentException as the constructor does
   */
  public static ConflictInput allKinds(
      List<JurorProfile> jurors, List<ProposalProfile> proposals, List<DeclaredConflict> declared) {
    return new ConflictInput(jurors, proposals, declared, EnumSet.allOf(ConflictKind.class));
  }
}
