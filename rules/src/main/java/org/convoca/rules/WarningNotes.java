package org.convoca.rules;

import java.util.ArrayList;
import java.util.List;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.outcome.CallOutcome;
import org.convoca.selection.Selection;

/**
 * Records a rule book's warnings in an outcome's notes, after the selection's own notes, in the
 * call's language (the {@code notes} bundles of this package).
 */
final class WarningNotes {

  /** The notes a run adds: rule book warnings, monitoring's unconcluded statuses. */
  static final Messages TEXTS = Messages.load("/org/convoca/rules/notes", WarningNotes.class::getResourceAsStream);

  private WarningNotes() {}

  /** {@code outcome} with one note per warning; the same outcome when there is none. */
  static CallOutcome addTo(CallOutcome outcome, List<RuleBookWarning> warnings) {
    if (warnings.isEmpty()) {
      return outcome;
    }
    Selection s = outcome.selection();
    List<String> notes = new ArrayList<>(s.notes());
    Language language = outcome.call().writtenIn();
    warnings.forEach(w -> notes.add(TEXTS.format(language, "warning", w.toString())));
    Selection noted = new Selection(s.ranking(), s.ties(), s.decisions(), s.selected(), s.waitlist(),
        s.computedSelected(), notes);
    return outcome.withSelection(noted);
  }
}
