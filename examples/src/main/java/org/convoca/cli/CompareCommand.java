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
@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareCommand implements Runnable {

  /** The comparison as JSON. */
  static final String COMPARE_JSON = "compare.json";
  /** The comparison as a Markdown summary. */
  static final String COMPARE_MD = "compare.md";
  /** How many lines each list of the printed summary shows at most; the files have them all. */
  static final int SHOWN = 10;

  @Parameters(index = "0", paramLabel = "DOSSIER")
  Path dossier;

  @Mixin
  RuleOptions rules;

  @Option(names = "--base-rules", paramLabel = "DIR")
  List<Path> baseFolders = new ArrayList<>();

  @Option(names = "--set", paramLabel = "KEY=VALUE")
  List<String> settings = new ArrayList<>();

  @Option(names = "--against", paramLabel = "DOSSIER2")
  @Nullable Path against;

  @Option(names = "--out", paramLabel = "DIR")
  @Nullable Path out;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    if (baseFolders.isEmpty() && rules.folders.isEmpty() && settings.isEmpty() && against == null) {
      throw UserError.invalidInput("compare.nothing");
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
    UserText text = UserText.of(spec);
    whatIf.warnings().forEach(warning -> spec.commandLine().getErr().println(text.error("warning", Terminal.line(warning))));
    Comparison comparison = compare(whatIf::compare);
    if (folder != null) {
      folder.write(render(comparison));
    }
    CompareSummary.print(comparison, text, spec.commandLine().getOut());
    if (folder != null) {
      spec.commandLine().getOut().println(text.summary("wrote", out.resolve(COMPARE_JSON)));
      spec.commandLine().getOut().println(text.summary("wrote", out.resolve(COMPARE_MD)));
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
      throw new UserError(ExitCodes.RULE_BOOK, List.of(UserError.Line.text(String.valueOf(e.getMessage()))));
    }
  }

  private static UserError invalid(InvalidCallChangeException e) {
    return new UserError(ExitCodes.INVALID_INPUT, e.problems().stream().map(p -> UserError.Line.of("compare.set", p)).toList());
  }

  /** The dossier in {@code file}; its problems, if any, each with the file's name, as there are two dossiers. */
  private static Dossier read(Path file) {
    try {
      return DossierArgument.read(file);
    } catch (InvalidDossierException e) {
      throw new UserError(ExitCodes.INVALID_INPUT, e.problems().stream()
          .map(p -> UserError.Line.of("file.problem", file, (UserError.Line) p::toString)).toList());
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
