package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report with hostile text in every field a dossier or rule book fills: the text must read as
 * written and must not add HTML, headings, list items, links or table cells.
 */
class OutcomeMarkdownTest {

  static final String HOSTILE = "# Heading\n## Injected <script>alert(1)</script> | forged cell |"
      + " [click](http://evil.example) ![x](http://evil.example/x.png) `code` **bold** &amp; \\| _u_\n- bullet\n1. item";
  private static final List<String> SECTIONS = List.of("## Summary", "## Selected", "## Waitlist", "## Not selected",
      "## Jury review incomplete", "## Below threshold", "## Ineligible", "## Jury overrides", "## Ties broken", "## Tracks",
      "## Jury", "## Fingerprint");

  private final String md = markdown(HostileOutcomes.with(HOSTILE));

  @Test
  void letsNoHtmlIntoTheReport() {
    assertThat(md).doesNotContain("<").doesNotContain(">").contains("&lt;script&gt;");
  }

  @Test
  void makesNoHeadingOutOfTheCallNameOrAnyText() {
    List<String> headings = md.lines().filter(l -> l.startsWith("#")).toList();

    assertThat(headings).hasSize(SECTIONS.size() + 1);
    assertThat(headings.get(0)).startsWith("# \\# Heading ## Injected").endsWith(" — outcome");
    assertThat(headings.subList(1, headings.size())).containsExactlyElementsOf(SECTIONS);
  }

  @Test
  void addsNoCellToATableRow() {
    List<String> proposalRows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Rank")
        && !l.matches("\\| AR-[A-Z] \\|.*") && !l.startsWith("| Jurisdiction")).toList();

    assertThat(proposalRows).hasSize(12).allSatisfy(row -> assertThat(unescaped(row, '|')).isEqualTo(8));
  }

  @Test
  void addsNoLinkImageOrListItem() {
    assertThat(unescaped(md, '[')).isZero();
    assertThat(unescaped(md, ']')).isZero();
    assertThat(unescaped(md, '`')).isEqualTo(2);
    assertThat(md.lines().filter(l -> l.startsWith("- ")).map(l -> l.substring(2)))
        .isNotEmpty().noneMatch(item -> item.matches("([#+=-]|\\d+[.)]).*"));
  }

  @Test
  void keepsEveryTextAsWrittenOnOneLine() {
    String asWritten = HOSTILE.replace('\n', ' ');
    String read = unescape(md);

    assertThat(read).contains("| P-01 " + asWritten + " | " + asWritten + " | AR-X | 90 | SELECTED_BY_MERIT |");
    assertThat(read).contains("# " + asWritten + " — outcome");
    assertThat(read).contains("- " + asWritten + "\n");
    assertThat(read.lines().filter(l -> l.equals("- " + asWritten))).hasSize(1 + outcomeTies());
    assertThat(read).contains("Excluded by decision of " + asWritten + " on June 10, 2021: " + asWritten + ".");
  }

  @Test
  void looksEachProposalUpOnce() {
    assertThat(markdown(OutcomeFixtures.workedExampleOutcome())).contains("| 4 | P-03 Proposal P-03 |");
  }

  private int outcomeTies() {
    return HostileOutcomes.with(HOSTILE).selection().ties().size();
  }

  static String markdown(CallOutcome outcome) {
    StringWriter out = new StringWriter();
    OutcomeWriters.markdown(outcome, out);
    return out.toString();
  }

  /** How many times {@code c} occurs without a backslash escaping it. */
  static long unescaped(String md, char c) {
    long count = 0;
    for (int i = 0; i < md.length(); i++) {
      if (md.charAt(i) == '\\') {
        i++;
      } else if (md.charAt(i) == c) {
        count++;
      }
    }
    return count;
  }

  /** The text a CommonMark renderer shows for the escapes {@link MarkdownText} uses. */
  static String unescape(String md) {
    return md.replaceAll("\\\\(\\p{Punct})", "$1").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
