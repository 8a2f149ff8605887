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
@Command(name = "assign", mixinStandardHelpOptions = true,
    description = {
        "Assigns the jurors of DOSSIER to its proposals: every proposal gets the call's reviewersPerProposal "
            + "(call.jury.reviewersPerProposal, 3 by default) distinct jurors with no conflict of interest of the kinds "
            + "the call applies, no juror above their capacity, loads as even as capacities allow, then as many "
            + "matches between the jurors' expertise and the proposals' themes as possible. The same dossier "
            + "always gives the same assignment. Prints a summary and, with --out, writes assignment.json "
            + "(whose assignments list can be pasted into the dossier's jury.assignments) and assignment.md.",
        "%nAn expertise entry matches a theme of the call when, ignoring case, accents, spaces and underscores, "
            + "it is the theme's code: \"open data\" and \"Open_Data\" match OPEN_DATA.",
        "%nWith --check, writes nothing: checks the assignment recorded in the dossier's jury.assignments against "
            + "the same constraints and prints one line per violation."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every proposal is covered (with --check: the recorded assignment keeps every constraint, or the "
            + "dossier records none, which it says)",
        "1:some proposals cannot be covered, each printed on standard error with the reason, and the files "
            + "(with --out) are still written and list them under uncovered; with --check: violations found",
        "2:invalid input or usage, one problem per line with its JSON path",
        "4:unexpected failure"})
final class AssignCommand implements Callable<Integer> {

  /** The file the assignment is written to, in the shape of a dossier's {@code jury.assignments} and more. */
  static final String ASSIGNMENT_JSON = "assignment.json";
  /** The file the readable summary is written to. */
  static final String ASSIGNMENT_MD = "assignment.md";

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "The dossier, a JSON file.")
  Path dossier;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write assignment.json and assignment.md here (created if missing), both or neither: after a "
          + "failure the folder holds the previous files, untouched. Without --out, nothing is written.")
  Path out;

  @Option(names = "--check",
      description = "Check the assignment recorded in DOSSIER's jury.assignments instead of making one; writes nothing.")
  boolean check;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (check && out != null) {
      throw UserError.invalidInput("--check writes nothing: it cannot be used with --out");
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
      throw UserError.invalidInput(dossier + ": " + tooLarge.getMessage());
    }
    // The files first: when they cannot be written, the run prints its error and no summary.
    if (folder != null) {
      folder.write(render(panel, assignment));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    AssignmentSummary.print(panel, assignment, stdout);
    if (folder != null) {
      stdout.println("wrote " + out.resolve(ASSIGNMENT_JSON));
      stdout.println("wrote " + out.resolve(ASSIGNMENT_MD));
    }
    if (assignment.complete()) {
      return ExitCodes.SUCCESS;
    }
    PrintWriter stderr = spec.commandLine().getErr();
    assignment.uncovered().forEach(u -> stderr.println("uncovered " + u.proposal() + ": " + Terminal.line(u.reason())));
    return ExitCodes.VIOLATIONS;
  }

  private int check(PanelAssignment panel) {
    PrintWriter stdout = spec.commandLine().getOut();
    Dossier read = panel.dossier();
    if (!panel.recorded()) {
      stdout.println(dossier + " records no jury.assignments: there is no assignment to check.");
      return ExitCodes.SUCCESS;
    }
    List<Violation> violations = panel.check();
    int entries = read.jury().assignments().size();
    if (violations.isEmpty()) {
      stdout.println("The recorded assignment of " + read.proposals().size() + " proposals to "
          + read.jury().jurors().size() + " jurors keeps every constraint (" + panel.problem().reviewersPerProposal()
          + " reviewers per proposal).");
      return ExitCodes.SUCCESS;
    }
    stdout.println(violations.size() + (violations.size() == 1 ? " violation" : " violations")
        + " in the recorded assignment (" + entries + (entries == 1 ? " entry" : " entries") + " in jury.assignments):");
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
