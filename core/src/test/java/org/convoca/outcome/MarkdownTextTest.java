package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void turnsHtmlIntoText() {
    assertThat(MarkdownText.escape("<script>alert('x')</script> & <img src=x onerror=alert(1)>"))
        .isEqualTo("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void keepsTextOnOneLine() {
    assertThat(MarkdownText.escape("Call 2021\n# Injected\r\n\rheading\n")).isEqualTo("Call 2021 # Injected  heading");
  }

  @Test
  void keepsPipesLinksAndInlineMarkupLiteral() {
    assertThat(MarkdownText.escape("a | b [x](http://e.example) ![i](y) `c` *d* _e_ ~~f~~ $g$ \\h"))
        .isEqualTo("a \\| b \\[x\\](http://e.example) !\\[i\\](y) \\`c\\` \\*d\\* \\_e\\_ \\~\\~f\\~\\~ \\$g\\$ \\\\h");
  }

  @Test
  void escapesWhatWouldStartABlockAtTheStartOfAListItem() {
    assertThat(MarkdownText.escape("# heading")).isEqualTo("\\# heading");
    assertThat(MarkdownText.escape("  ## heading")).isEqualTo("\\## heading");
    assertThat(MarkdownText.escape("- item")).isEqualTo("\\- item");
    assertThat(MarkdownText.escape("+ item")).isEqualTo("\\+ item");
    assertThat(MarkdownText.escape("===")).isEqualTo("\\===");
    assertThat(MarkdownText.escape("12. item")).isEqualTo("12\\. item");
    assertThat(MarkdownText.escape("3)")).isEqualTo("3\\)");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    assertThat(MarkdownText.escape("P-02")).isEqualTo("P-02");
    assertThat(MarkdownText.escape("2.5 points (a fifth of the request), C# and R-2")).isEqualTo("2.5 points (a fifth of the request), C# and R-2");
    assertThat(MarkdownText.escape("Ciudad Autónoma de Buenos Aires: \"datos abiertos\"")).isEqualTo("Ciudad Autónoma de Buenos Aires: \"datos abiertos\"");
  }
}
