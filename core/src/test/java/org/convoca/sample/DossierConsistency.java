package org.convoca.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.capacity.CourseId;
import org.convoca.capacity.PersonId;
import org.convoca.dossier.Dossier;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.government.GovernmentLevel;
import org.convoca.jury.JurorId;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;

/**
 * Lists the structural problems of a dossier: duplicate ids, references that do not resolve,
 * weights that do not sum to 100, scores off the scale. A test helper, independent of the dossier
 * reader, so that generated and hand-written samples can be checked before the reader exists.
 */
public final class DossierConsistency {

  private DossierConsistency() {}

  /** The problems found, each a sentence; empty when the dossier is consistent. */
  public static List<String> problems(Dossier dossier) {
    List<String> problems = new ArrayList<>();
    Map<GovernmentId, Government> governments = unique(dossier.governments(), Government::id, "government", problems);
    Set<PersonId> people = unique(dossier.people(), p -> p.id(), "person", problems).keySet();
    Set<CourseId> courses = unique(dossier.courses(), c -> c.id(), "course", problems).keySet();
    Set<ProposalId> proposals = unique(dossier.proposals(), Proposal::id, "proposal", problems).keySet();
    Set<JurorId> jurors = unique(dossier.jury().jurors(), j -> j.id(), "juror", problems).keySet();
    Set<CriterionId> criteria = unique(dossier.call().criteria(), Criterion::id, "criterion", problems).keySet();

    BigDecimal weights = dossier.call().criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (weights.compareTo(BigDecimal.valueOf(100)) != 0) {
      problems.add("criteria weights sum to " + weights + ", not 100");
    }
    dossier.call().policy().tieBreak().forEach(t -> t.criterion().filter(c -> !criteria.contains(c))
        .ifPresent(c -> problems.add("tie-break names unknown criterion " + c)));
    for (Government g : governments.values()) {
      g.province().ifPresent(p -> {
        Government province = governments.get(p);
        if (province == null || province.level() != GovernmentLevel.PROVINCIAL) {
          problems.add(g.id() + " belongs to " + p + ", which is not a listed province");
        } else if (!province.jurisdiction().equals(g.jurisdiction())) {
          problems.add(g.id() + " lies in " + g.jurisdiction() + " but its province governs " + province.jurisdiction());
        }
      });
    }
    dossier.completions().forEach(c -> {
      if (!people.contains(c.person())) {
        problems.add("completion names unknown person " + c.person());
      }
      if (!courses.contains(c.course())) {
        problems.add("completion names unknown course " + c.course());
      }
    });
    for (Proposal p : dossier.proposals()) {
      if (!governments.containsKey(p.applicant())) {
        problems.add(p.id() + " names unknown applicant " + p.applicant());
      }
      p.team().forEach(m -> {
        if (!people.contains(m.person())) {
          problems.add(p.id() + " team names unknown person " + m.person());
        }
      });
      p.coCreation().partners().forEach(partner -> partner.contacts().forEach(c -> {
        if (!people.contains(c)) {
          problems.add(p.id() + " partner names unknown person " + c);
        }
      }));
      Set<Object> milestones = new HashSet<>();
      for (Milestone m : p.milestones()) {
        if (!milestones.add(m.id())) {
          problems.add(p.id() + " repeats milestone " + m.id());
        }
      }
      if (!p.funding().requested().currency().equals(dossier.call().fundingCeiling().currency())) {
        problems.add(p.id() + " requests funding in another currency");
      }
    }
    Set<String> scored = new HashSet<>();
    dossier.jury().scores().forEach(s -> {
      if (!jurors.contains(s.juror())) {
        problems.add("score by unknown juror " + s.juror());
      }
      if (!proposals.contains(s.proposal())) {
        problems.add("score of unknown proposal " + s.proposal());
      }
      if (!criteria.contains(s.criterion())) {
        problems.add("score on unknown criterion " + s.criterion());
      }
      if (!dossier.call().scoreScale().accepts(s.value())) {
        problems.add("score " + s.value() + " of " + s.proposal() + " by " + s.juror() + " is off the scale");
      }
      if (!scored.add(s.juror() + "/" + s.proposal() + "/" + s.criterion())) {
        problems.add(s.juror() + " scored " + s.proposal() + " on " + s.criterion() + " twice");
      }
    });
    return problems;
  }

  private static <T, K> Map<K, T> unique(List<T> items, Function<T, K> id, String what, List<String> problems) {
    Map<K, T> byId = new HashMap<>();
    for (T item : items) {
      if (byId.put(id.apply(item), item) != null) {
        problems.add("duplicate " + what + " id " + id.apply(item));
      }
    }
    return byId;
  }
}
