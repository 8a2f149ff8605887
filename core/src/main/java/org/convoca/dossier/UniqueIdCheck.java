package org.convoca.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.convoca.proposal.Commitment;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.Proposal;

/** Checks that ids are unique where the dossier says they are: in their section, or within a proposal. */
final class UniqueIdCheck {

  private UniqueIdCheck() {}

  static void check(Dossier dossier, Problems problems) {
    unique(dossier.governments(), "$.governments", g -> g.id(), problems);
    unique(dossier.courses(), "$.courses", c -> c.id(), problems);
    unique(dossier.people(), "$.people", p -> p.id(), problems);
    unique(dossier.proposals(), "$.proposals", p -> p.id(), problems);
    unique(dossier.jury().jurors(), "$.jury.jurors", j -> j.id(), problems);
    unique(dossier.call().criteria(), "$.call.criteria", c -> c.id(), problems);
    unique(dossier.call().tracks(), "$.call.tracks", t -> t.id(), problems);
    for (int p = 0; p < dossier.proposals().size(); p++) {
      milestonesUnique(dossier.proposals().get(p), p, problems);
    }
  }

  private static <T> void unique(List<T> items, String path, Function<T, ?> id, Problems problems) {
    // The index of the first entry of each id; a path is written only for a repeat.
    Map<Object, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Integer first = seen.putIfAbsent(id.apply(items.get(i)), i);
      if (first != null) {
        problems.add(JsonPath.index(path, i) + ".id", "unique.id", String.valueOf(id.apply(items.get(i))),
            JsonPath.index(path, first));
      }
    }
  }

  private static void milestonesUnique(Proposal proposal, int p, Problems problems) {
    // Where the first milestone of each id is, as its commitment's index and its own; a path only for a repeat.
    Map<Object, int[]> seen = new HashMap<>();
    List<Commitment> commitments = proposal.commitments();
    for (int c = 0; c < commitments.size(); c++) {
      List<Milestone> milestones = commitments.get(c).milestones();
      for (int m = 0; m < milestones.size(); m++) {
        int[] first = seen.putIfAbsent(milestones.get(m).id(), new int[] {c, m});
        if (first != null) {
          problems.add(milestone(p, c, m) + ".id", "unique.id", String.valueOf(milestones.get(m).id()),
              milestone(p, first[0], first[1]));
        }
      }
    }
  }

  private static String milestone(int proposal, int commitment, int milestone) {
    return "$.proposals[" + proposal + "].commitments[" + commitment + "].milestones[" + milestone + "]";
  }
}
