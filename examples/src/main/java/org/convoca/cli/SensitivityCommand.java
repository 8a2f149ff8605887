package org.convoca.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.review.JuryReview;
import org.convoca.sensitivity.Perturbation;
import org.convoca.sensitivity.SensitivityJson;
import org.convoca.sensitivity.SensitivityReport;
import org.convoca.sensitivity.WeightSensitivity;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convoca sensitivity}: how the selection holds when the criteria weights move. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = {
        "Assesses every proposal of DOSSIER once, then draws the criteria weights N times, each weight multiplied "
            + "by a factor uniform in [1 - P/100, 1 + P/100) and the weights renormalised to their sum as called, 100 or the call's maxTotal (rounded to "
            + "hundredths by the largest remainder), and reruns the weighted totals and the selection (thresholds, "
            + "slots, caps, budget, reserved seats, the jury's overrides) under each draw.",
        "Prints each proposal's selection probability in summary: the stable core (selected in at least 95%% of the "
            + "draws), the marginal proposals (selected in some draws, fewer than 95%%) with the weight that moves each "
            + "most (the one most correlated with its selection), and, with --out, writes sensitivity.json."})
final class SensitivityCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "The dossier, a JSON file.")
  Path dossier;

  @Mixin
  RuleOptions rules;

  @Option(names = "--draws", paramLabel = "N", required = true,
      description = "How many times to draw the weights, from 1 to " + Perturbation.MAX_DRAWS + ".")
  long draws;

  @Option(names = "--spread", paramLabel = "P", required = true,
      description = "How far each weight may move before renormalisation, in percent of itself: more than 0 and "
          + "less than 100, with at most " + Perturbation.MAX_SPREAD_DECIMALS + " digits after the decimal point "
          + "(0.0001 at the finest).")
  String spread;

  @Option(names = "--seed", paramLabel = "S",
      description = "The seed of the draws: the same seed gives the same result, whatever the number of cores. "
          + "Default: ${DEFAULT-VALUE}.")
  long seed = Perturbation.DEFAULT_SEED;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write sensitivity.json here (created if missing), replaced whole or not at all. A second run "
          + "into the same folder at the same time is refused.")
  @Nullable Path out;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    BigDecimal percent = percent(spread);
    List<String> problems = Perturbation.problems(draws, percent);
    if (!problems.isEmpty()) {
      throw new UserError(ExitCodes.INVALID_INPUT, problems.stream().map(problem -> "--" + problem).toList());
    }
    Perturbation perturbation = new Perturbation((int) draws, percent, seed);
    OutcomeFolder folder = out == null ? null : OutcomeFolder.at(out);
    BookAndDossier.Inputs inputs = BookAndDossier.read(rules::ruleBook, () -> DossierArgument.read(dossier));
    Dossier read = inputs.dossier();
    JuryReview review = JuryReview.of(read);
    List<Assessment> assessments = inputs.book().assess(read, review);
    SensitivityReport report = WeightSensitivity.analyse(read, assessments, review, perturbation);
    // The file first: when it cannot be written, the run prints its error and no summary.
    if (folder != null) {
      folder.write(Map.of(SensitivityJson.FILE,
          stream -> OutcomeFolder.writeText(stream, text -> SensitivityJson.write(report, text))));
    }
    SensitivitySummary.print(read.call(), report, spec.commandLine().getOut());
    if (out != null) {
      spec.commandLine().getOut().println("wrote " + out.resolve(SensitivityJson.FILE));
    }
  }

  /**
   * The spread as a number, read here rather than by picocli, whose message for "NaN" or an exponent
   * out of range would be Java's ("Character N is neither…", "Scale out of range.").
   */
  private static BigDecimal percent(String spread) {
    try {
      return new BigDecimal(spread.strip());
    } catch (NumberFormatException e) {
      String cut = spread.length() > 40 ? spread.substring(0, 40) + "…" : spread;
      throw new UserError(ExitCodes.INVALID_INPUT,
          List.of("--spread must be a number of percent, such as 10 or 2.5, was '" + cut + "'"));
    }
  }
}
