package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Test;

/** The notes verify adds from {@code producedBy}: the versions, and the rule book to verify with. */
class ProducedByNoteTest {

  private static JsonNode tree(ProducedBy producedBy) {
    return Json.mapper().valueToTree(producedBy);
  }

  private static final ProducedBy FEDERAL = new ProducedBy("1.0.0", "10.2.0").withBook("federal-call", List.of());
  private static final ProducedBy HORIZON = new ProducedBy("1.0.0", "10.2.0").withBook("horizon-europe", List.of());

  @Test
  void anotherBundledBookIsNamedWithTheOptionToUse() {
    assertThat(ProducedByNote.bookHint(tree(HORIZON), tree(FEDERAL)))
        .hasValue("the outcome was produced by the book 'horizon-europe'; run verify with --book horizon-europe");
  }

  @Test
  void theSameBookGivesNoHint() {
    assertThat(ProducedByNote.bookHint(tree(FEDERAL), tree(FEDERAL))).isEmpty();
  }

  @Test
  void anOutcomeThatNamesNoBookGivesNoHint() {
    assertThat(ProducedByNote.bookHint(tree(new ProducedBy("1.0.0", "10.2.0")), tree(FEDERAL))).isEmpty();
  }

  @Test
  void folderFilesThatDifferAreNamed() {
    ProducedBy tuned = FEDERAL.withBook("federal-call", List.of("b.drl", "a.drl"));

    assertThat(ProducedByNote.bookHint(tree(tuned), tree(FEDERAL))).hasValue("the outcome was produced by the book "
        + "'federal-call' with rule folders holding a.drl, b.drl; run verify with --rules folders holding those files");
    assertThat(ProducedByNote.bookHint(tree(FEDERAL), tree(tuned))).hasValue("the outcome was produced by the book "
        + "'federal-call' without rule folders; run verify without --rules");
  }

  @Test
  void aHostileBookNameIsShownEscapedAndNotRepeatedAsAnOption() {
    ProducedBy hostile = FEDERAL.withBook("evil\u001b[2J; rm -rf /", List.of());

    assertThat(ProducedByNote.bookHint(tree(hostile), tree(FEDERAL))).hasValueSatisfying(hint ->
        assertThat(hint).doesNotContain("\u001b").contains("run verify with the --book that names it"));
  }

  @Test
  void theBookFieldsDoNotMakeTheVersionsDiffer() {
    Map<String, String> running = new LinkedHashMap<>();
    running.put("convoca", "1.0.0");
    running.put("drools", "10.2.0");

    assertThat(ProducedByNote.note(tree(HORIZON.withBook("horizon-europe", List.of("x.drl"))), running)).isEmpty();
  }

  @Test
  void theVersionsAloneAreWrittenWithoutTheBookFields() {
    assertThat(tree(new ProducedBy("1.0.0", "10.2.0")).toString()).isEqualTo("{\"convoca\":\"1.0.0\",\"drools\":\"10.2.0\"}");
  }
}
