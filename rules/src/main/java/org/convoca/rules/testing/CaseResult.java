package org.convoca.rules.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.value.VisibleText;

/**
 * What running one golden case gave: passed, or the differences between what the case expects and
 * what the rule book decided, field by field and proposal by proposal.
 */
public final class CaseResult {

  /**
   * One expectation that the outcome did not meet.
   *
   * @param subject the proposal's id, or {@code selection} for the selection and the waitlist
   * @param field the field of the case file: {@code eligible}, {@code failedChecks}, {@code total},
   *     {@code rank}, {@code decision}, {@code labels}, {@code tracks}, {@code selected} or
   *     {@code waitlist}
   * @param expected the expected value, as the report shows it
   * @param actual the value in the outcome, as the report shows it
   */
  public record Difference(String subject, String field, String expected, String actual) {

    /**
     * Checks that no part is missing.
     *
     * @param subject the proposal's id, or {@code selection}
     * @param field the field of the case file
     * @param expected the expected value, as the report shows it
     * @param actual the value in the outcome, as the report shows it
     */
    public Difference {
      requireNonNull(subject, "'subject' must not be null");
      requireNonNull(field, "'field' must not be null");
      requireNonNull(expected, "'expected' must not be null");
      requireNonNull(actual, "'actual' must not be null");
    }

    /** {@return the difference on one line: {@code subject field: expected X, was Y}} */
    @Override
    public String toString() {
      return subject + " " + field + ": expected " + expected + ", was " + actual;
    }
  }

  private final String name;
  private final String description;
  private final List<Difference> differences;
  private final Map<String, String> whys;

  CaseResult(String name, String description, List<Difference> differences, Map<String, String> whys) {
    this.name = name;
    this.description = description;
    this.differences = List.copyOf(differences);
    this.whys = Map.copyOf(whys);
  }

  /** {@return the case's name: its folder's name in the suite} */
  public String name() {
    return name;
  }

  /** {@return whether the outcome met every expectation of the case} */
  public boolean passed() {
    return differences.isEmpty();
  }

  /** {@return each expectation the outcome did not meet, in the order of the case file; empty when it passed} */
  public List<Difference> differences() {
    return differences;
  }

  /**
   * The result for a person to read: a first line with the case's name and {@code passed} or
   * {@code failed}, then, when it failed, each subject with the case author's reason for it and
   * each of its differences, the expected and the actual value on lines of their own, indented.
   * Lines end with a line feed. Text from the case file and the rule book stays on its line: a
   * line break, a tab or any other character that would act on a terminal in it is written as
   * {@code \}{@code uXXXX} ({@link VisibleText}).
   *
   * @return the result as lines of text
   */
  public String report() {
    StringBuilder out = new StringBuilder(VisibleText.of(name)).append(": ").append(passed() ? "passed" : "failed");
    if (!description.isEmpty()) {
      out.append(" (").append(VisibleText.of(description)).append(')');
    }
    out.append('\n');
    Map<String, List<Difference>> bySubject = new LinkedHashMap<>();
    differences.forEach(d -> bySubject.computeIfAbsent(d.subject(), s -> new ArrayList<>()).add(d));
    bySubject.forEach((subject, list) -> {
      out.append("  ").append(VisibleText.of(subject));
      String why = whys.getOrDefault(subject, "");
      if (!why.isEmpty()) {
        out.append(" (expected because: ").append(VisibleText.of(why)).append(')');
      }
      out.append('\n');
      for (Difference d : list) {
        out.append("    ").append(d.field()).append(":\n")
            .append("      expected ").append(VisibleText.of(d.expected())).append('\n')
            .append("      was      ").append(VisibleText.of(d.actual())).append('\n');
      }
    });
    return out.toString();
  }

  /** {@return the report's first line: the case's name and whether it passed} */
  @Override
  public String toString() {
    return name + ": " + (passed() ? "passed" : "failed");
  }
}
