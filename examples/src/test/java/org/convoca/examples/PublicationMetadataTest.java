package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.convoca.dossier.DossierReader;
import org.convoca.rules.RuleProblem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A team can adopt the library and Maven Central accepts it: the repository and the library jars
 * carry the Apache License 2.0 word for word, the parent POM declares it with the metadata Central
 * asks for, and every module names and describes itself. The POMs a consumer resolves (the
 * flattened ones the build installs and deploys) keep that metadata, name no parent, and list each
 * library at the version this build tested.
 */
class PublicationMetadataTest {

  /** The repository: the parent of this module's folder, where tests run. */
  private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent().normalize();

  /** SHA-256 of https://www.apache.org/licenses/LICENSE-2.0.txt, the licence's exact text. */
  private static final String APACHE_2_SHA256 =
      "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30";

  @Test
  void licenceFileIsTheApacheLicenseWordForWord() throws IOException, NoSuchAlgorithmException {
    byte[] licence = Files.readAllBytes(REPOSITORY.resolve("LICENSE"));

    byte[] digest = MessageDigest.getInstance("SHA-256").digest(licence);

    assertThat(HexFormat.of().formatHex(digest))
        .as("LICENSE must be the Apache License 2.0 text, unchanged")
        .isEqualTo(APACHE_2_SHA256);
  }

