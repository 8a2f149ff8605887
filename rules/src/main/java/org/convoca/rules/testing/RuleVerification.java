package org.convoca.rules.testing;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.TreeSet;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.Proposal;
import org.convoca.testing.DossierFixtures;

/**
 * One rule of a book under test, with the rules it needs: {@link RuleVerifier#rule} makes it,
 * {@link #given(Proposal)} or {@link #given(Dossier)} runs it. Immutable.
 */
public final class RuleVerification {

  private final RuleVerifier verifier;
  private final String rule;
  private final Set<String> needed;

  RuleVerification(RuleVerifier verifier, String rule, Set<String> needed) {
    this.verifier = verifier;
    this.rule = rule;
    this.needed = Set.copyOf(needed);
  }

  /** {@return the name of the rule under test} */
  public String rule() {
    return rule;
  }

  /**
   * {@return the rules that fire in a run, sorted by name: the rule under test and the rules it
   * needs} A rule needs another when its conditions name a type of fact that the other's
   * consequence creates with {@code new} (read from the DRL text), and what that one needs in
   * turn; plus the rules named with {@link #alongWith}. Unmodifiable.
   */
  public Set<String> enabledRules() {
    Set<String> enabled = new TreeSet<>(needed);
    enabled.add(rule);
    return java.util.Collections.unmodifiableSet(enabled);
  }

  /**
   * This verification with {@code rules} enabled as well, for a rule that reads what they insert
   * in a way the DRL text does not show (a fact made by a function, inserted from a variable).
   * The assertions still look at the findings of the rule under test alone.
   *
   * @param rules names of assessment rules of the book
   * @return a new verification
   * @throws IllegalArgumentException when a name is not an assessment rule of the book, as
   *     {@link RuleVerifier#rule}
   */
  public RuleVerification alongWith(String... rules) {
    Set<String> more = new TreeSet<>(needed);
    for (String other : rules) {
      verifier.requireAssessmentRule(other);
      more.add(other);
    }
    return new RuleVerification(verifier, rule, more);
  }

  /**
   * Runs the rule on {@code proposal} in the dossier of the test fixtures
   * ({@link DossierFixtures#aDossier}): the federal call, a small municipality and its province,
   * and the people and course that {@link org.convoca.testing.ProposalFixtures#aCompleteProposal()}
   * names. For another call or other governments, build the dossier and use {@link #given(Dossier)}.
   *
   * @param proposal the proposal; not null
   * @return what the rule concluded about it, to assert on
   * @throws org.convoca.rules.RuleExecutionException when a rule throws while it runs
   * @throws org.convoca.rules.RuleLimitException when the rules go past the book's limits
   */
  public RuleAssertion given(Proposal proposal) {
    return given(DossierFixtures.aDossier(requireNonNull(proposal, "'proposal' must not be null")));
  }

  /**
   * Runs the rule on every proposal of {@code dossier}; the assertions then hold for each of them
   * unless narrowed to one with {@link RuleAssertion#on}.
   *
   * @param dossier the dossier, valid as the dossier reader would accept it; not null
   * @return what the rule concluded about its proposals, to assert on
   * @throws org.convoca.rules.RuleExecutionException when a rule throws while it runs
   * @throws org.convoca.rules.RuleLimitException when the rules go past the book's limits
   */
  public RuleAssertion given(Dossier dossier) {
    requireNonNull(dossier, "'dossier' must not be null");
    return new RuleAssertion(this, verifier.book().assessWithOnly(dossier, enabledRules()));
  }
}
