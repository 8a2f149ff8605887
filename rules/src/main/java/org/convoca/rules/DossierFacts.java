package org.convoca.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convoca.call.Call;
import org.convoca.call.CriterionId;
import org.convoca.dossier.Dossier;
import org.convoca.government.GovernmentId;
import org.convoca.jury.JurorScore;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.fact.JuryAggregate;
import org.convoca.rules.fact.Parameter;
import org.convoca.rules.fact.SubmissionOrder;

/**
 * The facts a dossier gives the assessment rules: the call, its criteria and parameters, the
 * governments, people, courses and completions, the proposals, and facts computed in Java: the
 * jurors' scores aggregated per proposal and criterion, and each government's submission order.
 */
final class DossierFacts {

  private DossierFacts() {}

  /**
   * How many proposals go into the session at once (see {@link Engine}): the one number that
   * {@link RuleBook#assess} and rules/README.md refer to.
   */
  static final int BATCH = 1_000;

  /** The facts every proposal shares: the call, its criteria and parameters, governments, people, courses, completions. */
  static List<Object> shared(Dossier dossier) {
    Call call = dossier.call();
    List<Object> facts = new ArrayList<>();
    facts.add(call);
    facts.addAll(call.criteria());
    facts.addAll(parameters(call));
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
  static List<List<ProposalFacts>> perProposal(Dossier dossier) {
    Map<ProposalId, List<Object>> byProposal = new TreeMap<>();
    dossier.proposals().forEach(p -> byProposal.computeIfAbsent(p.id(), id -> new ArrayList<>(4)).add(p));
    juryAggregates(dossier.jury().scores()).forEach(a -> {
      List<Object> own = byProposal.get(a.proposal());
      if (own != null) {
        own.add(a);
      }
    });
    submissionOrders(dossier.proposals()).forEach(o -> byProposal.get(o.proposal()).add(o));
    List<List<ProposalFacts>> batches = new ArrayList<>();
    List<ProposalFacts> batch = new ArrayList<>(Math.min(BATCH, byProposal.size()));
    for (Map.Entry<ProposalId, List<Object>> own : byProposal.entrySet()) {
      batch.add(new ProposalFacts(own.getKey(), own.getValue()));
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

  /** One fact per named parameter of the call. */
  static List<Parameter> parameters(Call call) {
    return call.parameters().asMap().entrySet().stream().map(e -> new Parameter(e.getKey(), e.getValue())).toList();
  }

  /** The mean (2 decimals, half up), lowest and highest score and their count, per proposal and criterion. */
  static List<JuryAggregate> juryAggregates(List<JurorScore> scores) {
    record Key(ProposalId proposal, CriterionId criterion) {}
    final class Acc {
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal min;
      BigDecimal max;
      int count;
    }
    Map<Key, Acc> byKey = new TreeMap<>(Comparator.comparing(Key::proposal).thenComparing(Key::criterion));
    for (JurorScore score : scores) {
      Acc acc = byKey.computeIfAbsent(new Key(score.proposal(), score.criterion()), k -> new Acc());
      BigDecimal value = score.value();
      acc.sum = acc.sum.add(value);
      acc.min = acc.min == null || value.compareTo(acc.min) < 0 ? value : acc.min;
      acc.max = acc.max == null || value.compareTo(acc.max) > 0 ? value : acc.max;
      acc.count++;
    }
    List<JuryAggregate> aggregates = new ArrayList<>(byKey.size());
    byKey.forEach((key, acc) -> aggregates.add(new JuryAggregate(key.proposal(), key.criterion(),
        acc.sum.divide(BigDecimal.valueOf(acc.count), JuryAggregate.SCALE, RoundingMode.HALF_UP),
        acc.min, acc.max, acc.count)));
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
