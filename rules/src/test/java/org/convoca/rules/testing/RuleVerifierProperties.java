package org.convoca.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;

import java.util.List;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.Finding;
import org.convoca.rules.RuleBook;
import org.convoca.rules.RuleFile;
import org.convoca.sample.Dossiers;
import org.junit.jupiter.api.Test;

/** Running one rule alone is faithful to the whole book: it concludes what it concludes among all the others. */
class RuleVerifierProperties {

  @Test
  void eachBundledAssessmentRuleAloneConcludesWhatItConcludesInTheWholeBook() {
    RuleBook book = RuleBook.bundled();
    RuleVerifier verifier = RuleVerifier.of(book);
    List<String> rules = book.rules().stream()
        .filter(r -> book.files().stream().anyMatch(f -> f.name().equals(r.file()) && f.phase() == RuleFile.Phase.ASSESSMENT))
        .map(r -> r.name()).toList();
    assertThat(rules).hasSize(29);
    qt(2).forAll(Dossiers.dossiers(1, 20)).checkAssert(dossier -> {
      List<Assessment> whole = book.assess(dossier);
      for (String rule : rules) {
        List<Finding> inTheBook = whole.stream().flatMap(a -> a.trail().stream()).filter(f -> f.rule().equals(rule)).toList();
        assertThat(verifier.rule(rule).given(dossier).findings()).as(rule).isEqualTo(inTheBook);
      }
    });
  }
}
