package org.convoca.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;

/**
 * Ranks assessed proposals and selects them under the call's policy; the procedure is described in
 * {@code core/SELECTION.md}.
 *
 * <ol>
 *   <li>Proposals that failed an eligibility check are {@link DecisionKind#INELIGIBLE}; eligible ones
 *       whose jury review is incomplete ({@link JuryReview#incomplete(ProposalId)}) are
 *       {@link DecisionKind#INCOMPLETE_REVIEW}; the others below the overall threshold or a
 *       criterion's threshold are {@link DecisionKind#BELOW_THRESHOLD}.
 *   <li>The others are ranked by total, highest first (by ranking score when a criterion of the call
 *       has a ranking factor); equal ones are ordered by the call's tie-break chain, which always
 *       ends with the proposal id. Each broken tie is reported. An {@code UNCOVERED_THEME} step
 *       ranks a tie one place at a time, since it depends on the themes of the proposals above.
 *   <li>Seats are filled best first: a proposal is skipped when every slot is taken, when its
 *       jurisdiction or government already has the most proposals the call allows, or when its request
 *       does not fit in the budget left (the next one is then tried, as CONSUL computes winners).
 *   <li>If the seated proposals cover fewer jurisdictions than the call's minimum, seats are reserved,
 *       one at a time, for the best-ranked proposal of an uncovered jurisdiction (that fits the budget
 *       beside earlier reservations); reserved seats are taken first and the rest are filled again by
 *       merit, until the minimum is met or no reservation is possible.
 *   <li>The waitlist takes, in rank order, the ranked proposals left out that the caps would admit
 *       beside the selection, up to its length. The budget is not checked for the waitlist: a seat
 *       that frees up also frees its money, and the budget is checked again when the seat is offered.
 *   <li>The jury's overrides are applied last. An INCLUDE adds a seat beyond the slots (no computed
 *       seat is displaced, caps and budget are not enforced for it); an EXCLUDE leaves its seat empty
 *       and removes the proposal from the waitlist. The computed decision is kept beside the final one.
 * </ol>
 *
 * <p>Monotonicity: with no minimum of jurisdictions, raising the total of a selected proposal, all
 * else equal, leaves the selection unchanged as a set (slots, caps and budget included), so that
 * proposal stays selected. With a minimum of jurisdictions and a budget no such guarantee holds,
 * because a change in the ranking can change which seats are reserved; see {@code core/SELECTION.md}
 * for the proof and a counter-example. With an {@code UNCOVERED_THEME} tie-break step the set is not
 * guaranteed either: the raised proposal's themes, now covered higher up, can reorder a tie below it.
 *
 * <p>The result depends only on the contents of the dossier and the assessments, never on the order
 * of their lists.
 */
public final class Selector {

  private Selector() {}

  /**
   * Selects among the proposals of {@code dossier}.
   *
   * @param dossier the dossier, whose call gives the policy and whose jury gives the overrides
   * @param assessments exactly one assessment per proposal of the dossier, in any order
   * @return the selection, with one decision per proposal
   * @throws IllegalArgumentException when an assessment is missing, repeated or names a proposal not
   *     in the dossier; when a proposal's applicant is not among the dossier's governments; when the
   *     tie-break chain names a criterion the call lacks; when an override names an unknown proposal or
   *     a proposal is overridden twice; when a request is in another currency than the budget
   */
  public static Selection select(Dossier dossier, List<Assessment> assessments) {
    return select(dossier, assessments, JuryReview.of(dossier));
  }

  /**
   * Selects among the proposals of {@code dossier}, with the jury's review already made (so that it
   * is made once per run).
   *
   * @param dossier the dossier, whose call gives the policy and whose jury gives the overrides
   * @param assessments exactly one assessment per proposal of the dossier, in any order
   * @param review the jury's review of {@code dossier}
   * @return the selection, with one decision per proposal
   * @throws IllegalArgumentException as {@link #select(Dossier, List)}
   */
  public static Selection select(Dossier dossier, List<Assessment> assessments, JuryReview review) {
    return select(dossier, assessments, review, Map.of());
  }

  /**
   * As {@link #select(Dossier, List, JuryReview)}, naming each failed eligibility check in a
   * decision's reason by its rule's title in the call's language when {@code ruleTitles} has one
   * (a rule book's {@code titles(language)}), and by the rule's name otherwise.
   *
   * @param dossier the dossier, whose call gives the policy and whose jury gives the overrides
   * @param assessments exactly one assessment per proposal of the dossier, in any order
   * @param review the jury's review of {@code dossier}
   * @param ruleTitles the title of each rule, by the rule's name, in the call's language; may be empty
   * @return the selection, with one decision per proposal
   * @throws IllegalArgumentException as {@link #select(Dossier, List)}
   */
  public static Selection select(Dossier dossier, List<Assessment> assessments, JuryReview review,
      Map<String, String> ruleTitles) {
    List<Candidate> candidates = candidates(dossier, assessments, review);
    TieBreakChain chain = new TieBreakChain(dossier.call());
    List<Candidate> ranked = chain.rank(candidates.stream().filter(Candidate::rankable).toList());
    List<BrokenTie> ties = chain.ties(ranked);
    Fill fill = Coverage.fill(ranked, dossier.call().policy());
    Computed computed = Computed.of(dossier.call(), candidates, ranked, fill, ruleTitles);
    return Overrides.apply(dossier, computed, ranked, ties);
  }

  static List<Candidate> candidates(Dossier dossier, List<Assessment> assessments, JuryReview review) {
    Map<ProposalId, Assessment> byProposal = new HashMap<>();
    for (Assessment a : assessments) {
      if (byProposal.put(a.proposalId(), a) != null) {
        throw new IllegalArgumentException("proposal '" + a.proposalId() + "' has more than one assessment");
      }
    }
    Map<GovernmentId, Government> governments = new HashMap<>();
    dossier.governments().forEach(g -> governments.put(g.id(), g));
    List<Candidate> candidates = new ArrayList<>();
    for (Proposal p : dossier.proposals()) {
      Assessment a = byProposal.remove(p.id());
      if (a == null) {
        throw new IllegalArgumentException("proposal '" + p.id() + "' has no assessment");
      }
      Government applicant = governments.get(p.applicant());
      if (applicant == null) {
        throw new IllegalArgumentException("proposal '" + p.id() + "' names applicant '" + p.applicant()
            + "', which is not among the dossier's governments");
      }
      dossier.call().policy().totalBudget()
          .filter(budget -> !budget.currency().equals(p.funding().requested().currency()))
          .ifPresent(budget -> {
            throw new IllegalArgumentException("proposal '" + p.id() + "' requests funding in "
                + p.funding().requested().currency() + ", but the call's budget is in " + budget.currency());
          });
      candidates.add(new Candidate(p, a, applicant, review.incomplete(p.id())));
    }
    if (!byProposal.isEmpty()) {
      throw new IllegalArgumentException("assessments name proposals not in the dossier: "
          + byProposal.keySet().stream().sorted().toList());
    }
    candidates.sort(Comparator.comparing(Candidate::id));
    return candidates;
  }
}
