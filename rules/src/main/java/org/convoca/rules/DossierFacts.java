package org.convoca.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convoca.call.Call;
import org.convoca.call.AggregationMethod;
import org.convoca.dossier.Dossier;
import org.convoca.government.GovernmentId;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.review.CriterionReview;
import org.convoca.review.JuryReview;
import org.convoca.rules.fact.JuryAggregate;
import org.convoca.rules.fact.Parameter;
import org.convoca.rules.fact.SubmissionOrder;

/**
 * The facts a dossier gives the assessment rules: the call, its criteria and parameters, the
 * governments, people, courses and completions, the proposals, and facts computed in Java: the
 * jury's figure per proposal and criterion (from {@link JuryReview}), and each government's
 * submission order.
 */
final class DossierFacts {

  private DossierFacts() {}

  /**
   * How many proposals go into the session at once (see {@link Engine}): the one number that
   * {@link RuleBook#assess} and rules/README.md refer to. It was 1,000: in a 1 GB heap at 100,000
   * proposals, a batch's session lived through several young collections and was promoted, and the
   * old generation filled with dead sessions faster than the collector marked it (five full
   * collections in one run, none with 250; also a little less processor time).
   */
  static final int BATCH = 250;

  /**
   * The facts every proposal shares that no proposal reaches by id: the call, its criteria and
   * parameters, courses; the rest of {@link #shared} is the {@link Reach}'s.
   */
  static List<Object> common(Dossier dossier) {
    List<Object> facts = ofTheCall(dossier.call());
    facts.addAll(dossier.courses());
    return facts;
  }

  /** The facts every proposal shares: the call, its criteria and parameters, governments, people, courses, completions. */
  static List<Object> shared(Dossier dossier) {
    List<Object> facts = ofTheCall(dossier.call());
    facts.addAll(dossier.governments());
    facts.addAll(dossier.people());
    facts.addAll(dossier.courses());
    facts.addAll(dossier.completions());
    return facts;
  }

  /**
   * The proposals with their own facts (jury aggregates, submission order), in batches of
   * {@link #BATCH} proposals taken in id order, so that batches do not depend on the dossier's order.
   */
  static List<List<ProposalFacts>> perProposal(Dossier dossier, JuryReview review) {
    // Grouped by hash, then the ids sorted once: a sorted map would compare ids for every aggregate.
    Map<ProposalId, List<Object>> byProposal = new HashMap<>(Math.max(16, dossier.proposals().size() * 4 / 3 + 1));
    dossier.proposals().forEach(p -> byProposal.computeIfAbsent(p.id(), id -> new ArrayList<>(8)).add(p));
    juryAggregates(review).forEach(a -> {
      List<Object> own = byProposal.get(a.proposal());
      if (own != null) {
        own.add(a);
      }
    });
    submissionOrders(dossier.proposals()).forEach(o -> byProposal.get(o.proposal()).add(o));
    List<List<ProposalFacts>> batches = new ArrayList<>();
    List<ProposalFacts> batch = new ArrayList<>(Math.min(BATCH, byProposal.size()));
    List<ProposalId> ids = new ArrayList<>(byProposal.keySet());
    ids.sort(null);
    for (ProposalId id : ids) {
      batch.add(new ProposalFacts(id, byProposal.get(id)));
      if (batch.size() == BATCH) {
        batches.add(batch);
        batch = new ArrayList<>();
      }
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }

  /** The call, its criteria and its parameters, in a list to add to. */
  private static List<Object> ofTheCall(Call call) {
    List<Object> facts = new ArrayList<>();
    facts.add(call);
    facts.addAll(call.criteria());
    facts.addAll(parameters(call));
    return facts;
  }

  /** One fact per named parameter of the call. */
  static List<Parameter> parameters(Call call) {
    return call.parameters().asMap().entrySet().stream().map(e -> new Parameter(e.getKey(), e.getValue())).toList();
  }

  /**
   * One aggregate per proposal and criterion the jury scores, from {@code review}: the valid scores
   * combined by the call's method, or the consensus score; none where the proposal has neither.
   */
  static List<JuryAggregate> juryAggregates(JuryReview review) {
    List<JuryAggregate> aggregates = new ArrayList<>();
    AggregationMethod method = review.policy().aggregation();
    for (CriterionReview r : review.reviews()) {
      r.value().ifPresent(value -> aggregates.add(new JuryAggregate(r.proposal(), r.criterion(), value,
          r.min().orElse(value), r.max().orElse(value), r.valid().size(), method, r.consensus().isPresent())));
    }
    return aggregates;
  }

  /** Each proposal's position among its government's proposals, earliest submission first, then by id. */
  static List<SubmissionOrder> submissionOrders(List<Proposal> proposals) {
    Map<GovernmentId, List<Proposal>> byGovernment = new TreeMap<>();
    proposals.forEach(p -> byGovernment.computeIfAbsent(p.applicant(), g -> new ArrayList<>()).add(p));
    List<SubmissionOrder> orders = new ArrayList<>(proposals.size());
    byGovernment.forEach((government, list) -> {
      list.sort(Comparator.comparing(Proposal::submittedAt).thenComparing(Proposal::id));
      for (int i = 0; i < list.size(); i++) {
        orders.add(new SubmissionOrder(list.get(i).id(), government, i + 1, list.size()));
      }
    });
    return orders;
  }
}
