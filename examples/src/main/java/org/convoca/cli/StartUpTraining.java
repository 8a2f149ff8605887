package org.convoca.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The build's training run for the start-up archive (issue 11, examples/pom.xml): runs several
 * {@code convoca} commands one after the other in this JVM, so that the class-data-sharing archive
 * recorded when it exits holds what each of them loads. One command's arguments end at a lone
 * {@code +}: {@code assess sample.json --out DIR + assess sample.json --rules my-rules}. Exits
 * with 0 when each command ended with 0 or 1 (a sample's violations), else with the first other
 * code. Not part of the command line that users run.
 */
final class StartUpTraining {

  private StartUpTraining() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = ExitCodes.SUCCESS;
    for (List<String> command : commands(args)) {
      out.println("training: convoca " + String.join(" ", command));
      int ended = ConvocaCommand.run(command.toArray(String[]::new), out, err);
      if (ended != ExitCodes.SUCCESS && ended != ExitCodes.VIOLATIONS && code == ExitCodes.SUCCESS) {
        code = ended;
      }
    }
    out.flush();
    System.exit(code);
  }

  /** {@code args} split at each lone {@code +}; empty commands left out. */
  static List<List<String>> commands(String[] args) {
    List<List<String>> commands = new ArrayList<>();
    List<String> command = new ArrayList<>();
    for (String arg : Arrays.asList(args)) {
      if (arg.equals("+")) {
        if (!command.isEmpty()) {
          commands.add(List.copyOf(command));
        }
        command.clear();
      } else {
        command.add(arg);
      }
    }
    if (!command.isEmpty()) {
      commands.add(List.copyOf(command));
    }
    return commands;
  }
}
