package org.convoca.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import org.convoca.assessment.Finding;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.fact.JuryAggregate;
import org.convoca.rules.fact.SelectedProposal;
import org.convoca.rules.fact.SubmissionOrder;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs one knowledge base over a dossier's facts in one session of its own, which it disposes of.
 * The facts shared by every proposal (the call, governments, people, completions...) are inserted
 * once; the proposals and their own facts go in batches: each batch is inserted, fired, its
 * conclusions collected and then every fact of the batch and every conclusion deleted, so that
 * the memory a session holds is bounded by the batch, not by the dossier. A knowledge base is
 * safe to share between threads; sessions are never shared.
 */
final class Engine {

  private Engine() {}

  /**
   * Inserts {@code facts}, fires every rule and returns the facts of type {@code conclusion} that the
   * rules inserted.
   *
   * @throws RuleExecutionException when a rule throws, naming the rule and the proposal
   */
  static <T> List<T> run(KieBase base, Collection<?> facts, Class<T> conclusion) {
    List<T> conclusions = new ArrayList<>();
    run(base, facts, List.of(), conclusion, (batch, found) -> conclusions.addAll(found));
    return conclusions;
  }

  /**
   * Inserts {@code shared}, then for each of {@code batches}: inserts it, fires every rule, hands
   * the facts of type {@code conclusion} that the rules inserted to {@code sink} with the batch's
   * index, and deletes them and the batch. With no batch it fires once over {@code shared} and
   * hands the conclusions over with index 0.
   *
   * @throws RuleExecutionException when a rule throws, naming the rule and the proposal
   */
  static <T> void run(KieBase base, Collection<?> shared, List<? extends Collection<?>> batches, Class<T> conclusion,
      BiConsumer<Integer, List<T>> sink) {
    KieSession session = base.newKieSession();
    try {
      for (Object fact : shared) {
        session.insert(fact);
      }
      if (batches.isEmpty()) {
        session.fireAllRules();
        List<T> conclusions = new ArrayList<>();
        session.getObjects(new ClassObjectFilter(conclusion)).forEach(o -> conclusions.add(conclusion.cast(o)));
        sink.accept(0, conclusions);
        return;
      }
      for (int i = 0; i < batches.size(); i++) {
        Collection<?> batch = batches.get(i);
        List<FactHandle> handles = new ArrayList<>(batch.size());
        for (Object fact : batch) {
          handles.add(session.insert(fact));
        }
        session.fireAllRules();
        List<T> conclusions = new ArrayList<>();
        for (FactHandle handle : new ArrayList<FactHandle>(session.<FactHandle>getFactHandles(new ClassObjectFilter(conclusion)))) {
          conclusions.add(conclusion.cast(session.getObject(handle)));
          session.delete(handle);
        }
        handles.forEach(session::delete);
        session.fireAllRules();
        sink.accept(i, conclusions);
      }
    } catch (ConsequenceException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new RuleExecutionException(e.getRule().getName(), proposalOf(e.getMatch().getObjects()), cause);
    } catch (RuleExecutionException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RuleExecutionException(ruleNamedIn(e), null, e);
    } finally {
      session.dispose();
    }
  }

  private static @Nullable ProposalId proposalOf(List<Object> objects) {
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
      }
    }
    return null;
  }

  /** Drools names the rule in the message of a failed condition: {@code [Rule "name" in file]}. */
  private static String ruleNamedIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      int at = message == null ? -1 : message.indexOf("Rule \"");
      if (at >= 0) {
        int end = message.indexOf('"', at + 6);
        if (end > at) {
          return message.substring(at + 6, end);
        }
      }
    }
    return "unknown rule";
  }
}
