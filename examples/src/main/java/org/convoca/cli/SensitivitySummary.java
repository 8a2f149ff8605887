package org.convoca.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.convoca.call.Call;
import org.convoca.language.Wording;
import org.convoca.proposal.ProposalId;
import org.convoca.sensitivity.DrawnWeight;
import org.convoca.sensitivity.MarginalProposal;
import org.convoca.sensitivity.Perturbation;
import org.convoca.sensitivity.ProposalSensitivity;
import org.convoca.sensitivity.SensitivityReport;

/**
 * The readable summary {@code convoca sensitivity} prints, in the user's language, numbers as the
 * language writes them; sensitivity.json holds every proposal.
 */
final class SensitivitySummary {

  /** How many ids of the stable core the summary lists before it says how many more there are. */
  private static final int CORE_LISTED = 30;
  /** How many ids a line lists. */
  private static final int PER_LINE = 10;
  /** How many marginal proposals are listed, most often selected first. */
  private static final int MARGINAL_LISTED = 20;

  private SensitivitySummary() {}

  static void print(Call call, SensitivityReport report, UserText text, PrintWriter out) {
    Perturbation p = report.perturbation();
    Wording wording = text.wording();
    out.println(text.summary("sensitivity.call", Terminal.line(call.name()), String.valueOf(call.edition())));
    // The draws and the seed as the user typed them; the spread and the sum as numbers of the language.
    out.println("  " + text.summary("sensitivity.draws", String.valueOf(p.draws()), p.spread(), call.totalOutOf(),
        String.valueOf(p.seed())));
    out.println("  " + text.summary("sensitivity.weights"));
    for (DrawnWeight w : report.weights()) {
      out.println("    " + text.summary("sensitivity.weight", Columns.left(w.criterion().toString(), 16),
          Columns.right(wording.number(w.asCalled()), 6), w.lowest(), w.highest()));
    }
    long plain = report.proposals().stream().filter(ProposalSensitivity::plainlySelected).count();
    out.println("  " + text.summary("sensitivity.selected", report.meanSelected(), plain));
    out.println("  " + text.summary("sensitivity.core", ProposalSensitivity.STABLE_CORE_PERCENT, report.stableCore().size()));
    listed(report.stableCore(), text).forEach(line -> out.println("    " + line));
    out.println("  " + text.summary(report.marginal().isEmpty() ? "sensitivity.marginal" : "sensitivity.marginal.ordered",
        ProposalSensitivity.STABLE_CORE_PERCENT, report.marginal().size()));
    report.marginal().stream().limit(MARGINAL_LISTED).forEach(m -> out.println("    " + marginal(m, text)));
    if (report.marginal().size() > MARGINAL_LISTED) {
      out.println("    " + text.summary("sensitivity.more", report.marginal().size() - MARGINAL_LISTED));
    }
    long never = report.proposals().stream().filter(s -> s.selectedIn() == 0).count();
    out.println("  " + text.summary("sensitivity.never", never, report.proposals().size()));
  }

  /** The ids, {@link #PER_LINE} to a line, the first {@link #CORE_LISTED} of them, then how many more. */
  private static List<String> listed(List<ProposalId> ids, UserText text) {
    List<String> lines = new ArrayList<>();
    int shown = Math.min(ids.size(), CORE_LISTED);
    for (int from = 0; from < shown; from += PER_LINE) {
      lines.add(String.join(", ", ids.subList(from, Math.min(from + PER_LINE, shown)).stream().map(ProposalId::value)
          .toList()));
    }
    if (ids.size() > shown) {
      lines.add(text.summary("sensitivity.more", ids.size() - shown));
    }
    return lines;
  }

  private static String marginal(MarginalProposal m, UserText text) {
    ProposalSensitivity s = m.proposal();
    BigDecimal r = m.correlation();
    String asCalled = text.summary("sensitivity.as-called");
    String notAsCalled = text.summary("sensitivity.not-as-called");
    int width = Math.max(asCalled.length(), notAsCalled.length());
    return text.summary("sensitivity.proposal", Columns.left(s.id().value(), 10), s.probability(),
        Columns.left(s.plainlySelected() ? asCalled : notAsCalled, width), m.criterion().toString(),
        (r.signum() > 0 ? "+" : "") + text.wording().number(r), m.meanWeightWhenSelected(), m.meanWeightWhenNot());
  }
}
