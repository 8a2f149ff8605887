package org.convoca.rules.testing;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.dossier.Dossier;
import org.convoca.outcome.CallOutcome;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.convoca.rules.RuleBook;

/**
 * One golden case: a dossier, read and checked, and the verdicts a rule book must reach on it.
 * Made by {@link GoldenSuite#read}; immutable.
 */
public final class GoldenCase {

  private final String name;
  private final String description;
  private final Dossier dossier;
  private final List<ExpectedVerdict> verdicts;
  private final Optional<List<String>> selected;
  private final Optional<List<String>> waitlist;

  GoldenCase(String name, String description, Dossier dossier, List<ExpectedVerdict> verdicts,
      Optional<List<String>> selected, Optional<List<String>> waitlist) {
    this.name = name;
    this.description = description;
    this.dossier = dossier;
    this.verdicts = List.copyOf(verdicts);
    this.selected = selected.map(List::copyOf);
    this.waitlist = waitlist.map(List::copyOf);
  }

  /** {@return the case's name: the name of its folder in the suite} */
  public String name() {
    return name;
  }

  /** {@return what the case shows, in the words of its {@code description}; empty when it has none} */
  public String description() {
    return description;
  }

  /** {@return the case's dossier: its own, or its base with its changes laid over} */
  public Dossier dossier() {
    return dossier;
  }

  /**
   * Decides the case's dossier with {@code book}, as {@code Convoca.with(book).decide(dossier)}
   * does, and compares the outcome with what the case expects.
   *
   * @param book the rule book to test
   * @return the result: passed, or each difference
   * @throws org.convoca.rules.RuleExecutionException when a rule fails while running
   * @throws NullPointerException when {@code book} is null
   */
  public CaseResult run(RuleBook book) {
    requireNonNull(book, "book");
    return check(Convoca.with(book).decide(dossier));
  }

  /**
   * Compares {@code outcome}, an outcome of this case's dossier, with what the case expects.
   *
   * @param outcome the outcome of {@link #dossier()} under some rule book
   * @return the result: passed, or each difference
   * @throws IllegalArgumentException when the outcome lacks a proposal the case expects something of
   */
  public CaseResult check(CallOutcome outcome) {
    for (ExpectedVerdict v : verdicts) {
      if (outcome.proposal(ProposalId.of(v.proposal())).isEmpty()) {
        throw new IllegalArgumentException("the outcome has no proposal " + v.proposal() + "; it is not of this case's dossier");
      }
    }
    Map<String, String> whys = new LinkedHashMap<>();
    verdicts.forEach(v -> whys.put(v.proposal(), v.why()));
    return new CaseResult(name, description, Verdicts.compare(verdicts, selected, waitlist, outcome), whys);
  }

  /** {@return the case's name} */
  @Override
  public String toString() {
    return name;
  }
}
