package org.convoca.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;

import org.convoca.selection.Scenarios;
import org.convoca.selection.Selection;
import org.convoca.selection.Selector;
import org.junit.jupiter.api.Test;

class ValidationProperties {

  /** The validator agrees with the selector: the computed selection breaks no rule of its call. */
  @Test
  void theComputedSelectionHasNoViolations() {
    qt(500).forAll(Scenarios.calls()).checkAssert(f -> {
      Selection s = Selector.select(f.dossier(), f.assessments());

      assertThat(SelectionValidator.validate(f.dossier(), f.assessments(), s.selected())).isEmpty();
    });
  }
}
