package org.convoca.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.convoca.rules.DrlCode.Token;

/**
 * The warnings about the folder files of a rule book: a file that replaces another with fewer
 * rules, a file that holds no rules, a file whose rules insert conclusions that its phase never
 * reads (assessment findings in a {@code tracks*} or {@code monitoring*} file, track placements in
 * an assessment or monitoring file, monitoring findings in an assessment or post-selection file).
 */
final class FileWarnings {

  private static final Set<String> FINDINGS = Set.of("CheckFinding", "AwardFinding", "LabelFinding");
  private static final Set<String> PLACEMENT = Set.of("TrackPlacement");
  private static final Set<String> MONITORING_FINDINGS = Set.of("StatusFinding", "MilestoneFinding",
      "CompletionFinding", "ResultsFinding", "RecognitionFinding", "GapFinding");

  private FileWarnings() {}

  static List<RuleBookWarning> of(List<RuleSource> sources) {
    List<RuleBookWarning> warnings = new ArrayList<>();
    for (RuleSource source : sources) {
      if (source.bundled()) {
        continue;
      }
      int rules = RuleIndex.describe(source).size();
      RuleSource replaced = source.replaced();
      int replacedRules = replaced == null ? 0 : RuleIndex.describe(replaced).size();
      if (replaced != null && rules < replacedRules) {
        warnings.add(new RuleBookWarning(source.origin(), "replaces " + (replaced.bundled() ? "the bundled " + replaced.name()
            : replaced.origin()) + ", which has " + count(replacedRules) + ", with " + count(rules)
            + ": the rules it leaves out no longer run"));
      } else if (rules == 0) {
        warnings.add(new RuleBookWarning(source.origin(), "holds no rules, so it adds none"));
      }
      for (String inserted : inserted(source)) {
        warnings.add(new RuleBookWarning(source.origin(), wrongPhase(source.phase(), inserted)));
      }
    }
    return List.copyOf(warnings);
  }

  private static String wrongPhase(RuleFile.Phase phase, String inserted) {
    String belongs = FINDINGS.contains(inserted) ? "findings belong in an assessment file"
        : PLACEMENT.contains(inserted) ? "track placements belong in a file named tracks*"
        : "monitoring findings belong in a file named monitoring*";
    return switch (phase) {
      case POST_SELECTION -> "a post-selection file (named tracks*) inserts " + inserted
          + ", which is never read after selection; " + belongs;
      case MONITORING -> "a monitoring file (named monitoring*) inserts " + inserted
          + ", which is never read during monitoring; " + belongs;
      case ASSESSMENT -> "an assessment file inserts " + inserted + ", which is never read during assessment; " + belongs;
    };
  }

  /** The conclusions that the phase of {@code source} never reads. */
  private static Set<String> foreign(RuleFile.Phase phase) {
    Set<String> foreign = new java.util.HashSet<>();
    if (phase != RuleFile.Phase.ASSESSMENT) {
      foreign.addAll(FINDINGS);
    }
    if (phase != RuleFile.Phase.POST_SELECTION) {
      foreign.addAll(PLACEMENT);
    }
    if (phase != RuleFile.Phase.MONITORING) {
      foreign.addAll(MONITORING_FINDINGS);
    }
    return foreign;
  }

  /** The conclusions of the wrong phase that the file creates with {@code new}, each once. */
  private static Set<String> inserted(RuleSource source) {
    Set<String> inserted = new java.util.TreeSet<>();
    Set<String> foreign = foreign(source.phase());
    List<Token> tokens = DrlCode.of(source.text()).tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).is("new")) {
        continue;
      }
      int j = i + 1;
      while (j + 2 < tokens.size() && tokens.get(j + 1).is(".")) {
        j += 2;
      }
      String type = tokens.get(j).text();
      if (foreign.contains(type)) {
        inserted.add(type);
      }
    }
    return inserted;
  }

  private static String count(int rules) {
    return rules + (rules == 1 ? " rule" : " rules");
  }
}
