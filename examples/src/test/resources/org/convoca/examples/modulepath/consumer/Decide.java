package consumer;

import java.nio.file.Path;
import java.util.List;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.OutcomeWriters;
import org.convoca.rules.Convoca;
import org.convoca.rules.RuleBook;

/** {@code Decide dossier.json outcome.json [rule-folder]}: what ModulePathTest runs in a child JVM. */
public final class Decide {

  private Decide() {}

  /**
   * Decides the dossier with the bundled book and writes the outcome; given a rule folder, decides
   * it again with the folder laid over the bundled book; prints what it found.
   *
   * @param args the dossier, the outcome file to write and optionally a rule folder
   * @throws Exception when anything fails: the child JVM then exits with 1
   */
  public static void main(String[] args) throws Exception {
    Dossier dossier = DossierReader.standard().read(Path.of(args[0]));
    CallOutcome outcome = Convoca.withBundledRules().decide(dossier);           // the precompiled book
    OutcomeWriters.json(outcome, Path.of(args[1]));
    System.out.println("selected " + outcome.selected());
    if (args.length > 2) {
      RuleBook overlay = RuleBook.bundledWith(List.of(Path.of(args[2])));        // compiled at run time
      System.out.println("overlay fingerprint " + Convoca.with(overlay).decide(dossier).fingerprint());
    }
  }
}
