package org.convoca.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convoca.dossier.Dossier;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.conflict.ConflictDetector;
import org.convoca.jury.conflict.ConflictInput;
import org.convoca.jury.conflict.ConflictReport;
import org.convoca.jury.conflict.ConflictTarget;
import org.convoca.jury.conflict.DeclaredConflict;
import org.convoca.jury.conflict.JurorProfile;
import org.convoca.jury.conflict.ProposalProfile;

/** The conflicts of interest of a dossier's jury, with the kinds its call applies. */
public final class PanelConflicts {

  private PanelConflicts() {}

  /**
   * The conflicts between the jurors and the proposals of {@code dossier}, of the kinds its call's
   * {@linkplain org.convoca.call.Call#juryPolicy() jury policy} applies ({@code DECLARED} always).
   *
   * @param dossier a dossier as {@link org.convoca.dossier.DossierReader} returns it, with no dangling reference
   * @return the conflicts, sorted by proposal, juror and kind, their reasons in the call's language
   * @throws IllegalArgumentException when a proposal names an applicant the dossier lacks, or a
   *     juror or proposal id is repeated (a dossier read by the reader has neither)
   */
  public static ConflictReport of(Dossier dossier) {
    Map<GovernmentId, Government> governments = new HashMap<>();
    dossier.governments().forEach(g -> governments.put(g.id(), g));
    List<ProposalProfile> proposals = dossier.proposals().stream().map(p -> {
      Government applicant = governments.get(p.applicant());
      if (applicant == null) {
        throw new IllegalArgumentException("proposal '" + p.id() + "' names applicant '" + p.applicant()
            + "', which is not among the dossier's governments");
      }
      return ProposalProfile.of(p, applicant);
    }).toList();
    List<JurorProfile> jurors = dossier.jury().jurors().stream().map(JurorProfile::of).toList();
    List<DeclaredConflict> declared = dossier.jury().conflicts().stream().map(PanelConflicts::declared).toList();
    return ConflictDetector.detect(
        new ConflictInput(jurors, proposals, declared, dossier.call().juryPolicy().conflictsApplied()),
        dossier.call().writtenIn());
  }

  private static DeclaredConflict declared(ConflictDeclaration declaration) {
    ConflictTarget target = declaration.proposal().<ConflictTarget>map(ConflictTarget.OfProposal::new)
        .or(() -> declaration.government().map(ConflictTarget.OfGovernment::new))
        .orElseGet(() -> new ConflictTarget.OfOrganisation(declaration.organisation().orElseThrow()));
    return new DeclaredConflict(declaration.juror(), target, declaration.reason());
  }
}
