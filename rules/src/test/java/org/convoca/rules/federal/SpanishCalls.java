package org.convoca.rules.federal;

import static org.convoca.testing.DossierFixtures.aDossier;

import org.convoca.dossier.Dossier;
import org.convoca.language.Language;
import org.convoca.proposal.Proposal;

/** Dossiers whose call is written in Spanish, for the Spanish sentences of the federal book's rules. */
final class SpanishCalls {

  private SpanishCalls() {}

  /** {@return {@code dossier} with its call in Spanish} */
  static Dossier inSpanish(Dossier dossier) {
    return dossier.withCall(dossier.call().withLanguage(Language.SPANISH));
  }

  /** {@return the fixtures' dossier with {@code proposals}, its call in Spanish} */
  static Dossier inSpanish(Proposal... proposals) {
    return inSpanish(aDossier(proposals));
  }
}
