package org.convoca.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convoca.dossier.Dossier;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.jury.assignment.Violation;
import org.convoca.outcome.AssignmentWriters;
import org.convoca.review.PanelAssignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code convoca assign}: assigns the dossier's jurors to its proposals, or checks the assignment
 * the dossier records.
 */
@Command(name = "assign", mixinStandardHelpOptions = true)
final class AssignCommand implements Callable<Integer> {

  /** The file the assignment is written to, in the shape of a dossier's {@code jury.assignments} and more. */
  static final String ASSIGNMENT_JSON = "assignment.json";
  /** The file the readable summary is written to. */
  static final String ASSIGNMENT_MD = "assignment.md";

  @Parameters(index = "0", paramLabel = "DOSSIER")
  Path dossier;

  @Option(names = "--out", paramLabel = "DIR")
  Path out;

  @Option(names = "--check")
  boolean check;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (check && out != null) {
      throw UserError.invalidInput("assign.check-with-out");
    }
    OutcomeFolder folder = out == null ? null : OutcomeFolder.at(out);
    PanelAssignment panel = PanelAssignment.of(DossierArgument.read(dossier));
    return check ? check(panel) : assign(panel, folder);
  }

  private int assign(PanelAssignment panel, OutcomeFolder folder) {
    JuryAssignment assignment;
    try {
      assignment = panel.solve();
    } catch (IllegalArgumentException tooLarge) { // the one failure the assigner documents
      throw UserError.invalidInput("file.problem", dossier, String.valueOf(tooLarge.getMessage()));
    }
    // The files first: when they cannot be written, the run prints its error and no summary.
    if (folder != null) {
      folder.write(render(panel, assignment));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    UserText text = UserText.of(spec);
    AssignmentSummary.print(panel, assignment, text, stdout);
    if (folder != null) {
      stdout.println(text.summary("wrote", out.resolve(ASSIGNMENT_JSON)));
      stdout.println(text.summary("wrote", out.resolve(ASSIGNMENT_MD)));
    }
    if (assignment.complete()) {
      return ExitCodes.SUCCESS;
    }
    PrintWriter stderr = spec.commandLine().getErr();
    assignment.uncovered().forEach(u -> stderr.println(text.summary("assign.uncovered.reason", u.proposal().value(),
        Terminal.line(u.reason()))));
    return ExitCodes.VIOLATIONS;
  }

  private int check(PanelAssignment panel) {
    PrintWriter stdout = spec.commandLine().getOut();
    UserText text = UserText.of(spec);
    Dossier read = panel.dossier();
    if (!panel.recorded()) {
      stdout.println(text.summary("assign.check.none", dossier));
      return ExitCodes.SUCCESS;
    }
    List<Violation> violations = panel.check();
    int entries = read.jury().assignments().size();
    if (violations.isEmpty()) {
      stdout.println(text.summary("assign.check.kept", read.proposals().size(), read.jury().jurors().size(),
          panel.problem().reviewersPerProposal()));
      return ExitCodes.SUCCESS;
    }
    stdout.println(text.summary("assign.check.violations", violations.size(), entries));
    violations.forEach(v -> stdout.println("  " + v.kind() + ": " + Terminal.line(v.sentence())));
    return ExitCodes.VIOLATIONS;
  }

  /** Both files' contents, rendered in memory so that a failure to render writes nothing. */
  private static Map<String, OutcomeFolder.Content> render(PanelAssignment panel, JuryAssignment assignment) {
    StringWriter json = new StringWriter();
    AssignmentWriters.json(assignment, json);
    StringWriter md = new StringWriter();
    AssignmentWriters.markdown(panel, assignment, md);
    Map<String, OutcomeFolder.Content> files = new LinkedHashMap<>();
    files.put(ASSIGNMENT_JSON, bytes(json.toString()));
    files.put(ASSIGNMENT_MD, bytes(md.toString()));
    return files;
  }

  private static OutcomeFolder.Content bytes(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return stream -> stream.write(bytes);
  }
}
