package org.convoca.outcome;

import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.language.Language;

/** An outcome of the test fixtures as if its call named Spanish: every part unchanged but the call's language. */
final class InSpanish {

  private InSpanish() {}

  static CallOutcome of(CallOutcome o) {
    return of(o, new TreeMap<>());
  }

  /** {@code o} in Spanish, with {@code titles} as its rules' titles. */
  static CallOutcome of(CallOutcome o, SortedMap<String, String> titles) {
    return new CallOutcome(o.call().withLanguage(Language.SPANISH), o.fingerprint(), o.proposals(), o.selection(),
        o.placements(), o.summary(), o.jury(), o.producedBy(), titles);
  }
}
