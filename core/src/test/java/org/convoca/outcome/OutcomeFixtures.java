package org.convoca.outcome;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.call.TrackId;
import org.convoca.jury.JuryVerdict;
import org.convoca.outcome.internal.CallOutcomes;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.SelectionFixture;
import org.convoca.selection.TrackAssigner;
import org.convoca.selection.TrackPlacement;

/** The worked example of selection, with two jury overrides and a track, as a whole outcome. */
final class OutcomeFixtures {

  static final SortedMap<String, String> RULE_BOOK = new TreeMap<>(java.util.Map.of(
      "org/convoca/rules/test/eligibility.drl", "rule \"Applicant is a provincial or municipal government\"\nwhen\nthen\nend\n"));

  /** Places P-01 and P-04 in the OGP Local track. */
  static final TrackAssigner OGP_LOCAL = (dossier, assessments, selected) -> selected.stream()
      .filter(id -> id.equals(ProposalId.of("P-01")) || id.equals(ProposalId.of("P-04")))
      .map(id -> new TrackPlacement(TrackId.of("ogp-local"), id, "Co-created proposals enter OGP Local",
          id + " was co-created with a civil-society organisation as co-owner."))
      .toList();

  private OutcomeFixtures() {}

  /** The worked example; the jury excludes P-06 and includes P-02. */
  static SelectionFixture workedExampleWithOverrides() {
    return SelectionFixture.workedExample()
        .override("P-06", JuryVerdict.EXCLUDE, "The applicant withdrew its letter of support")
        .override("P-02", JuryVerdict.INCLUDE, "The jury takes the first waitlisted proposal into the seat left free");
  }

  static CallOutcome workedExampleOutcome() {
    SelectionFixture f = workedExampleWithOverrides();
    return CallOutcomes.decide(f.dossier(), f.assessments(), OGP_LOCAL, RULE_BOOK);
  }

  static List<String> ids(List<ProposalId> ids) {
    return ids.stream().map(ProposalId::value).toList();
  }
}
