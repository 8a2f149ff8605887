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
 * Compiles DRL with Drools' classic builder, which reports errors with their line numbers (the
 * executable model reports none), into a knowledge base that is then only read.
 */
final class DrlCompiler {

  private DrlCompiler() {}

  /**
   * A knowledge base holding every rule of {@code sources}.
   *
   * @throws RuleBookException listing every compile error as {@code origin:line: message}
   */
  static KieBase compile(Collection<RuleSource> sources) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(RuleBook.class.getClassLoader()));
    CompositeKnowledgeBuilder batch = builder.batch();
    Map<String, String> originByPath = new HashMap<>();
    for (RuleSource source : sources) {
      Resource resource = ResourceFactory.newByteArrayResource(source.text().getBytes(UTF_8));
      resource.setSourcePath(source.compilePath());
      originByPath.put(source.compilePath(), source.origin());
      batch.add(resource, ResourceType.DRL);
    }
    batch.build();
    if (builder.hasErrors()) {
      List<String> problems = new ArrayList<>();
      for (KnowledgeBuilderError error : builder.getErrors()) {
        Resource resource = error.getResource();
        String origin = resource == null ? "?" : originByPath.getOrDefault(resource.getSourcePath(), resource.getSourcePath());
        int[] lines = error.getLines();
        int line = lines.length == 0 ? 0 : Math.max(lines[0], 0);
        problems.add(origin + ":" + line + ": " + error.getMessage().strip().replaceAll("\\s*\\n\\s*", " "));
      }
      throw new RuleBookException(problems);
    }
    return builder.newKieBase();
  }
}
