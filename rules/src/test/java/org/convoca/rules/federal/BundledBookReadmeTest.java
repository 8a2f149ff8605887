package org.convoca.rules.federal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convoca.rules.RuleBook;
import org.convoca.rules.RuleDescription;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule author's map, rules/README.md, lists every rule of each bundled book in the section of
 * its file, under the book's own heading ({@code ## The bundled rule book "name"}), and every row
 * of a rule table there names one of the book's rules.
 */
class BundledBookReadmeTest {

  private static final Path README = Path.of("README.md");

  @ParameterizedTest
  @MethodSource("books")
  void everyBundledRuleHasARowInTheSectionOfItsFile(String book) throws IOException {
    List<String> section = section(book);
    List<String> missing = new ArrayList<>();
    for (RuleDescription rule : RuleBook.bundled(book).rules()) {
      if (!rowInSection(section, rule)) {
        missing.add(rule.file() + ": " + rule.name());
      }
    }
    assertThat(missing).as("rules of %s without a row under their file's heading in rules/README.md", book).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("books")
  void everyRuleRowOfTheReadmeNamesABundledRule(String book) throws IOException {
    List<String> names = RuleBook.bundled(book).rules().stream().map(RuleDescription::name).toList();
    List<String> rows = new ArrayList<>();
    boolean inRuleTable = false;
    for (String line : section(book)) {
      if (!line.startsWith("|")) {
        inRuleTable = false;
      } else if (line.startsWith("| Rule |")) {
        inRuleTable = true;
      } else if (inRuleTable && !line.startsWith("|---")) {
        rows.add(line.substring(2, line.indexOf(" |", 2)));
      }
    }
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(names).contains(row));
  }

  static List<String> books() {
    return RuleBook.bundledNames();
  }

  /** The lines under {@code ## The bundled rule book "book"}, up to the next {@code ## } heading. */
  private static List<String> section(String book) throws IOException {
    List<String> section = new ArrayList<>();
    boolean in = false;
    for (String line : Files.readAllLines(README)) {
      if (line.startsWith("## ")) {
        in = line.equals("## The bundled rule book \"" + book + "\"");
      } else if (in) {
        section.add(line);
      }
    }
    assertThat(section).as("the section of %s in rules/README.md", book).isNotEmpty();
    return section;
  }

  private static boolean rowInSection(List<String> lines, RuleDescription rule) {
    boolean inSection = false;
    for (String line : lines) {
      if (line.startsWith("#")) {
        inSection = line.startsWith("### " + rule.file() + " ");
      } else if (inSection && line.startsWith("| " + rule.name() + " |")) {
        return true;
      }
    }
    return false;
  }
}
