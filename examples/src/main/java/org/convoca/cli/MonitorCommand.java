package org.convoca.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierSchema;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.outcome.MonitoringWriters;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convoca monitor}: where the selected projects' implementation stands as of a date. It
 * prints a summary, or one project's explanation, and with {@code --out} writes monitoring.json,
 * monitoring.csv and monitoring.md all or nothing.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true,
    description = "Monitors the selected projects of DOSSIER as of a date: each project's implementation status, "
        + "completion, early results, recognitions and documentation gaps, from its progress reports and the jury's "
        + "results assessments. Prints a summary, or with --project one project's explanation, and with --out writes "
        + "monitoring.json, monitoring.csv and monitoring.md.")
final class MonitorCommand implements Runnable {

  /** The files {@code --out} writes, each with how it is written. */
  static final Map<String, BiConsumer<MonitoringOutcome, Writer>> FILES = files();

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "The dossier, a JSON file.")
  Path dossier;

  @Option(names = "--as-of", paramLabel = "DATE", required = true,
      description = "The monitoring date, as YYYY-MM-DD: progress reports and results assessments up to it count, "
          + "and one dated after it is an error.")
  String asOf;

  @Option(names = "--project", paramLabel = "PROPOSAL_ID",
      description = "Explain this selected project instead of printing the summary: its status and reasons, "
          + "completion per commitment and milestone, results, recognition conditions, gaps, funds and history.")
  String project;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write monitoring.json, monitoring.csv and monitoring.md here (created if missing), all together "
          + "or not at all.")
  Path out;

  @Mixin
  RuleOptions rules;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    LocalDate date = date();
    if (project != null && !DossierSchema.isId(project)) { // never echoed: it may hold control characters
      throw UserError.invalidInput("--project must " + DossierSchema.ID_RULE);
    }
    OutcomeFolder folder = out == null ? null : OutcomeFolder.at(out);
    Dossier read = DossierArgument.read(dossier);
    MonitoringOutcome outcome = Convoca.with(rules.monitoringRuleBook()).monitor(read, date);
    if (project != null) {
      checkMonitored(read, outcome, ProposalId.of(project));
    }
    // The files first: when they cannot be written, the run prints its error and nothing else.
    if (folder != null) {
      folder.write(render(outcome));
    }
    if (project != null) {
      spec.commandLine().getOut().print(outcome.explain(ProposalId.of(project), read.call().writtenIn()));
    } else {
      MonitoringSummary.print(outcome, spec.commandLine().getOut());
    }
    if (folder != null) {
      FILES.keySet().forEach(file -> spec.commandLine().getOut().println("wrote " + out.resolve(file)));
    }
  }

  private LocalDate date() {
    try {
      return LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw UserError.invalidInput("--as-of must be a calendar day written YYYY-MM-DD, such as 2022-12-31; was '"
          + asOf + "'");
    }
  }

  private void checkMonitored(Dossier read, MonitoringOutcome outcome, ProposalId id) {
    if (outcome.project(id).isPresent()) {
      return;
    }
    String monitored = outcome.projects().isEmpty() ? "no proposal was selected"
        : "the selected projects are " + outcome.projects().stream().map(p -> p.proposal().value())
            .collect(Collectors.joining(", "));
    boolean known = read.proposals().stream().anyMatch(p -> p.id().equals(id));
    throw UserError.invalidInput("--project " + project + (known ? " was not selected, so it is not monitored; "
        : " is not a proposal of " + dossier + "; ") + monitored);
  }

  /** Each file's name and how to write it, straight to its staged file ({@link OutcomeFolder}). */
  private static Map<String, OutcomeFolder.Content> render(MonitoringOutcome outcome) {
    Map<String, OutcomeFolder.Content> files = new LinkedHashMap<>();
    FILES.forEach((name, writer) -> files.put(name, stream -> OutcomeFolder.writeText(stream, text -> writer.accept(outcome, text))));
    return files;
  }

  private static Map<String, BiConsumer<MonitoringOutcome, Writer>> files() {
    Map<String, BiConsumer<MonitoringOutcome, Writer>> files = new LinkedHashMap<>();
    files.put("monitoring.json", MonitoringWriters::json);
    files.put("monitoring.csv", MonitoringWriters::csv);
    files.put("monitoring.md", MonitoringWriters::markdown);
    return Collections.unmodifiableMap(files);
  }
}
