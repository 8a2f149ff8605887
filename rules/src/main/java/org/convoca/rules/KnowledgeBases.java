package org.convoca.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;

/**
 * The three compiled parts of a rule book, one knowledge base per phase.
 *
 * @param assessment the assessment rules
 * @param postSelection the post-selection rules ({@code tracks*.drl}), or null when the book has none
 * @param monitoring the monitoring rules ({@code monitoring*.drl}), or null when the book has none
 */
record KnowledgeBases(KieBase assessment, @Nullable KieBase postSelection, @Nullable KieBase monitoring) {

  /**
   * Compiles {@code sources}, one knowledge base per phase, each read from {@code cache} when it
   * holds that phase's files as they are now.
   *
   * @param cache where compiled phases are kept between runs; null to compile every phase
   * @throws RuleBookException listing every compile error of every phase
   */
  static KnowledgeBases compile(List<RuleSource> sources, @Nullable RuleBookCache cache) {
    List<RuleProblem> problems = new ArrayList<>();
    KieBase assessment = compileCollecting(RuleFile.Phase.ASSESSMENT, sources, cache, problems);
    KieBase postSelection = compileCollecting(RuleFile.Phase.POST_SELECTION, sources, cache, problems);
    KieBase monitoring = compileCollecting(RuleFile.Phase.MONITORING, sources, cache, problems);
    if (!problems.isEmpty()) {
      throw new RuleBookException(problems);
    }
    return new KnowledgeBases(requireNonNull(assessment), postSelection, monitoring);
  }

  /**
   * The knowledge base of the files of {@code phase}, or null when there are none, except for the
   * assessment, which always has one; null too when they do not compile, their problems then
   * added to {@code problems}.
   */
  private static @Nullable KieBase compileCollecting(RuleFile.Phase phase, List<RuleSource> sources,
      @Nullable RuleBookCache cache, List<RuleProblem> problems) {
    List<RuleSource> ofPhase = sources.stream().filter(s -> s.phase() == phase).toList();
    if (ofPhase.isEmpty() && phase != RuleFile.Phase.ASSESSMENT) {
      return null;
    }
    try {
      return cache == null ? DrlCompiler.compile(ofPhase) : cache.compile(phase, ofPhase);
    } catch (RuleBookException e) {
      problems.addAll(e.problems());
      return null;
    }
  }
}
