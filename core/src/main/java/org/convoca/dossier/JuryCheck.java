package org.convoca.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.convoca.call.CriterionId;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.proposal.ProposalId;

/**
 * Checks what would make the jury's scores count wrongly: a juror who scores the same proposal on
 * the same criterion twice would count as two jurors, and a juror whose id is also a person's or a
 * government's could be taken for them.
 */
final class JuryCheck {

  private record Scored(JurorId juror, ProposalId proposal, CriterionId criterion) {}

  private JuryCheck() {}

  static void check(Dossier dossier, Problems problems) {
    scoresOnce(dossier.jury().scores(), problems);
    idsNotShared(dossier, problems);
    personsNotShared(dossier.jury().jurors(), problems);
    assignmentsNameJurors(dossier, problems);
  }

  /** Two jurors who are the same person would be one juror counted twice. */
  private static void personsNotShared(List<Juror> jurors, Problems problems) {
    Map<Object, String> seen = new HashMap<>();
    for (int i = 0; i < jurors.size(); i++) {
      int at = i;
      jurors.get(i).person().ifPresent(person -> {
        String juror = JsonPath.index("$.jury.jurors", at);
        String first = seen.putIfAbsent(person, juror);
        if (first != null) {
          problems.add(juror + ".person", "juror.samePerson", String.valueOf(person), first);
        }
      });
    }
  }

  /** An assignment records who reviews a proposal: one that names nobody records nothing. */
  private static void assignmentsNameJurors(Dossier dossier, Problems problems) {
    for (int i = 0; i < dossier.jury().assignments().size(); i++) {
      if (dossier.jury().assignments().get(i).jurors().isEmpty()) {
        problems.add(JsonPath.index("$.jury.assignments", i) + ".jurors", "assignment.noJuror");
      }
    }
  }

  private static void scoresOnce(List<JurorScore> scores, Problems problems) {
    // The index of the first score of each juror, proposal and criterion; a path only for a repeat.
    Map<Scored, Integer> seen = new HashMap<>();
    for (int i = 0; i < scores.size(); i++) {
      JurorScore score = scores.get(i);
      Integer first = seen.putIfAbsent(new Scored(score.juror(), score.proposal(), score.criterion()), i);
      if (first != null) {
        problems.add(JsonPath.index("$.jury.scores", i), "score.twice", String.valueOf(score.juror()),
            String.valueOf(score.proposal()), String.valueOf(score.criterion()), JsonPath.index("$.jury.scores", first));
      }
    }
  }

  private static void idsNotShared(Dossier dossier, Problems problems) {
    Map<String, Integer> people = indexById(dossier.people(), p -> p.id().value());
    Map<String, Integer> governments = indexById(dossier.governments(), g -> g.id().value());
    List<Juror> jurors = dossier.jury().jurors();
    for (int i = 0; i < jurors.size(); i++) {
      String id = jurors.get(i).id().value();
      String path = "$.jury.jurors[" + i + "].id";
      if (people.containsKey(id)) {
        problems.add(path, "juror.idOfPerson", id, JsonPath.index("$.people", people.get(id)));
      } else if (governments.containsKey(id)) {
        problems.add(path, "juror.idOfGovernment", id, JsonPath.index("$.governments", governments.get(id)));
      }
    }
  }

  /** The index of the first of {@code items} with each id; a path is written only for a problem. */
  private static <T> Map<String, Integer> indexById(List<T> items, Function<T, String> id) {
    Map<String, Integer> indices = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      indices.putIfAbsent(id.apply(items.get(i)), i);
    }
    return indices;
  }
}
