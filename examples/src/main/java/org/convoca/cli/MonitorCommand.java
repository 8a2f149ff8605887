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
@Command(name = "monitor", mixinStandardHelpOptions = true)
final class MonitorCommand implements Runnable {

  /** The files {@code --out} writes, each with how it is written. */
  static final Map<String, BiConsumer<MonitoringOutcome, Writer>> FILES = files();

  @Parameters(index = "0", paramLabel = "DOSSIER")
  Path dossier;

  @Option(names = "--as-of", paramLabel = "DATE", required = true)
  String asOf;

  @Option(names = "--project", paramLabel = "PROPOSAL_ID")
  String project;

  @Option(names = "--out", paramLabel = "DIR")
  Path out;

  @Mixin
  RuleOptions rules;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    LocalDate date = date();
    if (project != null && !DossierSchema.isId(project)) { // never echoed: it may hold control characters
      throw UserError.invalidInput("id.must", "--project");
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
    UserText text = UserText.of(spec);
    if (project != null) {
      spec.commandLine().getOut().print(outcome.explain(ProposalId.of(project), read.call().writtenIn()));
    } else {
      MonitoringSummary.print(outcome, text, spec.commandLine().getOut());
    }
    if (folder != null) {
      FILES.keySet().forEach(file -> spec.commandLine().getOut().println(text.summary("wrote", out.resolve(file))));
    }
  }

  private LocalDate date() {
    try {
      return LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw UserError.invalidInput("monitor.as-of", asOf);
    }
  }

  private void checkMonitored(Dossier read, MonitoringOutcome outcome, ProposalId id) {
    if (outcome.project(id).isPresent()) {
      return;
    }
    UserError.Line monitored = outcome.projects().isEmpty() ? UserError.Line.of("monitor.none-selected")
        : UserError.Line.of("monitor.selected", outcome.projects().stream().map(p -> p.proposal().value())
            .collect(Collectors.joining(", ")));
    boolean known = read.proposals().stream().anyMatch(p -> p.id().equals(id));
    throw known ? UserError.invalidInput("monitor.not-selected", project, monitored)
        : UserError.invalidInput("monitor.not-a-proposal", project, dossier, monitored);
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
