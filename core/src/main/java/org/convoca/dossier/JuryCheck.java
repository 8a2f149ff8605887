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
    Map<Scored, String> seen = new HashMap<>();
    for (int i = 0; i < scores.size(); i++) {
      JurorScore score = scores.get(i);
      String here = JsonPath.index("$.jury.scores", i);
      String first = seen.putIfAbsent(new Scored(score.juror(), score.proposal(), score.criterion()), here);
      if (first != null) {
        problems.add(here, "score.twice", String.valueOf(score.juror()), String.valueOf(score.proposal()),
            String.valueOf(score.criterion()), first);
      }
    }
  }

  private static void idsNotShared(Dossier dossier, Problems problems) {
    Map<String, String> people = pathsById(dossier.people(), p -> p.id().value(), "$.people");
    Map<String, String> governments = pathsById(dossier.governments(), g -> g.id().value(), "$.governments");
    List<Juror> jurors = dossier.jury().jurors();
    for (int i = 0; i < jurors.size(); i++) {
      String id = jurors.get(i).id().value();
      String path = "$.jury.jurors[" + i + "].id";
      if (people.containsKey(id)) {
        problems.add(path, "juror.idOfPerson", id, people.get(id));
      } else if (governments.containsKey(id)) {
        problems.add(path, "juror.idOfGovernment", id, governments.get(id));
      }
    }
  }

  private static <T> Map<String, String> pathsById(List<T> items, Function<T, String> id, String path) {
    Map<String, String> paths = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      paths.putIfAbsent(id.apply(items.get(i)), JsonPath.index(path, i));
    }
    return paths;
  }
}
