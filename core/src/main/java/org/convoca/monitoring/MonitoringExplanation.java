package org.convoca.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.convoca.proposal.ProposalId;
import org.convoca.value.VisibleText;

/**
 * One monitored project as plain text: what {@link MonitoringOutcome#explain} returns and
 * {@code convoca monitor --project} prints. Every text taken from the dossier or written by a rule
 * is put on one line with nothing in it that acts on a terminal ({@link #plain}); the rest is the
 * explanation's own words, numbers, ids and enum names.
 */
final class MonitoringExplanation {

  private static final Pattern BREAKS = Pattern.compile("\r\n|[\r\n\t]");

  private final StringBuilder text = new StringBuilder(4096);

  private MonitoringExplanation() {}

  static String of(MonitoringOutcome outcome, ProposalId id) {
    ProjectMonitoring p = outcome.project(id).orElseThrow(() -> new IllegalArgumentException(
        "proposal '" + plain(id) + "' is not a monitored project; " + range(outcome.projects())));
    MonitoringExplanation explanation = new MonitoringExplanation();
    explanation.write(outcome, p);
    return explanation.text.toString();
  }

  /** {@code text} on one line: tabs and line breaks become spaces, and what acts on a terminal is written visibly. */
  static String plain(Object text) {
    return VisibleText.of(BREAKS.matcher(String.valueOf(text)).replaceAll(" "));
  }

  private static String range(List<ProjectMonitoring> projects) {
    return projects.isEmpty() ? "none was selected"
        : "the selected projects are " + projects.stream().map(p -> plain(p.proposal())).collect(Collectors.joining(", "));
  }

  private void write(MonitoringOutcome outcome, ProjectMonitoring p) {
    SelectionContext s = p.selection();
    line(plain(p.proposal()) + " " + plain(s.title()));
    line("  by " + plain(s.government()) + " (" + s.level() + ", " + plain(s.jurisdiction()) + "), selected with rank "
        + s.rank() + " and total " + s.total().toPlainString());
    line("  as of " + outcome.asOf() + "; last report " + (p.lastReport() == null ? "none" : p.lastReport().toString())
        + "; participants reached " + p.participants());
    line("");
    line("Status: " + p.status());
    p.reasons().forEach(r -> explained(r.status().name(), r.rule(), r.sentence()));
    line("");
    CompletionFinding why = p.completionReason();
    line("Completion: " + p.completion());
    if (why != null) {
      explained(why.completion().name(), why.rule(), why.sentence());
    }
    p.commitments().forEach(c -> explained("commitment " + c.commitment() + ": " + c.completion(), c.rule(), c.sentence()));
    p.milestones().forEach(m -> explained("milestone " + plain(m.milestone()) + ": " + m.completion(), m.rule(), m.sentence()));
    line("");
    line("Results: " + p.resultsLevel().map(Enum::name).orElse("not assessed"));
    p.results().ifPresent(r -> explained(r.results().name(), r.rule(), r.sentence()));
    line("");
    line("Recognition: " + (p.recognition().isEmpty() ? "none"
        : p.recognition().stream().map(Enum::name).collect(Collectors.joining(", "))));
    p.conditions().forEach(c -> explained(c.recognition() + " " + plain(c.condition()) + " " + (c.met() ? "met" : "MISSED"),
        c.rule(), c.sentence()));
    line("");
    line("Documentation gaps: " + (p.gaps().isEmpty() ? "none" : String.valueOf(p.gaps().size())));
    p.gaps().forEach(g -> explained(g.milestone() == null ? "project" : "milestone " + plain(g.milestone()), g.rule(),
        g.sentence()));
    line("");
    Funds f = p.funds();
    line("Funds: spent " + money(f.spent().amount(), f.spent().currency()) + " of "
        + money(f.requested().amount(), f.requested().currency()) + " requested (" + f.spentShare().toPlainString()
        + "%), completion " + f.completionShare().toPlainString() + "%");
    if (!p.history().isEmpty()) {
      line("");
      line("History");
      for (ProjectSnapshot h : p.history()) {
        line("  " + h.date() + "  " + h.status() + ", completion " + h.completion() + ", results "
            + (h.results() == null ? "not assessed" : h.results().name()) + ", spent " + h.funds().spentShare().toPlainString()
            + "%, completion " + h.funds().completionShare().toPlainString() + "%, participants " + h.participants());
        h.reasons().forEach(r -> line("      " + plain(r.rule()) + ": " + plain(r.sentence())));
        if (h.narrative() != null) {
          line("      The report says: " + plain(h.narrative()));
        }
      }
    }
  }

  private void explained(String what, String rule, String sentence) {
    line("  " + what + "  " + plain(rule));
    line("      " + plain(sentence));
  }

  private static String money(BigDecimal amount, String currency) {
    return plain(currency) + " " + amount.toPlainString();
  }

  private void line(String line) {
    text.append(line).append('\n');
  }
}
