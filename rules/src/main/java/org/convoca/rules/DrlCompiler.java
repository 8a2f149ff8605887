package org.convoca.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL into a knowledge base that is then only read.
 *
 * <p>It builds with Drools' executable model: conditions become compiled Java, which calls the
 * model's accessors directly. (The classic build evaluates some conditions with MVEL reflection
 * and then generates code against the package-private {@code Abstract*} classes of the core
 * model, which fails at run time with access errors.) The executable model reports errors without
 * line numbers, so when it fails the same files go through the classic builder, which does report
 * them; only its error messages are used.
 */
final class DrlCompiler {

  private static final AtomicLong BOOKS = new AtomicLong();
  private static final String RESOURCES = "src/main/resources/";
  private static final int MAX_MESSAGE = 400;

  private DrlCompiler() {}

  /**
   * A knowledge base holding every rule of {@code sources}.
   *
   * @throws RuleBookException listing every compile error as {@code origin:line: message}
   */
  static KieBase compile(Collection<RuleSource> sources) {
    KieServices services = KieServices.get();
    ClassLoader loader = RuleBook.class.getClassLoader();
    ReleaseId release = services.newReleaseId("org.convoca.rules.runtime", "book-" + BOOKS.incrementAndGet(), "1.0.0");
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(release);
    Map<String, String> originByPath = new HashMap<>();
    for (RuleSource source : sources) {
      files.write(RESOURCES + source.compilePath(), source.text());
      originByPath.put(source.compilePath(), source.origin());
    }
    KieBuilder builder = services.newKieBuilder(files, loader).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      List<String> classic = classicErrors(sources);
      if (!classic.isEmpty()) {
        throw new RuleBookException(classic);
      }
      List<String> problems = new ArrayList<>();
      for (Message error : errors) {
        if (error.getText().startsWith("Java source of")) {
          continue;
        }
        String path = error.getPath() == null ? "?" : error.getPath().replaceFirst("^" + RESOURCES, "");
        problems.add(originByPath.getOrDefault(path, path) + ":" + Math.max(error.getLine(), 0) + ": " + oneLine(error.getText()));
      }
      throw new RuleBookException(problems);
    }
    try {
      return services.newKieContainer(release, loader).getKieBase();
    } finally {
      services.getRepository().removeKieModule(release);
    }
  }

  /** The errors of the classic build, which carry line numbers; empty when it compiles. */
  static List<String> classicErrors(Collection<RuleSource> sources) {
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
