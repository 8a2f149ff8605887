package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convoca.assessment.Assessment;
import org.junit.jupiter.api.Test;

class RuleBookSmokeTest {
  @Test
  void assessesACompleteProposal() {
    List<Assessment> assessments = RuleBook.bundled().assess(Fixtures.aDossier(Fixtures.aCompleteProposal()));
    assessments.get(0).trail().forEach(System.out::println);
    assertThat(assessments.get(0).eligible()).isTrue();
  }
}
