package org.convoca.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.convoca.outcome.ClaimedOutcome;
import org.convoca.outcome.InvalidOutcomeException;
import org.convoca.outcome.Verification;
import org.convoca.rules.Convoca;
import org.convoca.value.VisibleText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convoca verify}: recomputes a published outcome from its dossier and compares the two. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Recomputes the outcome of DOSSIER (with the same --rules folders as when it was made) and "
        + "compares it with OUTCOME, a published outcome.json: exits 0 and prints the fingerprint when they are the "
        + "same, 1 with each difference by its JSON path when they are not, 2 when OUTCOME is not an outcome.")
final class VerifyCommand implements Callable<Integer> {

  /** The most differences printed; past it, how many more. */
  static final int MAX_SHOWN = 20;

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "The dossier, a JSON file.")
  Path dossier;

  @Parameters(index = "1", paramLabel = "OUTCOME", description = "The published outcome, an outcome.json file.")
  Path outcome;

  @Mixin
  RuleOptions rules;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    ClaimedOutcome claimed = claimed();
    Verification result;
    try {
      result = Convoca.with(rules.ruleBook()).verify(DossierArgument.read(dossier), claimed);
    } catch (InvalidOutcomeException e) {
      throw UserError.invalidInput(e.message(UserLanguage.current()));
    }
    PrintWriter out = spec.commandLine().getOut();
    result.notes().forEach(note -> out.println("note: " + note));
    if (result.reproduced()) {
      out.println("reproduced, fingerprint " + result.recomputedFingerprint());
      return ExitCodes.SUCCESS;
    }
    List<Verification.Difference> differences = result.differences();
    out.println("not reproduced: " + differences.size() + (differences.size() == 1 ? " difference" : " differences")
        + byKind(differences) + " between " + outcome + " and the outcome recomputed from " + dossier + ":");
    differences.stream().limit(MAX_SHOWN).forEach(d -> out.println("  " + d.sentence()));
    if (differences.size() > MAX_SHOWN) {
      out.println("  and " + (differences.size() - MAX_SHOWN) + " more");
    }
    // Always said, however many differences come before it.
    out.println(result.claimedFingerprint().equals(result.recomputedFingerprint())
        ? "fingerprint: the same, " + result.recomputedFingerprint() + ", but the content differs"
        : "fingerprint: claimed " + shown(result.claimedFingerprint()) + ", recomputed "
            + result.recomputedFingerprint());
    return ExitCodes.VIOLATIONS;
  }

  /** {@return how many differences of each kind, such as " (2 selection, 1 total)", in the order they are listed} */
  private static String byKind(List<Verification.Difference> differences) {
    Map<Verification.Kind, Long> counts = new EnumMap<>(Verification.Kind.class);
    differences.forEach(d -> counts.merge(d.kind(), 1L, Long::sum));
    return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", ", " (", ")"));
  }

  /** {@return the claimed fingerprint, text from the file: cut to 80 characters, with nothing that acts on a terminal} */
  private static String shown(String fingerprint) {
    return VisibleText.of(fingerprint.length() > 80 ? fingerprint.substring(0, 80) + "…" : fingerprint);
  }

  /** The outcome file, read before the dossier, so that a wrong file is reported before any rule runs. */
  private ClaimedOutcome claimed() {
    if (Files.notExists(outcome)) {
      throw UserError.invalidInput(outcome + ": no such file");
    }
    if (!Files.isRegularFile(outcome)) {
      throw UserError.invalidInput(outcome + ": not a regular file");
    }
    try {
      return ClaimedOutcome.read(outcome);
    } catch (InvalidOutcomeException e) {
      throw UserError.invalidInput(e.message(UserLanguage.current()));
    }
  }
}
