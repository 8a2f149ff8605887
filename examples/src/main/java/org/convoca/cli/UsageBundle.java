package org.convoca.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.convoca.language.Language;
import org.convoca.rules.RuleLimits;
import org.convoca.sensitivity.Perturbation;
import org.jspecify.annotations.Nullable;

/**
 * The usage help in one language, as the {@link ResourceBundle} picocli reads it from: the keys of
 * the {@code usage} bundles ({@code convoca.assess.usage.description}, an option's name such as
 * {@code convoca.assess.out}, or {@code rules} for every command that has it), each value the
 * bundle's pattern written in the language. Picocli then expands its own {@code %n} and
 * {@code ${DEFAULT-VALUE}}; a pattern names them as arguments ({@link #ARGUMENTS}), since a bundle's
 * pattern may not hold braces of its own. The limits a description states come from the code as
 * arguments too, so that help and check never disagree.
 */
final class UsageBundle extends ResourceBundle {

  /** Picocli's variable for an option's default value. */
  private static final String DEFAULT = "${DEFAULT-VALUE}";
  /** Picocli's variable for an enum option's values. */
  private static final String CANDIDATES = "${COMPLETION-CANDIDATES}";

  /** The arguments of the patterns that have any, by key. Numbers are given as the user types them. */
  private static final Map<String, List<Object>> ARGUMENTS = Map.of(
      "convoca.assess.format", List.of(CANDIDATES),
      "convoca.generate.proposals", List.of(String.valueOf(GenerateCommand.MAX_PROPOSALS)),
      "convoca.generate.seed", List.of(DEFAULT),
      "convoca.generate.jurors", List.of(String.valueOf(GenerateCommand.MIN_JURORS),
          String.valueOf(GenerateCommand.MAX_JURORS), DEFAULT),
      "convoca.sensitivity.draws", List.of(String.valueOf(Perturbation.MAX_DRAWS)),
      "convoca.sensitivity.spread", List.of(String.valueOf(Perturbation.MAX_SPREAD_DECIMALS)),
      "convoca.sensitivity.seed", List.of(DEFAULT),
      "max-firings-per-proposal", List.of(DEFAULT),
      "rule-time-limit", List.of(DEFAULT));

  private final Language language;

  private UsageBundle(Language language) {
    this.language = language;
  }

  /** The usage help in {@code language}; English where its bundle lacks a key. */
  static ResourceBundle in(Language language) {
    return new UsageBundle(language);
  }

  @Override
  protected @Nullable Object handleGetObject(String key) {
    if (!UserText.USAGE.has(language, key)) {
      return null;
    }
    return UserText.USAGE.format(language, key, ARGUMENTS.getOrDefault(key, List.of()).toArray());
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(UserText.USAGE.patterns("").keySet());
  }
}
