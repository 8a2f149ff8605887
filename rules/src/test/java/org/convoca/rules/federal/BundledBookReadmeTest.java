package org.convoca.rules.federal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convoca.rules.RuleBook;
import org.convoca.rules.RuleDescription;
import org.junit.jupiter.api.Test;

/** The rule author's map, rules/README.md, lists every bundled rule in the section of its file. */
class BundledBookReadmeTest {

  private static final Path README = Path.of("README.md");

  @Test
  void everyBundledRuleHasARowInTheSectionOfItsFile() throws IOException {
    List<String> lines = Files.readAllLines(README);
    List<String> missing = new ArrayList<>();
    for (RuleDescription rule : RuleBook.bundled().rules()) {
      if (!rowInSection(lines, rule)) {
        missing.add(rule.file() + ": " + rule.name());
      }
    }
    assertThat(missing).as("bundled rules without a row under their file's heading in rules/README.md").isEmpty();
  }

  @Test
  void everyRuleRowOfTheReadmeNamesABundledRule() throws IOException {
    List<String> names = RuleBook.bundled().rules().stream().map(RuleDescription::name).toList();
    List<String> rows = new ArrayList<>();
    boolean inBook = false;
    for (String line : Files.readAllLines(README)) {
      if (line.startsWith("## ")) {
        inBook = line.startsWith("## The bundled rule book");
      } else if (inBook && line.startsWith("| ") && isRuleTable(line)) {
        rows.add(line.substring(2, line.indexOf(" |", 2)));
      }
    }
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(names).contains(row));
  }

  /** Whether {@code line} is a row of a rule table: neither its header, its rule line nor the parameter table. */
  private static boolean isRuleTable(String line) {
    return !line.startsWith("| Rule |") && !line.startsWith("|---") && !line.startsWith("| Parameter |")
        && !line.startsWith("| `");
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
