package org.convoca.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A project that depends on convoca-examples gets neither the tool's logger binding nor any test jar
 * (the benchmarks' baseline): in this module's POM, which is the one a consumer reads, each is
 * optional or of test scope, so Maven does not pass it on.
 */
class ConsumerDependenciesTest {

  /** A dependency as the POM declares it. */
  private record Declared(String artifactId, String type, String scope, boolean optional) {

    boolean reachesConsumers() {
      return !optional && (scope.equals("compile") || scope.equals("runtime"));
    }
  }

  @Test
  void neitherTheLoggerBindingNorATestJarReachesAConsumer() throws Exception {
    List<Declared> declared = declaredDependencies(Path.of("pom.xml"));

    assertThat(declared).extracting(Declared::artifactId).contains("slf4j-nop", "convoca-rules", "picocli");
    assertThat(declared).filteredOn(Declared::reachesConsumers)
        .noneMatch(d -> d.artifactId().equals("slf4j-nop"))
        .noneMatch(d -> d.type().equals("test-jar"));
  }

  private static List<Declared> declaredDependencies(Path pom) throws Exception {
    Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    List<Declared> declared = new ArrayList<>();
    for (Element dependency : children(children(project, "dependencies").get(0), "dependency")) {
      declared.add(new Declared(text(dependency, "artifactId", ""), text(dependency, "type", "jar"),
          text(dependency, "scope", "compile"), text(dependency, "optional", "false").equals("true")));
    }
    return declared;
  }

  private static String text(Element parent, String child, String absent) {
    List<Element> found = children(parent, child);
    return found.isEmpty() ? absent : found.get(0).getTextContent().trim();
  }

  /** The child elements of {@code parent} named {@code name}, not their descendants. */
  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
        children.add(element);
      }
    }
    return children;
  }
}
