package org.convoca.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.convoca.dossier.CallChanges;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.InvalidCallChangeException;
import org.convoca.dossier.InvalidDossierException;
import org.convoca.outcome.Comparison;
import org.convoca.outcome.ComparisonWriters;
import org.convoca.rules.RuleBook;
import org.convoca.rules.WhatIf;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code convoca compare}: what a rule folder, a change to the call or another dossier does to the
 * selection ({@link WhatIf}).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {
        "Compares two outcomes of a call and prints who enters and leaves the selection, who changes decision, "
            + "whose rank moves, how totals and criteria move and which rules' awards moved them; with --out, writes "
            + "compare.json and compare.md.",
        "%nThe base is the bundled rule book (with the --base-rules folders laid over it) on DOSSIER. The variant is "
            + "the bundled rule book with the --rules folders laid over it (not over --base-rules) on DOSSIER, or on "
            + "DOSSIER2 with --against, with the --set changes made to its call.",
        "%n--set keys: <criterion>.weight, <criterion>.maxPoints, <criterion>.threshold (criteria.<criterion>.<field> "
            + "for a criterion named policy, parameters, tracks or criteria), overallThreshold, fundingCeiling, "
            + "policy.slots, policy.totalBudget, policy.perJurisdictionCap, policy.perGovernmentCap, "
            + "policy.minJurisdictions, policy.waitlistLength, parameters.<name>, tracks.<track>.places, "
            + "<criterion>.rankingFactor, maxTotal. A value is a plain decimal number (such as 30 or 12.5), true, "
            + "false, text (\"...\" is always text) or none, which removes a criterion's threshold or ranking "
            + "factor, maxTotal, the budget, a cap or a parameter. Weights must sum to 100, or to the call's maxTotal "
            + "when it states one: the weights that no --set names are scaled by one factor to make up the rest, "
            + "and a note says so. A parameter that neither the call nor the rule book knows is warned about."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:compared (whether or not anything changes)",
        "2:invalid input or usage: a dossier's problems with their file and JSON path, a --set that names nothing or "
            + "makes a call a dossier may not have, or nothing to compare",
        "3:rule book errors, as file:line: message, or a rule that fails while deciding a side, the message "
            + "starting with base: or variant:",
        "4:unexpected failure"})
final class CompareCommand implements Runnable {

  /** The comparison as JSON. */
  static final String COMPARE_JSON = "compare.json";
  /** The comparison as a Markdown summary. */
  static final String COMPARE_MD = "compare.md";
  /** How many lines each list of the printed summary shows at most; the files have them all. */
  static final int SHOWN = 10;

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "The dossier, a JSON file.")
  Path dossier;

  @Mixin
  RuleOptions rules;

  @Option(names = "--base-rules", paramLabel = "DIR",
      description = "A folder of DRL files laid over the bundled rule book on the base side. Repeatable; later folders win.")
  List<Path> baseFolders = new ArrayList<>();

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Change the variant's call, such as jury.weight=30 or policy.slots=40 (keys above). Repeatable.")
  List<String> settings = new ArrayList<>();

  @Option(names = "--against", paramLabel = "DOSSIER2",
      description = "The variant's dossier, in place of DOSSIER; proposals are matched by id.")
  @Nullable Path against;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write compare.json and compare.md here (created if missing), both or neither: after a failure the "
          + "folder holds the previous files, untouched.")
  @Nullable Path out;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    if (baseFolders.isEmpty() && rules.folders.isEmpty() && settings.isEmpty() && against == null) {
      throw UserError.invalidInput("nothing to compare: give --rules DIR, --set KEY=VALUE, --against DOSSIER2 "
          + "or --base-rules DIR");
    }
    CallChanges changes = changes();
    OutcomeFolder folder = out == null ? null : OutcomeFolder.at(out);
    BookAndDossier.Inputs base = BookAndDossier.read(() -> rules.ruleBook("--base-rules", baseFolders),
        () -> read(dossier));
    RuleBook variantBook = rules.folders.isEmpty() && baseFolders.isEmpty() ? base.book() : rules.ruleBook();
    WhatIf whatIf = WhatIf.on(base.dossier()).baseRules(base.book()).variantRules(variantBook).changing(changes);
    if (against != null) {
      whatIf = whatIf.against(read(against));
    }
    whatIf.warnings().forEach(warning -> spec.commandLine().getErr().println("warning: " + Terminal.line(warning)));
    Comparison comparison = compare(whatIf::compare);
    if (folder != null) {
      folder.write(render(comparison));
    }
    CompareSummary.print(comparison, spec.commandLine().getOut());
    if (folder != null) {
      spec.commandLine().getOut().println("wrote " + out.resolve(COMPARE_JSON));
      spec.commandLine().getOut().println("wrote " + out.resolve(COMPARE_MD));
    }
  }

  private CallChanges changes() {
    try {
      return CallChanges.parse(settings);
    } catch (InvalidCallChangeException e) {
      throw invalid(e);
    }
  }

  private static Comparison compare(Supplier<Comparison> comparing) {
    try {
      return comparing.get();
    } catch (InvalidCallChangeException e) {
      throw invalid(e);
    } catch (WhatIf.SideFailure e) {
      throw new UserError(ExitCodes.RULE_BOOK, List.of(e.getMessage()));
    }
  }

  private static UserError invalid(InvalidCallChangeException e) {
    return new UserError(ExitCodes.INVALID_INPUT, e.problems().stream().map(p -> "--set " + p).toList());
  }

  /** The dossier in {@code file}; its problems, if any, each with the file's name, as there are two dossiers. */
  private static Dossier read(Path file) {
    try {
      return DossierArgument.read(file);
    } catch (InvalidDossierException e) {
      throw new UserError(ExitCodes.INVALID_INPUT, e.problems().stream()
          .map(p -> file + ": " + p.toString(UserLanguage.current())).toList());
    }
  }

  /** Each file's name and how to write it; {@link OutcomeFolder} replaces both or neither. */
  private static Map<String, OutcomeFolder.Content> render(Comparison comparison) {
    Map<String, OutcomeFolder.Content> files = new LinkedHashMap<>();
    files.put(COMPARE_JSON, stream -> OutcomeFolder.writeText(stream, text -> ComparisonWriters.json(comparison, text)));
    files.put(COMPARE_MD, stream -> OutcomeFolder.writeText(stream, text -> ComparisonWriters.markdown(comparison, text)));
    return files;
  }
}
