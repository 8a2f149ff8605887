package org.convoca.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.convoca.call.Call;
import org.convoca.proposal.ProposalId;
import org.convoca.sensitivity.DrawnWeight;
import org.convoca.sensitivity.MarginalProposal;
import org.convoca.sensitivity.Perturbation;
import org.convoca.sensitivity.ProposalSensitivity;
import org.convoca.sensitivity.SensitivityReport;

/** The readable summary {@code convoca sensitivity} prints; sensitivity.json holds every proposal. */
final class SensitivitySummary {

  /** How many ids of the stable core the summary lists before it says how many more there are. */
  private static final int CORE_LISTED = 30;
  /** How many ids a line lists. */
  private static final int PER_LINE = 10;
  /** How many marginal proposals are listed, most often selected first. */
  private static final int MARGINAL_LISTED = 20;

  private SensitivitySummary() {}

  static void print(Call call, SensitivityReport report, PrintWriter out) {
    Perturbation p = report.perturbation();
    out.println(Terminal.line(call.name()) + " (edition " + call.edition() + "): weight sensitivity");
    out.printf("  %d draws, each weight moved by up to %s%% and renormalised to %s, seed %d%n", p.draws(),
        p.spread().toPlainString(), call.totalOutOf().toPlainString(), p.seed());
    out.println("  weights as called (lowest to highest drawn):");
    for (DrawnWeight w : report.weights()) {
      out.printf("    %-16s %6s (%s to %s)%n", w.criterion(), w.asCalled().toPlainString(), w.lowest().toPlainString(),
          w.highest().toPlainString());
    }
    long plain = report.proposals().stream().filter(ProposalSensitivity::plainlySelected).count();
    out.printf("  selected per draw: %s on average; the call's own weights select %d%n",
        report.meanSelected().toPlainString(), plain);
    out.printf("  stable core (selected in at least %d%% of the draws): %d%n", ProposalSensitivity.STABLE_CORE_PERCENT,
        report.stableCore().size());
    listed(report.stableCore()).forEach(line -> out.println("    " + line));
    out.printf("  marginal (selected in some draws, fewer than %d%%): %d%s%n", ProposalSensitivity.STABLE_CORE_PERCENT,
        report.marginal().size(), report.marginal().isEmpty() ? "" : ", most often selected first");
    report.marginal().stream().limit(MARGINAL_LISTED).forEach(m -> out.println("    " + marginal(m)));
    if (report.marginal().size() > MARGINAL_LISTED) {
      out.println("    and " + (report.marginal().size() - MARGINAL_LISTED) + " more in sensitivity.json");
    }
    long never = report.proposals().stream().filter(s -> s.selectedIn() == 0).count();
    out.printf("  never selected: %d of %d proposals%n", never, report.proposals().size());
  }

  /** The ids, {@link #PER_LINE} to a line, the first {@link #CORE_LISTED} of them, then how many more. */
  private static List<String> listed(List<ProposalId> ids) {
    List<String> lines = new ArrayList<>();
    int shown = Math.min(ids.size(), CORE_LISTED);
    for (int from = 0; from < shown; from += PER_LINE) {
      lines.add(String.join(", ", ids.subList(from, Math.min(from + PER_LINE, shown)).stream().map(ProposalId::value)
          .toList()));
    }
    if (ids.size() > shown) {
      lines.add("and " + (ids.size() - shown) + " more in sensitivity.json");
    }
    return lines;
  }

  private static String marginal(MarginalProposal m) {
    ProposalSensitivity s = m.proposal();
    BigDecimal r = m.correlation();
    return String.format("%-10s %s  %-22s moved most by %s (correlation %s%s; mean weight %s when selected, %s when not)",
        s.id().value(), s.probability().toPlainString(), s.plainlySelected() ? "selected as called" : "not selected as called",
        m.criterion(), r.signum() > 0 ? "+" : "", r.toPlainString(), m.meanWeightWhenSelected().toPlainString(),
        m.meanWeightWhenNot().toPlainString());
  }
}
