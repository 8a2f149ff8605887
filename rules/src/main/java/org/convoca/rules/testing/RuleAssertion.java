package org.convoca.rules.testing;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CheckFinding;
import org.convoca.assessment.Finding;
import org.convoca.assessment.LabelFinding;
import org.convoca.call.CriterionId;
import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;

/**
 * What one rule concluded in a run, and assertions on it. Each assertion holds for every proposal
 * in view (every proposal of the dossier, or the one {@link #on} names) and returns this, so that
 * assertions chain; when one does not hold it throws an {@link AssertionError} that names the
 * rule and the proposal, and lists what the rule concluded about it instead. Only the findings of
 * the rule under test count, never those of the rules it needs.
 */
public final class RuleAssertion {

  private final RuleVerification verification;
  private final List<Assessment> assessments;
  private final List<Assessment> inView;

  RuleAssertion(RuleVerification verification, List<Assessment> assessments) {
    this(verification, assessments, assessments);
  }

  private RuleAssertion(RuleVerification verification, List<Assessment> assessments, List<Assessment> inView) {
    this.verification = verification;
    this.assessments = assessments;
    this.inView = inView;
  }

  /**
   * The assertions narrowed to proposal {@code proposal}.
   *
   * @param proposal the proposal's id, such as {@code P-001}
   * @return assertions on that proposal alone
   * @throws IllegalArgumentException when the dossier has no such proposal
   */
  public RuleAssertion on(String proposal) {
    requireNonNull(proposal, "'proposal' must not be null");
    List<Assessment> one = assessments.stream().filter(a -> a.proposalId().value().equals(proposal)).toList();
    if (one.isEmpty()) {
      throw new IllegalArgumentException("the dossier has no proposal '" + proposal + "'; it has "
          + assessments.stream().map(a -> "'" + a.proposalId().value() + "'").collect(Collectors.joining(", ")));
    }
    return new RuleAssertion(verification, assessments, one);
  }

  /**
   * {@return the findings of the rule under test on the proposals in view, proposal by proposal,
   * each in the assessment's order (checks, awards by criterion, labels)} For assertions of one's
   * own, with any library.
   */
  public List<Finding> findings() {
    return inView.stream().flatMap(a -> findingsOn(a).stream()).toList();
  }

  /**
   * Asserts that the rule concluded something (a check, an award or a label) about each proposal.
   *
   * @return this
   * @throws AssertionError when it concluded nothing about one
   */
  public RuleAssertion fires() {
    return expect("fire", findings -> !findings.isEmpty());
  }

  /**
   * Asserts that the rule concluded nothing about any proposal in view.
   *
   * @return this
   * @throws AssertionError when it concluded something, listing what, or when the dossier has no
   *     proposal, as for the other assertions: nothing would be shown
   */
  public RuleAssertion firesNot() {
    // Like every other assertion, it fails on a dossier without proposals, where it would hold vacuously.
    return expect("not fire", List::isEmpty);
  }

  /**
   * Asserts that the rule checked each proposal and that every check it made passed.
   *
   * @return this
   * @throws AssertionError when it did not check one, or a check failed
   */
  public RuleAssertion passes() {
    return expect("pass its check", findings -> {
      List<CheckFinding> checks = of(findings, CheckFinding.class);
      return !checks.isEmpty() && checks.stream().allMatch(CheckFinding::passed);
    });
  }

  /**
   * Asserts that the rule checked each proposal and that a check it made failed.
   *
   * @return this
   * @throws AssertionError when it did not check one, or every check passed
   */
  public RuleAssertion fails() {
    return expect("fail its check", findings -> of(findings, CheckFinding.class).stream().anyMatch(c -> !c.passed()));
  }

