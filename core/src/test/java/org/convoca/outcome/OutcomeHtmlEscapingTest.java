package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import org.convoca.call.Normalisation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Dossier text in the HTML report is text, never markup: a hostile dossier (titles, names, reasons,
 * override reasons, tie sentences, notes and the jury's conflict reasons carrying a script, an image
 * with an event handler, quotes that would close an attribute, a terminal escape) adds no element or
 * attribute to the page, and reads back as it was written, with the terminal escape written out.
 */
class OutcomeHtmlEscapingTest {

  static final String HOSTILE = "<script>alert(1)</script> \"quoted\" 'single' \"><img src=x onerror=alert(2)>"
      + " </td></tr></table><b onmouseover=alert(3)>bold</b> & &amp; \u001B[31mred\u001B[0m ${x} @if(true)";
  /** What a reader sees: the same text, with ESC written out. */
  static final String SHOWN = HOSTILE.replace("\u001B", "\\u001B");

  private final String html = OutcomeHtmlTest.html(HostileOutcomes.with(HOSTILE));
  private final Document page = Jsoup.parse(html);

  @Test
  void addsNoScriptImageOrEventHandlerFromTheDossier() {
    assertAddsNothingFromTheDossier(html);
  }

  /** Asserts that the page {@code html} has no script, image, bold text, event handler or terminal escape. */
  static void assertAddsNothingFromTheDossier(String html) {
    Document page = Jsoup.parse(html);
    assertThat(page.select("script, img, b, iframe")).isEmpty();
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on");
        assertThat(a.getValue()).as(e.tagName() + "@" + a.getKey()).doesNotContain("alert(");
      }
    }
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("\u001B");
  }

  @Test
  void readsBackEveryHostileTextAsItWasWritten() {
    assertThat(page.selectFirst("h1").text()).isEqualTo(SHOWN);
    assertThat(page.title()).isEqualTo(SHOWN + " — outcome");
    for (Element article : page.select("article.proposal")) {
      assertThat(article.selectFirst("h3").ownText()).isEqualTo(SHOWN);
      assertThat(article.selectFirst(".who").text()).startsWith(SHOWN + " · ");
      assertThat(article.select("details td").eachText()).contains(SHOWN);
    }
    assertThat(page.getElementById("_overrides").select("tbody td").eachText()).contains(SHOWN);
    assertThat(page.getElementById("_ties").select("tbody td").eachText()).contains(SHOWN);
    assertThat(page.getElementById("_summary").select("li").eachText()).contains(SHOWN);
  }

  @Test
  void keepsTheJurysHostileReasonsAsText() {
    Document jury = Jsoup.parse(OutcomeHtmlTest.html(JuryPanelOutcomes.outcome(JuryPanelOutcomes.dossier(
        JuryPanelOutcomes.policy(Normalisation.ADDITIVE), HOSTILE), HOSTILE)));

    assertThat(jury.select("script, img, b")).isEmpty();
    assertThat(jury.getElementById("_jury").select("tbody td").eachText())
        .contains("J-4 declared a conflict with P-04: " + SHOWN + " employs J-4's spouse");
  }
}
