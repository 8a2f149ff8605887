package org.convoca.dossier;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.convoca.call.CriterionId;
import org.convoca.call.TieBreak;
import org.convoca.capacity.CourseCompletion;
import org.convoca.capacity.CourseId;
import org.convoca.capacity.PersonId;
import org.convoca.cocreation.Partner;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.government.GovernmentLevel;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.ConsensusScore;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.jury.JuryOverride;
import org.convoca.jury.ReviewAssignment;
import org.convoca.monitoring.MilestoneStatus;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;

/** Checks that every id the dossier refers to names something the dossier holds, of the right kind. */
final class ReferenceCheck {

  private final Dossier dossier;
  private final Problems problems;
  private final Map<GovernmentId, Government> governments;
  private final Map<ProposalId, Proposal> proposals;
  private final Set<PersonId> people;
  private final Set<CourseId> courses;
  private final Set<JurorId> jurors;
  private final Set<CriterionId> criteria;

  private ReferenceCheck(Dossier dossier, Problems problems) {
    this.dossier = dossier;
    this.problems = problems;
    this.governments = byId(dossier.governments(), Government::id);
    this.proposals = byId(dossier.proposals(), Proposal::id);
    this.people = byId(dossier.people(), p -> p.id()).keySet();
    this.courses = byId(dossier.courses(), c -> c.id()).keySet();
    this.jurors = byId(dossier.jury().jurors(), j -> j.id()).keySet();
    this.criteria = byId(dossier.call().criteria(), c -> c.id()).keySet();
  }

  static void check(Dossier dossier, Problems problems) {
    ReferenceCheck check = new ReferenceCheck(dossier, problems);
    check.provinces();
    check.tieBreaks();
    check.completions();
    check.proposals();
    check.jury();
    check.progressReports();
    check.resultsAssessments();
  }

  private void provinces() {
    for (int i = 0; i < dossier.governments().size(); i++) {
      Government government = dossier.governments().get(i);
      int at = i;
      government.province().ifPresent(id -> {
        Government province = governments.get(id);
        if (province == null) {
          problems.add("$.governments[" + at + "].province", "reference.government", String.valueOf(id));
        } else if (province.level() != GovernmentLevel.PROVINCIAL) {
          problems.add("$.governments[" + at + "].province", "province.notProvincial", String.valueOf(id),
              province.level().name());
        } else if (!province.jurisdiction().equals(government.jurisdiction())) {
          problems.add("$.governments[" + at + "].jurisdiction", "province.jurisdiction", String.valueOf(province.jurisdiction()),
              String.valueOf(id), String.valueOf(government.jurisdiction()));
        }
      });
    }
  }

  private void tieBreaks() {
    for (int i = 0; i < dossier.call().policy().tieBreak().size(); i++) {
      TieBreak step = dossier.call().policy().tieBreak().get(i);
      String path = "$.call.policy.tieBreak[" + i + "].criterion";
      step.criterion().ifPresent(id -> known(criteria.contains(id), path, "criterion", id));
    }
  }

  private void completions() {
    for (int i = 0; i < dossier.completions().size(); i++) {
      CourseCompletion completion = dossier.completions().get(i);
      int at = i;
      known(people.contains(completion.person()), () -> "$.completions[" + at + "].person", "person", completion.person());
      known(courses.contains(completion.course()), () -> "$.completions[" + at + "].course", "course", completion.course());
    }
  }

  private void proposals() {
    for (int p = 0; p < dossier.proposals().size(); p++) {
      Proposal proposal = dossier.proposals().get(p);
      String path = "$.proposals[" + p + "]";  // one per proposal; a path below it only for a problem
      known(governments.containsKey(proposal.applicant()), () -> path + ".applicant", "government", proposal.applicant());
      for (int t = 0; t < proposal.team().size(); t++) {
        PersonId person = proposal.team().get(t).person();
        int member = t;
        known(people.contains(person), () -> path + ".team[" + member + "].person", "person", person);
      }
      for (int k = 0; k < proposal.coCreation().partners().size(); k++) {
        Partner partner = proposal.coCreation().partners().get(k);
        for (int c = 0; c < partner.contacts().size(); c++) {
          PersonId person = partner.contacts().get(c);
          int at = k;
          int contact = c;
          known(people.contains(person), () -> path + ".coCreation.partners[" + at + "].contacts[" + contact + "]",
              "person", person);
        }
      }
    }
  }

