package org.convoca.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.convoca.selection.Scenarios;
import org.convoca.selection.Selection;
import org.convoca.selection.SelectionFixture;
import org.convoca.selection.Selector;

class ValidationProperties {

  @Provide
  Arbitrary<SelectionFixture> calls() {
    return Scenarios.calls();
  }

  /** The validator agrees with the selector: the computed selection breaks no rule of its call. */
  @Property(tries = 500)
  void theComputedSelectionHasNoViolations(@ForAll("calls") SelectionFixture f) {
    Selection s = Selector.select(f.dossier(), f.assessments());

    assertThat(SelectionValidator.validate(f.dossier(), f.assessments(), s.selected())).isEmpty();
  }
}
