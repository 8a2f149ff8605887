package org.convoca.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.convoca.assessment.Finding;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.fact.JuryAggregate;
import org.convoca.rules.fact.SelectedProposal;
import org.convoca.rules.fact.SubmissionOrder;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.reteoo.TupleImpl;
import org.drools.core.rule.consequence.InternalMatch;
import org.jspecify.annotations.Nullable;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * Counts the firings of a batch, per responsible rule and proposal, and remembers the match that
 * is firing, so that a run that goes past its limits or fails in a consequence can name the rule
 * and the proposal. Halts the session when the alarm has rung.
 *
 * <p>A firing is put down to the rule whose insert or update set it off, or to the rule itself
 * when facts from Java did: a rule that updates the proposal it matches sets off every rule on
 * that proposal again, and counting only firings would put them all level with it.
 */
final class Firings extends DefaultAgendaEventListener {

  /**
   * The firings of one rule, and the proposals they were on, in order, as runs of firings on the
   * same proposal: appending costs less on every firing than counting per proposal in a map, the
   * counts per proposal are only wanted when a batch goes past its limits, and a rule that fires
   * without end on one proposal makes a single run.
   */
  private static final class Count {
    long firings;
    final List<@Nullable ProposalId> proposals = new ArrayList<>();
    long[] runs = new long[16];

    void add(@Nullable ProposalId proposal) {
      firings++;
      int last = proposals.size() - 1;
      if (last >= 0 && Objects.equals(proposals.get(last), proposal)) {
        runs[last]++;
        return;
      }
      if (last + 1 == runs.length) {
        runs = Arrays.copyOf(runs, runs.length * 2);
      }
      proposals.add(proposal);
      runs[last + 1] = 1;
    }
  }

  private @Nullable Alarm alarm;
  private final Map<String, Count> byRule = new HashMap<>();
  private long total;
  private @Nullable Match firing;
  private @Nullable String lastRule;
  private @Nullable Count lastCount;

  /** Halts the session it listens to, from now on, when {@code alarm} has rung. */
  void watch(Alarm alarm) {
    this.alarm = alarm;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    firing = event.getMatch();
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    firing = null;
    total++;
    Match match = event.getMatch();
    String rule = responsibleFor(match);
    Count count = rule.equals(lastRule) ? lastCount : null;
    if (count == null) { // a rule fires for every proposal of a batch in a row: one look-up per run of firings
      count = byRule.computeIfAbsent(rule, name -> new Count());
      lastRule = rule;
      lastCount = count;
    }
    count.add(proposalOf(match));
    if (alarm != null && alarm.rang()) {
      event.getKieRuntime().halt();
    }
  }

  /** The rule whose insert or update made {@code match}, else the match's own rule. */
  private static String responsibleFor(Match match) {
    if (match instanceof InternalMatch internal && internal.getPropagationContext() != null) {
      RuleImpl origin = internal.getPropagationContext().getRuleOrigin();
      if (origin != null) {
        return origin.getName();
      }
    }
    return match.getRule().getName();
  }

  /** Forgets the counts, for the next batch. */
  void reset() {
    byRule.clear();
    lastRule = null;
    lastCount = null;
    total = 0;
  }

  /** How many times rules fired since the last reset. */
  long total() {
    return total;
  }

  /** The match whose consequence is running, or null between firings. */
  @Nullable Match firing() {
    return firing;
  }

  /** The rule responsible for most firings since the last reset (the first by name of equals), or null when none fired. */
  @Nullable String busiestRule() {
    return byRule.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Count>>comparingLong(e -> e.getValue().firings)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse(null);
  }

  /** How many firings {@code rule} was responsible for since the last reset. */
  long firingsOf(String rule) {
    Count count = byRule.get(rule);
    return count == null ? 0 : count.firings;
  }

  /**
   * The proposal most of the firings {@code rule} was responsible for were on (the first by id of
   * equals), or null when their matches had none.
   */
  @Nullable ProposalId busiestProposalOf(String rule) {
    Count count = byRule.get(rule);
    if (count == null) {
      return null;
    }
    Map<@Nullable ProposalId, long[]> byProposal = new HashMap<>();
    for (int i = 0; i < count.proposals.size(); i++) {
      byProposal.computeIfAbsent(count.proposals.get(i), k -> new long[1])[0] += count.runs[i];
    }
    return byProposal.entrySet().stream().filter(e -> e.getKey() != null)
        .max(Comparator.<Map.Entry<@Nullable ProposalId, long[]>>comparingLong(e -> e.getValue()[0])
            .thenComparing(e -> requireNonNull(e.getKey()), Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse(null);
  }

  /**
   * As {@link #proposalOf(List)} on the match's facts, read from its tuple's handles without the
   * list that {@link Match#getObjects()} builds for every firing: the first proposal among them is
   * found by walking the tuple; only a match without one gets its facts in a list, in their order.
   */
  private static @Nullable ProposalId proposalOf(Match match) {
    if (match instanceof InternalMatch internal && internal.getTuple() != null) {
      @Nullable Proposal first = null; // the tuple runs from the last fact to the first
      for (TupleImpl tuple = internal.getTuple(); tuple != null; tuple = tuple.getParent()) {
        InternalFactHandle handle = tuple.getFactHandle();
        if (handle != null && handle.getObject() instanceof Proposal p) {
          first = p;
        }
      }
      if (first != null) {
        return first.id();
      }
      FactHandle[] handles = internal.getTuple().toFactHandles();
      Object[] objects = new Object[handles.length];
      for (int i = 0; i < handles.length; i++) {
        objects[i] = ((InternalFactHandle) handles[i]).getObject();
      }
      return proposalOf(Arrays.asList(objects));
    }
    return proposalOf(match.getObjects());
  }

  /** The proposal a match is about: a proposal among its facts, else the proposal a fact of ours names. */
  static @Nullable ProposalId proposalOf(List<Object> objects) {
    for (Object o : objects) {
      if (o instanceof Proposal p) {
        return p.id();
      }
    }
    for (Object o : objects) {
      if (o instanceof Finding f) {
        return f.proposal();
      } else if (o instanceof JuryAggregate a) {
        return a.proposal();
      } else if (o instanceof SubmissionOrder s) {
        return s.proposal();
      } else if (o instanceof SelectedProposal s) {
        return s.proposal();
      } else if (o instanceof org.convoca.monitoring.MonitoringFinding m) {
        return m.proposal();
      } else if (o instanceof org.convoca.rules.fact.MonitoredProject m) {
        return m.proposal();
      } else if (o instanceof org.convoca.rules.fact.MilestoneProgress m) {
        return m.proposal();
      } else if (o instanceof org.convoca.rules.fact.CompletionScope c) {
        return c.proposal();
      } else if (o instanceof org.convoca.monitoring.ResultsAssessment r) {
        return r.proposal();
      }
    }
    return null;
  }
}
