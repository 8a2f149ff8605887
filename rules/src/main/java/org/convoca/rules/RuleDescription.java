package org.convoca.rules;

import static java.util.Objects.requireNonNull;

/**
 * One rule of a rule book, as the {@code convoca rules} command lists it.
 *
 * @param file the DRL file's name, such as {@code eligibility.drl}
 * @param name the rule's name, a business sentence
 * @param summary the plain-words comment line under the rule's name, or empty when there is none
 */
public record RuleDescription(String file, String name, String summary) {

  /**
   * Checks that no part is missing.
   *
   * @param file the DRL file's name, such as {@code eligibility.drl}
   * @param name the rule's name, a business sentence
   * @param summary the plain-words comment line under the rule's name, or empty when there is none
   */
  public RuleDescription {
    requireNonNull(file, "'file' must not be null");
    requireNonNull(name, "'name' must not be null");
    requireNonNull(summary, "'summary' must not be null");
  }
}