  /**
   * Asserts that the rule awarded each proposal exactly these points on {@code criterion}, one
   * award per value, in the assessment's order, and nothing on another criterion. Points compare
   * by value: {@code "2.5"} matches an award of 2.50.
   *
   * @param criterion the criterion's id, such as {@code cocreation}
   * @param points the points of each award, as decimals; at least one (for none, use {@link #firesNot})
   * @return this
   * @throws AssertionError when the awards differ
   * @throws IllegalArgumentException when no points are given, or one is not a decimal
   */
  public RuleAssertion awards(String criterion, String... points) {
    requireNonNull(criterion, "'criterion' must not be null");
    if (points.length == 0) {
      throw new IllegalArgumentException("name the points of at least one award; for none, use firesNot()");
    }
    List<BigDecimal> expected = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      expected.add(decimal(points, i));
    }
    return expect("award " + String.join(" + ", points) + " on " + criterion, findings -> {
      List<AwardFinding> awards = of(findings, AwardFinding.class);
      if (awards.size() != expected.size()) {
        return false;
      }
      for (int i = 0; i < awards.size(); i++) {
        if (!awards.get(i).criterion().value().equals(criterion) || awards.get(i).points().compareTo(expected.get(i)) != 0) {
          return false;
        }
      }
      return true;
    });
  }

  /**
   * As {@link #awards(String, String...)}, with the criterion given by its id, such as
   * {@code FederalVocabulary.COCREATION}.
   *
   * @param criterion the criterion
   * @param points the points of each award, as decimals; at least one
   * @return this
   * @throws AssertionError when the awards differ
   * @throws IllegalArgumentException when no points are given, or one is not a decimal
   */
  public RuleAssertion awards(CriterionId criterion, String... points) {
    return awards(requireNonNull(criterion, "'criterion' must not be null").value(), points);
  }

  /**
   * Asserts that the rule labelled each proposal with exactly {@code labels}, in any order.
   *
   * @param labels the labels, such as {@code CO_CREATED}; at least one (for none, use {@link #firesNot})
   * @return this
   * @throws AssertionError when the labels differ
   * @throws IllegalArgumentException when no label is given
   */
  public RuleAssertion labels(String... labels) {
    if (labels.length == 0) {
      throw new IllegalArgumentException("name at least one label; for none, use firesNot()");
    }
    List<String> expected = Arrays.stream(labels).sorted().toList();
    return expect("label " + String.join(", ", labels), findings ->
        of(findings, LabelFinding.class).stream().map(LabelFinding::label).sorted().toList().equals(expected));
  }

  /**
   * Asserts that the rule's findings on each proposal give exactly these sentences, in the
   * assessment's order.
   *
   * @param sentences the sentences, such as {@code "The proposal requests no funding."}
   * @return this
   * @throws AssertionError when the sentences differ
   */
  public RuleAssertion says(String... sentences) {
    List<String> expected = List.of(sentences);
    return expect("say " + expected.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(" and ")),
        findings -> findings.stream().map(Finding::sentence).toList().equals(expected));
  }

  /** {@code points[index]} as a decimal, refused naming the argument when it is not one. */
  private static BigDecimal decimal(String[] points, int index) {
    String text = requireNonNull(points[index], "'points' must not hold null");
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      String shown = VisibleText.of(text.length() > 40 ? text.substring(0, 40) + "…" : text);
      throw new IllegalArgumentException("'points' must be decimals such as \"2.5\"; points[" + index + "] is \""
          + shown + "\"", e);
    }
  }

  private RuleAssertion expect(String expectation, Predicate<List<Finding>> holds) {
    if (inView.isEmpty()) {
      throw new AssertionError("Rule \"" + verification.rule() + "\" should " + expectation
          + ", but the dossier has no proposal" + enabled());
    }
    List<Assessment> failing = inView.stream().filter(a -> !holds.test(findingsOn(a))).toList();
    if (!failing.isEmpty()) {
      throw failure(expectation, failing);
    }
    return this;
  }

  private AssertionError failure(String expectation, List<Assessment> failing) {
    StringBuilder message = new StringBuilder("Rule \"").append(verification.rule()).append("\" should ")
        .append(expectation).append(inView.size() == 1 ? "" : " on each proposal").append(", but");
    for (Assessment a : failing) {
      List<Finding> findings = findingsOn(a);
      message.append("\n  on ").append(a.proposalId().value()).append(findings.isEmpty() ? " it did not fire" : " it concluded:");
      findings.forEach(f -> message.append("\n    - ").append(describe(f)));
    }
    return new AssertionError(message.append(enabled()).toString());
  }

  private String enabled() {
    List<String> others = verification.enabledRules().stream().filter(r -> !r.equals(verification.rule())).toList();
    return others.isEmpty() ? "" : "\n  (enabled with the rules it needs: "
        + others.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(", ")) + ")";
  }

  private static String describe(Finding finding) {
    String what;
    if (finding instanceof CheckFinding c) {
      what = c.passed() ? "a check that passed" : "a check that failed";
    } else if (finding instanceof AwardFinding a) {
      what = "an award of " + a.points().toPlainString() + " on " + a.criterion().value();
    } else {
      what = "the label " + ((LabelFinding) finding).label();
    }
    return what + ": \"" + finding.sentence() + "\"";
  }

  private List<Finding> findingsOn(Assessment assessment) {
    return assessment.trail().stream().filter(f -> f.rule().equals(verification.rule())).toList();
  }

  private static <T extends Finding> List<T> of(List<Finding> findings, Class<T> kind) {
    List<T> kept = new ArrayList<>();
    findings.stream().filter(kind::isInstance).map(kind::cast).forEach(kept::add);
    return kept;
  }

  /** {@return the proposals in view, for messages} */
  @Override
  public String toString() {
    return "findings of \"" + verification.rule() + "\" on "
        + inView.stream().map(Assessment::proposalId).map(ProposalId::value).collect(Collectors.joining(", "));
  }
}