  private void jury() {
    for (int i = 0; i < dossier.jury().scores().size(); i++) {
      JurorScore score = dossier.jury().scores().get(i);
      int at = i;
      known(jurors.contains(score.juror()), () -> "$.jury.scores[" + at + "].juror", "juror", score.juror());
      known(proposals.containsKey(score.proposal()), () -> "$.jury.scores[" + at + "].proposal", "proposal", score.proposal());
      known(criteria.contains(score.criterion()), () -> "$.jury.scores[" + at + "].criterion", "criterion", score.criterion());
    }
    for (int i = 0; i < dossier.jury().overrides().size(); i++) {
      JuryOverride override = dossier.jury().overrides().get(i);
      known(proposals.containsKey(override.proposal()), "$.jury.overrides[" + i + "].proposal", "proposal", override.proposal());
    }
    for (int i = 0; i < dossier.jury().jurors().size(); i++) {
      String path = "$.jury.jurors[" + i + "].person";
      dossier.jury().jurors().get(i).person().ifPresent(person -> known(people.contains(person), path, "person", person));
    }
    for (int i = 0; i < dossier.jury().conflicts().size(); i++) {
      ConflictDeclaration conflict = dossier.jury().conflicts().get(i);
      String path = "$.jury.conflicts[" + i + "]";
      known(jurors.contains(conflict.juror()), path + ".juror", "juror", conflict.juror());
      conflict.proposal().ifPresent(id -> known(proposals.containsKey(id), path + ".proposal", "proposal", id));
      conflict.government().ifPresent(id -> known(governments.containsKey(id), path + ".government", "government", id));
    }
    for (int i = 0; i < dossier.jury().assignments().size(); i++) {
      ReviewAssignment assignment = dossier.jury().assignments().get(i);
      int at = i;
      known(proposals.containsKey(assignment.proposal()), () -> "$.jury.assignments[" + at + "].proposal", "proposal",
          assignment.proposal());
      for (int j = 0; j < assignment.jurors().size(); j++) {
        JurorId juror = assignment.jurors().get(j);
        int member = j;
        known(jurors.contains(juror), () -> "$.jury.assignments[" + at + "].jurors[" + member + "]", "juror", juror);
      }
    }
    Set<CriterionId> scored = new HashSet<>();
    dossier.jury().scores().forEach(s -> scored.add(s.criterion()));
    for (int i = 0; i < dossier.jury().consensus().size(); i++) {
      ConsensusScore consensus = dossier.jury().consensus().get(i);
      String path = "$.jury.consensus[" + i + "]";
      known(proposals.containsKey(consensus.proposal()), path + ".proposal", "proposal", consensus.proposal());
      known(criteria.contains(consensus.criterion()), path + ".criterion", "criterion", consensus.criterion());
      if (criteria.contains(consensus.criterion()) && !scored.contains(consensus.criterion())) {
        problems.add(path + ".criterion", "consensus.unscored", String.valueOf(consensus.criterion()));
      }
    }
  }

  private void progressReports() {
    for (int i = 0; i < dossier.progressReports().size(); i++) {
      ProgressReport report = dossier.progressReports().get(i);
      String path = "$.progressReports[" + i + "]";
      Proposal proposal = proposals.get(report.proposal());
      if (proposal == null) {
        known(false, path + ".proposal", "proposal", report.proposal());
        continue;
      }
      Set<MilestoneId> milestones = proposal.milestones().stream().map(Milestone::id).collect(Collectors.toSet());
      for (int m = 0; m < report.milestones().size(); m++) {
        MilestoneStatus status = report.milestones().get(m);
        if (!milestones.contains(status.milestone())) {
          problems.add(path + ".milestones[" + m + "].milestone", "reference.milestone",
              String.valueOf(proposal.id()), String.valueOf(status.milestone()));
        }
      }
    }
  }

  private void resultsAssessments() {
    for (int i = 0; i < dossier.resultsAssessments().size(); i++) {
      ResultsAssessment assessment = dossier.resultsAssessments().get(i);
      String path = "$.resultsAssessments[" + i + "]";
      known(proposals.containsKey(assessment.proposal()), path + ".proposal", "proposal", assessment.proposal());
      for (int j = 0; j < assessment.jurors().size(); j++) {
        JurorId juror = assessment.jurors().get(j);
        known(jurors.contains(juror), path + ".jurors[" + j + "]", "juror", juror);
      }
    }
  }

  /** Unless {@code found}, a problem at {@code path}: nothing of {@code kind} (a sentence of its own per kind) has {@code id}. */
  private void known(boolean found, String path, String kind, Object id) {
    if (!found) {
      problems.add(path, "reference." + kind, String.valueOf(id));
    }
  }

  /** {@link #known(boolean, String, String, Object)}, with the path written only for a problem. */
  private void known(boolean found, Supplier<String> path, String kind, Object id) {
    if (!found) {
      known(false, path.get(), kind, id);
    }
  }

  private static <K, T> Map<K, T> byId(java.util.List<T> items, Function<T, K> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity(), (first, later) -> first));
  }
}
