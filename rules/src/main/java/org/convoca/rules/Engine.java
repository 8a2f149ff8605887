package org.convoca.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.convoca.assessment.Finding;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.fact.JuryAggregate;
import org.convoca.rules.fact.SelectedProposal;
import org.convoca.rules.fact.SubmissionOrder;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs one knowledge base over one set of facts in a session of its own, which it disposes of:
 * one execution with every fact, so that rules can compare proposals and joins stay indexed. A
 * knowledge base is safe to share between threads; sessions are never shared.
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
    KieSession session = base.newKieSession();
    try {
      for (Object fact : facts) {
        session.insert(fact);
      }
      session.fireAllRules();
      Collection<?> found = session.getObjects(conclusion::isInstance);
      List<T> conclusions = new ArrayList<>(found.size());
      found.forEach(o -> conclusions.add(conclusion.cast(o)));
      return conclusions;
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
