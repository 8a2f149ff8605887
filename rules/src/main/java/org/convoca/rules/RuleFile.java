package org.convoca.rules;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One file of a rule book, as the {@code convoca rules} command lists it.
 *
 * @param name the file's name, such as {@code eligibility.drl}
 * @param phase when its rules run
 * @param origin {@code bundled} for a file of the bundled book, or the path it was read from
 * @param replaces the origin of the file of the same name that it replaced ({@code bundled}, or an
 *     earlier folder's path); empty when it replaced none
 * @param rules how many rules it declares
 */
public record RuleFile(String name, Phase phase, String origin, Optional<String> replaces, int rules) {

  /** The origin of the bundled book's files. */
  public static final String BUNDLED = "bundled";

  /** When a file's rules run. */
  public enum Phase {
    /** In {@link RuleBook#assess}: checks, points and labels of each proposal. */
    ASSESSMENT,
    /** In {@link RuleBook#assign}, after selection: track placements (files named {@code tracks*}). */
    POST_SELECTION,
    /**
     * In {@link RuleBook#monitor}, during implementation: status, completion, results, recognitions
     * and documentation gaps of the selected projects (files named {@code monitoring*}).
     */
    MONITORING;

    /** The phase in words: {@code assessment}, {@code post-selection} or {@code monitoring}. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Checks that no part is missing.
   *
   * @param name the file's name, such as {@code eligibility.drl}
   * @param phase when its rules run
   * @param origin {@code bundled} for a file of the bundled book, or the path it was read from
   * @param replaces the origin of the file of the same name that it replaced ({@code bundled}, or an
   *     earlier folder's path); empty when it replaced none
   * @param rules how many rules it declares
   */
  public RuleFile {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(phase, "'phase' must not be null");
    requireNonNull(origin, "'origin' must not be null");
    requireNonNull(replaces, "'replaces' must not be null");
  }

  static RuleFile of(RuleSource source) {
    return new RuleFile(source.name(), source.phase(),
        originOf(source), Optional.ofNullable(source.replaced()).map(RuleFile::originOf),
        RuleIndex.describe(source).size());
  }

  private static String originOf(RuleSource source) {
    return source.bundled() ? BUNDLED : source.origin();
  }
}
