package org.convoca.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.OutcomeWriters;
import org.convoca.rules.Convoca;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convoca assess}: assesses and selects, prints a summary, writes the outcome files. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assesses every proposal of DOSSIER, selects under the call's policy, prints a summary "
        + "and, with --out, writes outcome.json, outcome.csv and report.md.")
final class AssessCommand implements Runnable {

  /** The outcome formats and the file each is written to. */
  enum Format {
    json("outcome.json"), csv("outcome.csv"), md("report.md");

    final String file;

    Format(String file) {
      this.file = file;
    }
  }

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "The dossier, a JSON file.")
  Path dossier;

  @Mixin
  RuleOptions rules;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write the outcome files here (created if missing). Nothing is written unless the whole run succeeds.")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Which files to write: ${COMPLETION-CANDIDATES}. Repeatable; all three by default.")
  Set<Format> formats = EnumSet.noneOf(Format.class);

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    if (!formats.isEmpty() && out == null) {
      throw UserError.invalidInput("--format needs --out DIR to write to");
    }
    CallOutcome outcome = Convoca.with(rules.ruleBook()).decide(DossierArgument.read(dossier));
    Map<Path, String> files = out == null ? Map.of() : render(outcome);
    OutcomeSummary.print(outcome, spec.commandLine().getOut());
    if (out != null) {
      write(files);
      files.keySet().forEach(f -> spec.commandLine().getOut().println("wrote " + f));
    }
  }

  private Map<Path, String> render(CallOutcome outcome) {
    Set<Format> wanted = formats.isEmpty() ? EnumSet.allOf(Format.class) : formats;
    Map<Path, String> files = new LinkedHashMap<>();
    for (Format format : wanted) {
      StringWriter text = new StringWriter();
      switch (format) {
        case json -> OutcomeWriters.json(outcome, text);
        case csv -> OutcomeWriters.csv(outcome, text);
        case md -> OutcomeWriters.markdown(outcome, text);
      }
      files.put(out.resolve(format.file), text.toString());
    }
    return files;
  }

  /** Writes every file next to its target first, then moves them in place, so a failure leaves no partial outcome. */
  private void write(Map<Path, String> files) {
    try {
      Files.createDirectories(out);
      Map<Path, Path> staged = new LinkedHashMap<>();
      for (Map.Entry<Path, String> file : files.entrySet()) {
        Path temp = Files.createTempFile(out, ".convoca-", ".tmp");
        Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
        staged.put(temp, file.getKey());
      }
      for (Map.Entry<Path, Path> move : staged.entrySet()) {
        Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UserError(ExitCodes.INVALID_INPUT, List.of("--out " + out + ": cannot write: " + e.getMessage()));
    }
  }
}
