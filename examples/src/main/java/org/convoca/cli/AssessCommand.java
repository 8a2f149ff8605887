package org.convoca.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.CsvOptions;
import org.convoca.outcome.OutcomeWriters;
import org.convoca.rules.Convoca;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code convoca assess}: assesses and selects, prints a summary in the user's language, writes the
 * outcome files in the call's.
 */
@Command(name = "assess", mixinStandardHelpOptions = true)
final class AssessCommand implements Runnable {

  /** The awards CSV, one row per award, which the csv format writes beside outcome.csv. */
  static final String AWARDS_CSV = "outcome-awards.csv";

  /** The outcome formats and the files each is written to. */
  enum Format {
    json("outcome.json"), csv("outcome.csv", AWARDS_CSV), md("report.md"), html("report.html");

    final List<String> files;

    Format(String... files) {
      this.files = List.of(files);
    }
  }

  @Parameters(index = "0", paramLabel = "DOSSIER")
  Path dossier;

  @Mixin
  RuleOptions rules;

  @Option(names = "--out", paramLabel = "DIR")
  Path out;

  @Option(names = "--csv-bom")
  boolean csvBom;

  @Option(names = "--format", paramLabel = "FORMAT")
  Set<Format> formats = EnumSet.noneOf(Format.class);

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    if (!formats.isEmpty() && out == null) {
      throw UserError.invalidInput("assess.format-needs-out");
    }
    if (csvBom && (out == null || !wanted().contains(Format.csv))) {
      throw UserError.invalidInput("assess.bom-needs-csv");
    }
    OutcomeFolder folder = out == null ? null : OutcomeFolder.at(out);
    UserText text = UserText.of(spec);
    CallOutcome outcome = decide(text);
    // The files first: when they cannot be written, the run prints its error and no summary.
    if (folder != null) {
      folder.write(render(outcome));
    }
    OutcomeSummary.print(outcome, text, spec.commandLine().getOut());
    if (folder != null) {
      wanted().forEach(format -> format.files.forEach(
          file -> spec.commandLine().getOut().println(text.summary("wrote", out.resolve(file)))));
    }
  }

  /**
   * The outcome of the dossier with the rule book. The dossier is read and decided here, not in
   * {@link #run}, so that it can be collected once decided: the writers need only the outcome, which
   * keeps the proposals but not the people, course completions and jury scores the dossier holds
   * beside them. Measured while the files were written (issue 11, fifth round): 10,000 proposals
   * held 75 MB of live heap against 81 MB, and 100,000 in {@code -Xmx1g} about 690 MB after a young
   * collection against 750 MB; the processor time did not change measurably (95 s in both).
   */
  private CallOutcome decide(UserText text) {
    BookAndDossier.Inputs inputs = BookAndDossier.read(rules::ruleBook, () -> DossierArgument.read(dossier));
    inputs.warnAboutCall(spec.commandLine().getErr(), text);
    return Convoca.with(inputs.book()).decide(inputs.dossier());
  }

  private Set<Format> wanted() {
    return formats.isEmpty() ? EnumSet.allOf(Format.class) : formats;
  }

  /**
   * Each file's name and how to write it. Each is written straight to its staged file, never held
   * whole in memory; a failure part way leaves the folder's outcome files as they were
   * ({@link OutcomeFolder}).
   */
  private Map<String, OutcomeFolder.Content> render(CallOutcome outcome) {
    CsvOptions csv = csvBom ? CsvOptions.standard().withByteOrderMark() : CsvOptions.standard();
    Map<String, OutcomeFolder.Content> files = new LinkedHashMap<>();
    for (Format format : wanted()) {
      for (String file : format.files) {
        Consumer<Writer> write = switch (format) {
          case json -> text -> OutcomeWriters.json(outcome, text);
          case csv -> file.equals(AWARDS_CSV) ? text -> OutcomeWriters.awardsCsv(outcome, text, csv)
              : text -> OutcomeWriters.csv(outcome, text, csv);
          case md -> text -> OutcomeWriters.markdown(outcome, text);
          case html -> text -> OutcomeWriters.html(outcome, text);
        };
        files.put(file, stream -> OutcomeFolder.writeText(stream, write));
      }
    }
    return files;
  }
}
