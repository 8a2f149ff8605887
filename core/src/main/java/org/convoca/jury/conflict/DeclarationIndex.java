package org.convoca.jury.conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convoca.government.GovernmentId;
import org.convoca.proposal.ProposalId;

/** The declared conflicts looked up by the proposal, government or organisation (in normal form) they name. */
final class DeclarationIndex {

  private final Map<ProposalId, List<DeclaredConflict>> byProposal = new HashMap<>();
  private final Map<GovernmentId, List<DeclaredConflict>> byGovernment = new HashMap<>();
  private final Map<String, List<DeclaredConflict>> byOrganisation = new HashMap<>();

  DeclarationIndex(List<DeclaredConflict> declared) {
    for (DeclaredConflict conflict : declared) {
      ConflictTarget target = conflict.target();
      if (target instanceof ConflictTarget.OfProposal p) {
        add(byProposal, p.id(), conflict);
      } else if (target instanceof ConflictTarget.OfGovernment g) {
        add(byGovernment, g.id(), conflict);
      } else if (target instanceof ConflictTarget.OfOrganisation o) {
        add(byOrganisation, OrganisationNames.normalise(o.name()), conflict);
      }
    }
  }

  List<DeclaredConflict> with(ProposalId proposal) {
    return byProposal.getOrDefault(proposal, List.of());
  }

  List<DeclaredConflict> with(GovernmentId government) {
    return byGovernment.getOrDefault(government, List.of());
  }

  /** The conflicts declared with the organisation named {@code name}, compared in normal form. */
  List<DeclaredConflict> withOrganisation(String name) {
    // Most panels declare no conflict with an organisation: then no name needs normalising.
    return byOrganisation.isEmpty() ? List.of() : byOrganisation.getOrDefault(OrganisationNames.normalise(name), List.of());
  }

  private static <K> void add(Map<K, List<DeclaredConflict>> index, K key, DeclaredConflict conflict) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(conflict);
  }
}
