package org.convoca.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Readers have only the repository: every relative link of the top-level documents resolves to a
 * file inside it (and to a heading of that file when it names one), and no path in them leaves it.
 */
class DocumentationLinksTest {

  /** The repository: the parent of this module's folder, where tests run. */
  private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent().normalize();

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern CODE_PATH = Pattern.compile("`(\\.\\./[^`\\s]+)`");
  private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");

  @ParameterizedTest
  @ValueSource(strings = {"README.md", "rules/README.md", "core/SELECTION.md"})
  void everyRelativeLinkResolvesInsideTheRepository(String document) throws IOException {
    Path file = REPOSITORY.resolve(document);
    String text = Files.readString(file);
    List<String> broken = new ArrayList<>();
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      String target = link.group(1);
      if (!target.matches("[a-z]+:.*")) {
        check(file, target).ifPresent(broken::add);
      }
    }
    Matcher code = CODE_PATH.matcher(text);
    while (code.find()) {
      Path resolved = file.getParent().resolve(code.group(1)).normalize();
      if (!resolved.startsWith(REPOSITORY)) {
        broken.add(code.group(1) + ": outside the repository");
      }
    }
    assertThat(broken).as("links in " + document).isEmpty();
  }

  private static java.util.Optional<String> check(Path document, String target) throws IOException {
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    Path resolved = path.isEmpty() ? document : document.getParent().resolve(path).normalize();
    if (!resolved.startsWith(REPOSITORY)) {
      return java.util.Optional.of(target + ": outside the repository");
    }
    if (!Files.exists(resolved)) {
      return java.util.Optional.of(target + ": no such file");
    }
    if (hash >= 0 && !anchors(resolved).contains(target.substring(hash + 1))) {
      return java.util.Optional.of(target + ": no such heading");
    }
    return java.util.Optional.empty();
  }

  /** The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces as hyphens. */
  private static Set<String> anchors(Path markdown) throws IOException {
    Set<String> anchors = new HashSet<>();
    for (String line : Files.readAllLines(markdown)) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        anchors.add(heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    return anchors;
  }
}
