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
   * <p>The post-selection and monitoring phases are made on a second thread ({@link BatchThreads},
   * whose helpers also assess batches) while this one makes the assessment (issue 11): after a rule
   * author's edit, this thread compiles the edited phase for about a second while the dossier has
   * long been read, and the other core was idle but for reading the other phases back from the
   * cache, which came after the compile: on the quiet machine, 15 runs of the sample just after an
   * edit of examples/my-rules, alternated with the build before, took 1.63 s against 1.69 s
   * (medians), a small gain. The problems are listed in the phases' order all the same.
   *
   * @param cache where compiled phases are kept between runs; null to compile every phase
   * @throws RuleBookException listing every compile error of every phase
   */
  static KnowledgeBases compile(List<RuleSource> sources, @Nullable RuleBookCache cache) {
    boolean later = sources.stream().anyMatch(s -> s.phase() != RuleFile.Phase.ASSESSMENT);
    // Each part's problems in a list of its own, so that they are listed in the phases' order.
    List<List<RuleProblem>> problems = List.of(new ArrayList<>(), new ArrayList<>());
    List<@Nullable KieBase[]> made = BatchThreads.run(later ? 2 : 1, 2, part -> part == 0
        ? new KieBase[] {compileCollecting(RuleFile.Phase.ASSESSMENT, sources, cache, problems.get(0))}
        : new KieBase[] {compileCollecting(RuleFile.Phase.POST_SELECTION, sources, cache, problems.get(1)),
            compileCollecting(RuleFile.Phase.MONITORING, sources, cache, problems.get(1))});
    List<RuleProblem> all = new ArrayList<>(problems.get(0));
    all.addAll(problems.get(1));
    if (!all.isEmpty()) {
      throw new RuleBookException(all);
    }
    return new KnowledgeBases(requireNonNull(made.get(0)[0]), made.get(1)[0], made.get(1)[1]);
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
