package org.convoca.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

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
   * @throws RuleBookException listing every compile error as {@code origin:line: message}
   */
  static KieBase compile(Collection<RuleSource> sources) {
    KnowledgeBuilder builder = classicBuild(sources);
    List<String> problems = problemsOf(builder, sources);
    if (!problems.isEmpty()) {
      throw new RuleBookException(problems);
    }
    return builder.newKieBase();
  }

  /** The errors of the classic build, which carry line numbers; empty when it compiles. */
  static List<String> classicErrors(Collection<RuleSource> sources) {
    return problemsOf(classicBuild(sources), sources);
  }

  private static KnowledgeBuilder classicBuild(Collection<RuleSource> sources) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(RuleBook.class.getClassLoader()));
    CompositeKnowledgeBuilder batch = builder.batch();
    for (RuleSource source : sources) {
      Resource resource = ResourceFactory.newByteArrayResource(source.text().getBytes(UTF_8));
      resource.setSourcePath(source.compilePath());
      batch.add(resource, ResourceType.DRL);
    }
    batch.build();
    return builder;
  }

  private static List<String> problemsOf(KnowledgeBuilder builder, Collection<RuleSource> sources) {
    Map<String, String> originByPath = new HashMap<>();
    sources.forEach(source -> originByPath.put(source.compilePath(), source.origin()));
    List<String> problems = new ArrayList<>();
    if (builder.hasErrors()) {
      for (KnowledgeBuilderError error : builder.getErrors()) {
        if (error.getMessage().contains("Parser returned a null Package")) {
          continue; // a consequence of a syntax error reported on its own line
        }
        Resource resource = error.getResource();
        String origin = resource == null ? "?" : originByPath.getOrDefault(resource.getSourcePath(), resource.getSourcePath());
        int[] lines = error.getLines();
        int line = lines.length == 0 ? 0 : Math.max(lines[0], 0);
        problems.add(origin + ":" + line + ": " + oneLine(error.getMessage()));
      }
    }
    return problems;
  }

  private static String oneLine(String message) {
    String line = message.strip().replaceAll("\\s*\\n\\s*", " ");
    return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "...";
  }
}
