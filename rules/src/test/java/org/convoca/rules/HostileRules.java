package org.convoca.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rule files that never stop or recurse without end on purpose, each written into a folder of its
 * own, for the tests of limits and failures here and in the command line's tests.
 */
public final class HostileRules {

  /** The rule of {@link #reFiringItself}. */
  public static final String RE_FIRES_ITSELF = "Re-fires itself";
  /** The rule of {@link #insertingWhatItMatches} that keeps going. */
  public static final String GROWS_LABELS = "Every label gets a longer label";
  /** The rule of {@link #recursingInAConsequence}. */
  public static final String RECURSES = "Recurses in its consequence";

  private static final String HEADER = """
      package org.convoca.rules.federal;

      import org.convoca.assessment.LabelFinding;
      import org.convoca.proposal.Proposal;

      """;

  private HostileRules() {}

  /** A folder with {@code loop.drl}: a rule that updates the proposal it matches, so it matches again for ever. */
  public static Path reFiringItself(Path parent) {
    return folder(parent.resolve("re-firing"), "loop.drl", """
        rule "Re-fires itself"
        // Updating the proposal it matches makes it match again, for ever.
        when
            $p : Proposal()
        then
            update($p);
        end
        """);
  }

  /**
   * A folder with {@code growing.drl}: a rule gives each proposal a label, and another gives each
   * label a longer one, which it matches again: memory grows until the machine gives up.
   */
  public static Path insertingWhatItMatches(Path parent) {
    return folder(parent.resolve("growing"), "growing.drl", """
        rule "Every proposal gets a first label"
        // Seeds the chain below.
        when
            $p : Proposal()
        then
            insert(new LabelFinding($p.id(), "L", drools.getRule().getName(), "First."));
        end

        rule "Every label gets a longer label"
        // Each label it inserts matches it again.
        when
            $l : LabelFinding()
        then
            insert(new LabelFinding($l.proposal(), $l.label() + "L", drools.getRule().getName(), "Again."));
        end
        """);
  }

  /** A folder with {@code deep.drl}: a rule whose consequence calls a function that never returns, on P-BOOM only. */
  public static Path recursingInAConsequence(Path parent) {
    return folder(parent.resolve("recursing"), "deep.drl", """
        function int deeper(int n) { return deeper(n + 1) + 1; }

        rule "Recurses in its consequence"
        // The function never returns.
        when
            $p : Proposal( id.value == "P-BOOM" || id.value == "P-002" )
        then
            deeper(0);
        end
        """);
  }

  private static Path folder(Path dir, String file, String drl) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(file), HEADER + drl);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
