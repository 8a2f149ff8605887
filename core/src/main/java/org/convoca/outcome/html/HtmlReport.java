package org.convoca.outcome.html;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.WriterOutput;
import java.io.Writer;
import org.convoca.outcome.CallOutcome;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS and SVG, no script, nothing
 * loaded from elsewhere) with the summary, the charts and the table behind each, and every proposal
 * with its decision and trail, written in the call's language ({@code Call.writtenIn()}). Not API:
 * use {@link org.convoca.outcome.OutcomeWriters#html}.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /**
   * Writes the page of {@code outcome} to {@code out}, which is neither flushed nor closed.
   *
   * @param outcome the outcome to show
   * @param out where to write the page
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(CallOutcome outcome, Writer out) {
    // The templates are compiled to this package at build time: no template is read, parsed or
    // loaded by name at run time. The OWASP output checks the policy jte's compiler applies.
    JtereportGenerated.render(new OwaspHtmlTemplateOutput(new WriterOutput(out)), null, ReportViews.of(outcome));
  }
}
