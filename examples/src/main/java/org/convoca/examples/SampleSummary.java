package org.convoca.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convoca.call.Call;
import org.convoca.call.PrimaryTheme;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.dossier.InvalidDossierException;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.government.GovernmentLevel;
import org.convoca.government.JurisdictionCode;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.Theme;
import org.convoca.value.Money;

/**
 * Prints a readable summary of a dossier: the call, how many proposals came from which level and
 * jurisdiction, their themes, the jury and the funding requested.
 *
 * <p>Run it with no argument to summarise the bundled federal call sample, or with the path of a
 * dossier file: {@code java -cp examples/target/convoca/lib/convoca.jar org.convoca.examples.SampleSummary
 * [dossier.json]}.
 */
public final class SampleSummary {

  private SampleSummary() {}

  /**
   * Summarises the dossier at {@code args[0]}, or the bundled sample when there is no argument.
   * Exits with status 1, listing every problem, when the dossier is not valid.
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * What {@link #main} does, writing to {@code out} and {@code err} instead of the console.
   *
   * @return 0 when the summary was printed, 1 when the dossier is not valid (its problems go to
   *     {@code err})
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Dossier dossier;
    try {
      // 1. Load the dossier: the reader checks it and lists every problem it finds.
      dossier = args.length == 0 ? BundledSamples.federalCall2021() : DossierReader.standard().read(Path.of(args[0]));
    } catch (InvalidDossierException e) {
      err.println("The dossier has " + e.problems().size() + " problem(s):");
      e.problems().forEach(p -> err.println("  " + p));
      return 1;
    }
    // 2. Summarise it and show the summary.
    out.print(summarise(dossier));
    out.flush();
    return 0;
  }

  /** The summary of {@code dossier} as lines of text, the same text for the same dossier. */
  public static String summarise(Dossier dossier) {
    Call call = dossier.call();
    Map<GovernmentId, Government> governments =
        dossier.governments().stream().collect(Collectors.toMap(Government::id, Function.identity()));
    Map<JurisdictionCode, String> provinceNames = new TreeMap<>();
    dossier.governments().stream()
        .filter(g -> g.level() == GovernmentLevel.PROVINCIAL)
        .forEach(g -> provinceNames.put(g.jurisdiction(), g.name()));

    StringBuilder out = new StringBuilder();
    line(out, "%s (%s), edition %d", call.name(), call.id(), call.edition());
    line(out, "Submissions from %s to %s; implementation %s to %s", call.submissionWindow().opens(),
        call.submissionWindow().closes(), call.implementationWindow().start(), call.implementationWindow().end());
    line(out, "Selection: %d slots, funding ceiling %s per proposal%s", call.policy().slots(),
        amount(call.fundingCeiling()), call.tracks().stream()
            .map(t -> ", " + t.name() + " track " + t.places() + (t.places() == 1 ? " place" : " places")).collect(Collectors.joining()));
    line(out, "");

    long applicants = dossier.proposals().stream().map(Proposal::applicant).distinct().count();
    line(out, "Proposals: %d from %d governments", dossier.proposals().size(), applicants);
    line(out, "By level:");
    counts(dossier, p -> governments.get(p.applicant()).level()).forEach((level, n) -> line(out, "  %-12s %4d", level, n));
    Map<JurisdictionCode, Long> byJurisdiction = counts(dossier, p -> governments.get(p.applicant()).jurisdiction());
    line(out, "By jurisdiction (%d):", byJurisdiction.size());
    byJurisdiction.forEach((code, n) ->
        line(out, "  %-6s %-34s %4d", code, provinceNames.getOrDefault(code, ""), n));
    line(out, "By theme (a proposal may name several; its primary theme is the first of them that the call names):");
    Map<Theme, Long> primary = dossier.proposals().stream().flatMap(p -> PrimaryTheme.of(p, call).stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    Map<Theme, Long> any = new TreeMap<>(dossier.proposals().stream().flatMap(p -> p.themes().stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
    any.forEach((theme, n) -> line(out, "  %-24s %4d as primary, %4d in all", theme, primary.getOrDefault(theme, 0L), n));
    line(out, "");

    line(out, "Jury: %d jurors, %d scores", dossier.jury().jurors().size(), dossier.jury().scores().size());
    BigDecimal requested = dossier.proposals().stream()
        .map(p -> p.funding().requested().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    long aboveCeiling = dossier.proposals().stream()
        .filter(p -> p.funding().requested().compareTo(call.fundingCeiling()) > 0).count();
    line(out, "Requested funding: %s in total, %d proposal(s) above the ceiling",
        amount(new Money(requested, call.fundingCeiling().currency())), aboveCeiling);
    return out.toString();
  }

  private static <K extends Comparable<K>> Map<K, Long> counts(Dossier dossier, Function<Proposal, K> key) {
    return new TreeMap<>(dossier.proposals().stream().collect(Collectors.groupingBy(key, Collectors.counting())));
  }

  private static String amount(Money money) {
    return money.currency() + " " + String.format(Locale.ROOT, "%,.0f", money.amount());
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