  @Test
  void coreAndRulesCarryTheLicenceInsideThem() throws Exception {
    for (Class<?> type : new Class<?>[] {DossierReader.class, RuleProblem.class}) {
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(licenceBeside(type))))
          .as("META-INF/LICENSE beside " + type.getName())
          .isEqualTo(APACHE_2_SHA256);
    }
  }

  /**
   * Central publishes the sources, Javadoc and test jars beside each library jar: each carries the
   * licence and names it in its manifest. They exist once core and rules are packaged, which a
   * reactor build ({@code mvn verify}) does before this module's tests.
   */
  @ParameterizedTest
  @ValueSource(strings = {"core/target/convoca-core", "rules/target/convoca-rules"})
  void everyPublishedJarCarriesTheLicence(String prefix) throws Exception {
    Path folder = REPOSITORY.resolve(prefix).getParent();
    String name = REPOSITORY.resolve(prefix).getFileName().toString();
    Assumptions.assumeTrue(Files.isDirectory(folder), "built by mvn package");
    List<Path> jars;
    try (var listed = Files.list(folder)) {
      jars = listed.filter(p -> p.getFileName().toString().startsWith(name) && p.toString().endsWith(".jar")).toList();
    }
    Assumptions.assumeTrue(!jars.isEmpty(), "built by mvn package");
    String version = text(pom("pom.xml"), "/project/version");

    assertThat(jars.stream().map(p -> p.getFileName().toString().replace(name, "")))
        .as("the jars published for " + name)
        .contains("-" + version + "-sources.jar", "-" + version + "-javadoc.jar", "-" + version + "-tests.jar");
    for (Path jar : jars) {
      try (ZipFile zip = new ZipFile(jar.toFile());
          InputStream licence = zip.getInputStream(zip.getEntry("META-INF/LICENSE"));
          InputStream manifest = zip.getInputStream(zip.getEntry("META-INF/MANIFEST.MF"))) {
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(licence.readAllBytes())))
            .as("META-INF/LICENSE in " + jar.getFileName())
            .isEqualTo(APACHE_2_SHA256);
        assertThat(new java.util.jar.Manifest(manifest).getMainAttributes().getValue("Bundle-License"))
            .as("Bundle-License in " + jar.getFileName())
            .isEqualTo("Apache-2.0");
      }
    }
  }

  /** META-INF/LICENSE of the jar (or, before packaging, the classes folder) that holds {@code type}. */
  private static byte[] licenceBeside(Class<?> type) throws IOException, URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return Files.readAllBytes(location.resolve("META-INF/LICENSE"));
    }
    try (ZipFile jar = new ZipFile(location.toFile());
        InputStream licence = jar.getInputStream(jar.getEntry("META-INF/LICENSE"))) {
      return licence.readAllBytes();
    }
  }

  @Test
  void parentPomDeclaresApacheLicenseAndWhatCentralRequires() throws Exception {
    Document parent = pom("pom.xml");

    assertThat(text(parent, "/project/licenses/license/name")).isEqualTo("Apache-2.0");
    assertThat(text(parent, "/project/licenses/license/url"))
        .isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
    assertThat(text(parent, "/project/url")).startsWith("https://");
    assertThat(text(parent, "/project/scm/connection")).startsWith("scm:git:");
    assertThat(text(parent, "/project/scm/developerConnection")).startsWith("scm:git:");
    assertThat(text(parent, "/project/scm/url")).startsWith("https://");
    assertThat(text(parent, "/project/developers/developer/name")).isNotBlank();
    assertThat(text(parent, "/project/organization/name")).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pom.xml", "core/pom.xml", "rules/pom.xml", "examples/pom.xml"})
  void everyModuleNamesAndDescribesItself(String file) throws Exception {
    Document pom = pom(file);

    assertThat(text(pom, "/project/name")).as("name in " + file).isNotBlank();
    assertThat(text(pom, "/project/description")).as("description in " + file).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"core/pom.xml", "rules/pom.xml", "examples/pom.xml"})
  void everyModuleInheritsTheParentsLicence(String file) throws Exception {
    Document pom = pom(file);

    assertThat(text(pom, "/project/parent/artifactId")).isEqualTo("convoca-parent");
    assertThat(text(pom, "/project/licenses")).as("licences in " + file).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"core", "rules", "core/bom"})
  void publishedPomsStandAloneWithWhatCentralRequires(String module) throws Exception {
    Document published = publishedPom(module);
    Document parent = pom("pom.xml");

    assertThat(text(published, "/project/parent")).as("parent of " + module).isEmpty();
    assertThat(text(published, "/project/name")).isEqualTo(text(pom(module + "/pom.xml"), "/project/name"));
    assertThat(text(published, "/project/description")).isNotBlank();
    assertThat(text(published, "/project/licenses/license/name")).isEqualTo("Apache-2.0");
    assertThat(text(published, "/project/developers/developer/name")).isNotBlank();
    for (String address : List.of("/project/url", "/project/scm/connection", "/project/scm/developerConnection",
        "/project/scm/url")) {
      assertThat(text(published, address)).as(address + " of " + module).isEqualTo(text(parent, address));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"core", "rules"})
  void publishedPomsListEveryLibraryAtTheVersionTheBuildTested(String module) throws Exception {
    Map<String, String> tested = versionsOnTheTestClassPath();
    List<String> mismatches = new ArrayList<>();
    List<String> artifacts = new ArrayList<>();
    NodeList dependencies = publishedPom(module).getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      String artifact = child(dependency, "artifactId");
      String version = child(dependency, "version");
      artifacts.add(artifact);
      assertThat(version).as("version of " + artifact).isNotBlank().doesNotContain("${");
      if (!"provided".equals(child(dependency, "scope")) && tested.containsKey(artifact)
          && !tested.get(artifact).equals(version)) {
        mismatches.add(artifact + " " + version + " published, " + tested.get(artifact) + " tested");
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(artifacts).contains("jackson-databind", "slf4j-api")
        .doesNotContain("jackson-dataformat-yaml", "snakeyaml", "drools-xml-support", "xstream");
  }

  /** The POM the build installs and deploys for {@code module}: the flattened one. */
  private static Document publishedPom(String module) throws Exception {
    Path flattened = REPOSITORY.resolve(module).resolve("target/flattened-pom.xml");
    assertThat(flattened).as("built by the flatten plugin in process-resources: build from the root").isRegularFile();
    return pom(REPOSITORY.relativize(flattened).toString());
  }

  /** Artifact id to version, for each jar from a Maven repository on the class path the tests run with. */
  private static Map<String, String> versionsOnTheTestClassPath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Map<String, String> versions = new HashMap<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (jar.getNameCount() < 3 || !jar.toString().endsWith(".jar")) {
        continue;
      }
      String version = jar.getParent().getFileName().toString();
      String artifact = jar.getParent().getParent().getFileName().toString();
      if (jar.getFileName().toString().startsWith(artifact + "-" + version)) {
        versions.put(artifact, version);
      }
    }
    return versions;
  }

  private static String child(Element element, String name) {
    NodeList children = element.getElementsByTagName(name);
    return children.getLength() == 0 ? "" : children.item(0).getTextContent().strip();
  }

  private static Document pom(String file)
      throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(REPOSITORY.resolve(file).toFile());
  }

  private static String text(Document pom, String path) throws XPathExpressionException {
    return ((String) XPathFactory.newInstance().newXPath().evaluate(path, pom, XPathConstants.STRING))
        .strip();
  }
}
