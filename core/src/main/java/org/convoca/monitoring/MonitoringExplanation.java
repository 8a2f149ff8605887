package org.convoca.monitoring;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.language.Wording;
import org.convoca.proposal.ProposalId;
import org.convoca.value.Money;
import org.convoca.value.VisibleText;

/**
 * One monitored project as plain text: what {@link MonitoringOutcome#explain} returns and
 * {@code convoca monitor --project} prints. Every text taken from the dossier or written by a rule
 * is put on one line with nothing in it that acts on a terminal ({@link #plain}); the rest is the
 * explanation's own words, from the {@code explanation} bundles of this package in the language
 * asked for, with numbers, money and dates as that language writes them, ids and enum names.
 */
final class MonitoringExplanation {

  private static final Pattern BREAKS = Pattern.compile("\r\n|[\r\n\t]");

  private final StringBuilder text = new StringBuilder(4096);

  private static final Messages TEXTS =
      Messages.load("/org/convoca/monitoring/explanation", MonitoringExplanation.class::getResourceAsStream);

  private final Language language;

  private MonitoringExplanation(Language language) {
    this.language = language;
  }

  static String of(MonitoringOutcome outcome, ProposalId id, Language language) {
    ProjectMonitoring p = outcome.project(id).orElseThrow(() -> new IllegalArgumentException(
        "proposal '" + plain(id) + "' is not a monitored project; " + range(outcome.projects())));
    MonitoringExplanation explanation = new MonitoringExplanation(language);
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
    line("  " + say("by", plain(s.government()), s.level().name(), plain(s.jurisdiction()), s.rank(), s.total()));
    line("  " + say("asOf", outcome.asOf(), p.lastReport() == null ? say("none") : p.lastReport(), p.participants()));
    line("");
    line(say("status", p.status().name()));
    p.reasons().forEach(r -> explained(r.status().name(), r.rule(), r.sentence()));
    line("");
    CompletionFinding why = p.completionReason();
    line(say("completion", p.completion().name()));
    if (why != null) {
      explained(why.completion().name(), why.rule(), why.sentence());
    }
    p.commitments().forEach(c -> explained(say("commitment", c.commitment(), c.completion().name()), c.rule(), c.sentence()));
    p.milestones().forEach(m -> explained(say("milestone", plain(m.milestone()), m.completion().name()), m.rule(), m.sentence()));
    line("");
    line(say("results", p.resultsLevel().map(Enum::name).orElseGet(() -> say("notAssessed"))));
    p.results().ifPresent(r -> explained(r.results().name(), r.rule(), r.sentence()));
    line("");
    line(say("recognition", p.recognition().isEmpty() ? say("none")
        : p.recognition().stream().map(Enum::name).collect(Collectors.joining(", "))));
    p.conditions().forEach(c -> explained(c.recognition().name() + " " + plain(c.condition()) + " "
        + say(c.met() ? "met" : "missed"), c.rule(), c.sentence()));
    line("");
    line(say("gaps", p.gaps().isEmpty() ? say("none") : p.gaps().size()));
    p.gaps().forEach(g -> explained(g.milestone() == null ? say("gap.project") : say("gap.milestone", plain(g.milestone())),
        g.rule(), g.sentence()));
    line("");
    Funds f = p.funds();
    line(say("funds", money(f.spent()), money(f.requested()), f.spentShare(), f.completionShare()));
    if (!p.history().isEmpty()) {
      line("");
      line(say("history"));
      for (ProjectSnapshot h : p.history()) {
        line("  " + say("snapshot", h.date(), h.status().name(), h.completion().name(),
            h.results() == null ? say("notAssessed") : h.results().name(), h.funds().spentShare(),
            h.funds().completionShare(), h.participants()));
        h.reasons().forEach(r -> line("      " + plain(r.rule()) + ": " + plain(r.sentence())));
        if (h.narrative() != null) {
          line("      " + say("narrative", plain(h.narrative())));
        }
      }
    }
  }

  private void explained(String what, String rule, String sentence) {
    line("  " + what + "  " + plain(rule));
    line("      " + plain(sentence));
  }

  /** Money as the language writes it, its currency (from the dossier) made plain. */
  private String money(Money money) {
    return plain(Wording.in(language).money(money));
  }

  private String say(String key, Object... args) {
    return TEXTS.format(language, key, args);
  }

  private void line(String line) {
    text.append(line).append('\n');
  }
}
