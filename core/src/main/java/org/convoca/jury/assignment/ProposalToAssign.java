package org.convoca.jury.assignment;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;

/**
 * A proposal that needs reviewers, with the themes a juror's expertise is matched against.
 *
 * @param id the proposal, never null
 * @param themes its themes, never null (may be empty); copied and sorted
 */
public record ProposalToAssign(ProposalId id, SortedSet<Theme> themes) {

  /**
   * Copies the themes.
   *
   * @param id the proposal, never null
   * @param themes its themes, never null (may be empty); copied and sorted
   * @throws NullPointerException when {@code id}, {@code themes} or one of the themes is null
   */
  public ProposalToAssign {
    if (id == null || themes == null) {
      throw new NullPointerException("a proposal to assign needs an 'id' and 'themes'");
    }
    themes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(themes));
  }

  /**
   * {@return the proposal {@code id} with {@code themes}}
   *
   * @param id the proposal
   * @param themes its themes, which jurors' expertise is matched against
   */
  public static ProposalToAssign of(ProposalId id, Set<Theme> themes) {
    return new ProposalToAssign(id, new TreeSet<>(themes));
  }
}
