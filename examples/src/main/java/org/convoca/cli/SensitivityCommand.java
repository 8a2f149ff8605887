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
@Command(name = "sensitivity", mixinStandardHelpOptions = true)
final class SensitivityCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "DOSSIER")
  Path dossier;

  @Mixin
  RuleOptions rules;

  @Option(names = "--draws", paramLabel = "N", required = true)
  long draws;

  @Option(names = "--spread", paramLabel = "P", required = true)
  String spread;

  @Option(names = "--seed", paramLabel = "S")
  long seed = Perturbation.DEFAULT_SEED;

  @Option(names = "--out", paramLabel = "DIR")
  @Nullable Path out;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    BigDecimal percent = percent(spread);
    List<String> problems = Perturbation.problems(draws, percent);
    if (!problems.isEmpty()) {
      throw UserError.invalidInput(problems.stream().map(problem -> "--" + problem).toList());
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
    UserText text = UserText.of(spec);
    SensitivitySummary.print(read.call(), report, text, spec.commandLine().getOut());
    if (out != null) {
      spec.commandLine().getOut().println(text.summary("wrote", out.resolve(SensitivityJson.FILE)));
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
      throw UserError.invalidInput("sensitivity.spread", cut);
    }
  }
}
