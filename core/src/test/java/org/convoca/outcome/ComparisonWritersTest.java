package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Test;

/** {@code compare.json} byte for byte against its fixture, and {@code compare.md} with hostile dossier text. */
class ComparisonWritersTest {

  static final String HOSTILE = "<script>alert(1)</script> | [link](http://x) *b* `c`\n# heading";

  private static String json(Comparison comparison) {
    StringWriter out = new StringWriter();
    ComparisonWriters.json(comparison, out);
    return out.toString();
  }

  static String markdown(Comparison comparison) {
    StringWriter out = new StringWriter();
    ComparisonWriters.markdown(comparison, out);
    return out.toString();
  }

  private static Comparison described() {
    return Comparison.of(ComparisonFixtures.base(), ComparisonFixtures.variant())
        .describedBy(List.of("set cocreation.weight=70"), List.of("The weights that no setting names were scaled."));
  }

  @Test
  void writesTheDocumentedFormByteForByte() throws IOException {
    Comparison comparison = described();
    String expected;
    try (InputStream in = getClass().getResourceAsStream("compare-example.json")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // The fingerprints depend on the dossiers' JSON form; they are checked on their own.
    String written = json(comparison).replaceAll("\"[0-9a-f]{64}\"", "\"FINGERPRINT\"");

    assertThat(written).isEqualTo(expected);
    assertThat(Json.mapper().readTree(json(comparison)).get("base").get("fingerprint").asText())
        .isEqualTo(ComparisonFixtures.base().fingerprint());
  }

  @Test
  void writesNumbersAsJsonNumbersAndUnrankedAsNull() throws IOException {
    JsonNode tree = Json.mapper().readTree(json(described()));

    assertThat(tree.get("deltas").get(0).get("totalDelta").isNumber()).isTrue();
    assertThat(tree.get("rankMoves").get(3).get("from").isNull()).isTrue();
    assertThat(tree.fieldNames()).toIterable().containsExactly("formatVersion", "base", "variant", "changes", "notes",
        "entering", "leaving", "decisionChanges", "rankMoves", "deltas", "trackChanges", "labelChanges", "rules",
        "titles");
  }

  @Test
  void escapesHostileTitlesInTheMarkdown() {
    String md = markdown(Comparison.of(ComparisonFixtures.base(), ComparisonFixtures.variant(t -> HOSTILE)));

    assertThat(md).doesNotContain("<script>").doesNotContain("\n# heading").doesNotContain("[link](")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\[link\\](http://x) \\*b\\* \\`c\\` # heading");
    assertThat(md.lines().filter(line -> line.startsWith("| P-4 |"))).allSatisfy(row ->
        assertThat(row.split("(?<!\\\\)\\|", -1)).hasSizeGreaterThanOrEqualTo(4));
  }

  @Test
  void escapesHostileChangesAndNotesInTheMarkdown() {
    String md = markdown(Comparison.of(ComparisonFixtures.base(), ComparisonFixtures.variant())
        .describedBy(List.of("set parameters.x=<img src=x onerror=alert(1)>"), List.of("## not a heading")));

    assertThat(md).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("- Note: \\## not a heading");
  }

  @Test
  void saysSoWhenNothingChanges() {
    String md = markdown(Comparison.of(ComparisonFixtures.base(), ComparisonFixtures.base()));

    assertThat(md).contains("Nothing changes").doesNotContain("## Entering");
  }

  @Test
  void saysTheOutcomesDifferWhenTheFingerprintsDoThoughNothingListedChanges() {
    Comparison same = Comparison.of(ComparisonFixtures.base(), ComparisonFixtures.base());
    Comparison unlisted = new Comparison(same.base(), new Comparison.Side("f".repeat(64), 5, 3, List.of()),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        same.titles(), same.language());

    assertThat(unlisted.unchanged()).isTrue();
    assertThat(unlisted.sameOutcome()).isFalse();
    assertThat(markdown(unlisted)).doesNotContain("Nothing changes").contains("The outcomes differ (their fingerprints do)");
  }
}
