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
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {

  /** The most differences printed; past it, how many more. */
  static final int MAX_SHOWN = 20;

  @Parameters(index = "0", paramLabel = "DOSSIER")
  Path dossier;

  @Parameters(index = "1", paramLabel = "OUTCOME")
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
      throw UserError.invalidInput(List.of(e.message(UserLanguage.current())));
    }
    PrintWriter out = spec.commandLine().getOut();
    UserText text = UserText.of(spec);
    result.notes().forEach(note -> out.println(text.summary("verify.note", note)));
    if (result.reproduced()) {
      out.println(text.summary("verify.reproduced", result.recomputedFingerprint()));
      return ExitCodes.SUCCESS;
    }
    List<Verification.Difference> differences = result.differences();
    out.println(text.summary("verify.not-reproduced", differences.size(), byKind(differences, text), outcome, dossier));
    differences.stream().limit(MAX_SHOWN).forEach(d -> out.println("  " + d.sentence()));
    if (differences.size() > MAX_SHOWN) {
      out.println("  " + text.summary("verify.more", differences.size() - MAX_SHOWN));
    }
    // Always said, however many differences come before it.
    out.println(result.claimedFingerprint().equals(result.recomputedFingerprint())
        ? text.summary("verify.same-fingerprint", result.recomputedFingerprint())
        : text.summary("verify.fingerprints", shown(result.claimedFingerprint()), result.recomputedFingerprint()));
    return ExitCodes.VIOLATIONS;
  }

  /**
   * {@return how many differences of each kind, such as "2 selection, 1 total", in the order they are
   * listed: the count in the user's language, the kind by its name, as the JSON paths are}
   */
  private static String byKind(List<Verification.Difference> differences, UserText text) {
    Map<Verification.Kind, Long> counts = new EnumMap<>(Verification.Kind.class);
    differences.forEach(d -> counts.merge(d.kind(), 1L, Long::sum));
    return counts.entrySet().stream()
        .map(e -> text.wording().number(e.getValue()) + " " + e.getKey().name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  /** {@return the claimed fingerprint, text from the file: cut to 80 characters, with nothing that acts on a terminal} */
  private static String shown(String fingerprint) {
    return VisibleText.of(fingerprint.length() > 80 ? fingerprint.substring(0, 80) + "…" : fingerprint);
  }

  /** The outcome file, read before the dossier, so that a wrong file is reported before any rule runs. */
  private ClaimedOutcome claimed() {
    if (Files.notExists(outcome)) {
      throw UserError.invalidInput("file.missing", outcome);
    }
    if (!Files.isRegularFile(outcome)) {
      throw UserError.invalidInput("file.not-regular", outcome);
    }
    try {
      return ClaimedOutcome.read(outcome);
    } catch (InvalidOutcomeException e) {
      throw UserError.invalidInput(List.of(e.message(UserLanguage.current())));
    }
  }
}
