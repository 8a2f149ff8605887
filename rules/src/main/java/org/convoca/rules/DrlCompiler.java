package org.convoca.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.TypeDeclaration;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;

/**
 * Compiles the DRL of rule folders, at run time, into a knowledge base that is then only read.
 *
 * <p>It uses Drools' classic builder: it compiles a book of about 30 rules in a second or two,
 * where the executable model takes several times as long at run time, and it reports every error
 * with its line. The bundled book does not come through here: it is precompiled with the
 * executable model when Convoca is built ({@link BundledBook}), and a test checks that the two
 * builds conclude the same on generated dossiers.
 */
final class DrlCompiler {

  private static final int MAX_MESSAGE = 400;

  private DrlCompiler() {}

  /**
   * A knowledge base holding every rule of {@code sources}.
   *
   * @throws RuleBookException listing every compile error with its file and line
   */
  static KieBase compile(Collection<RuleSource> sources) {
    return compilePackages(sources).base();
  }

  /**
   * The compiled packages of {@code sources}, not yet made into a knowledge base, so that they can
   * be written as they are ({@link RuleBookCache}).
   *
   * @throws RuleBookException listing every compile error with its file and line
   */
  static Compiled compilePackages(Collection<RuleSource> sources) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(RuleBook.class.getClassLoader()));
    CompositeKnowledgeBuilder batch = builder.batch();
    for (RuleSource source : sources) {
      Resource resource = ResourceFactory.newByteArrayResource(source.text().getBytes(UTF_8));
      resource.setSourcePath(source.compilePath());
      batch.add(resource, ResourceType.DRL);
    }
    batch.build();
    List<RuleProblem> problems = problemsOf(builder, sources);
    if (!problems.isEmpty()) {
      throw new RuleBookException(problems);
    }
    return new Compiled(builder);
  }

  /**
   * A knowledge base of packages compiled earlier and read back, built as {@link Compiled#base()}
   * builds one from a builder: the same configuration, the packages added in one go.
   */
  static KieBase newBase(Collection<InternalKnowledgePackage> packages, ClassLoader loader) {
    InternalRuleBase rules = RuleBaseFactory.newRuleBase(KieServices.get().newKieBaseConfiguration(null, loader));
    rules.addPackages(packages);
    return KnowledgeBaseFactory.newKnowledgeBase(rules);
  }

  /** What the builder compiled without errors. */
  static final class Compiled {

    private final KnowledgeBuilder builder;

    private Compiled(KnowledgeBuilder builder) {
      this.builder = builder;
    }

    /** {@return the compiled packages, as the builder holds them} */
    List<InternalKnowledgePackage> packages() {
      return builder.getKnowledgePackages().stream().map(InternalKnowledgePackage.class::cast).toList();
    }

    /**
     * {@return the bytecode of the classes Drools made for the types the files declare
     * ({@code declare}), by the names its class loader keeps them under; empty when they declare none}
     */
    Map<String, byte[]> declaredTypes() {
      Map<String, byte[]> types = new HashMap<>();
      for (InternalKnowledgePackage pkg : packages()) {
        for (TypeDeclaration type : pkg.getTypeDeclarations().values()) {
          Class<?> made = type.getTypeClass();
          if (type.getNature() != TypeDeclaration.Nature.DEFINITION || made == null || made.getClassLoader() == null) {
            continue;
          }
          // Drools' class loader serves the bytecode it made as the class's resource.
          try (InputStream code = made.getClassLoader().getResourceAsStream(made.getName().replace('.', '/') + ".class")) {
            if (code == null) {
              throw new IllegalStateException("no bytecode for the declared type " + made.getName());
            }
            types.put(made.getName(), code.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return types;
    }

    /** {@return a new knowledge base of the compiled packages} */
    KieBase base() {
      return builder.newKieBase();
    }
  }

  private static List<RuleProblem> problemsOf(KnowledgeBuilder builder, Collection<RuleSource> sources) {
    Map<String, RuleSource> byPath = new HashMap<>();
    sources.forEach(source -> byPath.put(source.compilePath(), source));
    List<RuleProblem> problems = new ArrayList<>();
    if (builder.hasErrors()) {
      for (KnowledgeBuilderError error : builder.getErrors()) {
        if (error.getMessage().contains("Parser returned a null Package")) {
          continue; // a consequence of a syntax error reported on its own line
        }
        Resource resource = error.getResource();
        RuleSource source = resource == null ? null : byPath.get(resource.getSourcePath());
        String origin = source != null ? source.origin() : resource == null ? "?" : resource.getSourcePath();
        int[] lines = error.getLines();
        int line = lines.length == 0 ? 0 : Math.max(lines[0], 0);
        List<CompilationProblem> javaProblems = consequenceProblems(error);
        if (source == null || javaProblems.isEmpty()) {
          problems.add(new RuleProblem(origin, line, oneLine(error.getMessage())));
        } else {
          RuleDescr rule = (RuleDescr) ((RuleBuildError) error).getDescr();
          for (CompilationProblem problem : javaProblems) {
            problems.add(new RuleProblem(origin, ConsequenceLines.drlLine(source.text(), rule.getConsequenceLine(),
                problem.getStartLine(), line), oneLine("in the consequence of rule \"" + rule.getName() + "\": "
                + problem.getMessage())));
          }
        }
      }
    }
    return problems;
  }

  /** The Java compiler's problems with a rule's consequence, when that is what {@code error} is. */
  private static List<CompilationProblem> consequenceProblems(KnowledgeBuilderError error) {
    if (error instanceof RuleBuildError build && build.getDescr() instanceof RuleDescr
        && build.getObject() instanceof CompilationProblem[] problems) {
      return List.of(problems);
    }
    return List.of();
  }

  private static String oneLine(@Nullable String message) {
    String line = message == null ? "" : message.strip().replaceAll("\\s*\\n\\s*", " ");
    return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "...";
  }
}
