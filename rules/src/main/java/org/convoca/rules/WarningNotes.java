package org.convoca.rules;

import java.util.ArrayList;
import java.util.List;
import org.convoca.outcome.CallOutcome;
import org.convoca.selection.Selection;

/** Records a rule book's warnings in an outcome's notes, after the selection's own notes. */
final class WarningNotes {

  private WarningNotes() {}

  /** {@code outcome} with one note per warning; the same outcome when there is none. */
  static CallOutcome addTo(CallOutcome outcome, List<RuleBookWarning> warnings) {
    if (warnings.isEmpty()) {
      return outcome;
    }
    Selection s = outcome.selection();
    List<String> notes = new ArrayList<>(s.notes());
    warnings.forEach(w -> notes.add("Rule book warning: " + w));
    Selection noted = new Selection(s.ranking(), s.ties(), s.decisions(), s.selected(), s.waitlist(),
        s.computedSelected(), notes);
    return outcome.withSelection(noted);
  }
}
