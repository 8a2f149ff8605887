package org.convoca.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.convoca.call.Call;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.fact.Findings;
import org.convoca.rules.fact.Sentences;
import org.drools.core.common.InternalAgenda;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.phreak.RuleAgendaItem;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * Runs one knowledge base over a dossier's facts in one session of its own, which it disposes of.
 * The facts shared by every proposal (the call, governments, people, completions...) are inserted
 * once; the proposals and their own facts go in batches: each batch is inserted, fired, its
 * conclusions collected and then every fact of the batch and every conclusion deleted, so that
 * the memory a session holds is bounded by the batch, not by the dossier. Shared facts that a
 * batch reaches by id ({@link Reach}) may instead go in with the batch and leave with it, when the
 * caller knows that the rules look at them through such an id only. A knowledge base is
 * safe to share between threads; sessions are never shared, and neither is anything else a run
 * changes (its {@link Firings}, its {@link RecordedFindings}), so that runs on several threads at
 * once may share an engine.
 *
 * <p>Rules that declare the {@link Findings} global record their findings through it: kept beside
 * the session when this engine keeps findings (no rule of the book matches a finding), and inserted
 * otherwise, as {@code insert} would.
 *
 * <p>Each batch may fire rules {@link RuleLimits#firingsFor} its proposals' times, and the run
 * stops at the time limit; a failure names the rule, its file and, when it can be told, the
 * proposal.
 */
final class Engine {

  /**
   * The name of the global through which rules read the call whose proposals they assess
   * ({@code global org.convoca.call.Call call;}): the same {@code Call} as the session's one
   * {@code Call} fact, without a join with it in every rule that reads it.
   */
  static final String CALL = "call";

  private final KieBase base;
  private final RuleLimits limits;
  private final Function<String, @Nullable String> fileOfRule;
  private final @Nullable AgendaFilter only;
  private final Sentences sentences;
  private final boolean declaresSentences;
  private final boolean declaresFindings;
  private final boolean keepsFindings;
  private final @Nullable Call call;
  private final boolean declaresCall;

  /**
   * An engine for {@code base}.
   *
   * @param fileOfRule the DRL file of a rule, by the rule's name; null when unknown
   * @param sentences the {@link Sentences} global, in the call's language, for rules that declare it
   */
  Engine(KieBase base, RuleLimits limits, Function<String, @Nullable String> fileOfRule, Sentences sentences) {
    this(base, limits, fileOfRule, sentences, null, null, false);
  }

  /**
   * An engine for {@code base} that fires only the rules named in {@code only}, when given: the
   * others stay in the network but never fire, so their conclusions are never inserted.
   *
   * @param call the {@code call} global, for rules that declare it; null when there is none to give
   * @param only the names of the rules that may fire; null for every rule
   * @param keepsFindings whether the findings recorded through the {@link Findings} global are kept
   *     beside the session rather than inserted into it: right only when no rule of {@code base}
   *     matches a finding
   */
  Engine(KieBase base, RuleLimits limits, Function<String, @Nullable String> fileOfRule, Sentences sentences,
      @Nullable Call call, @Nullable Set<String> only, boolean keepsFindings) {
    this.base = base;
    this.sentences = sentences;
    this.declaresSentences = declares(base, Sentences.GLOBAL, Sentences.class);
    this.declaresFindings = declares(base, Findings.GLOBAL, Findings.class);
    this.keepsFindings = keepsFindings;
    this.call = call;
    this.declaresCall = call != null && declares(base, CALL, Call.class);
    this.limits = limits;
    this.fileOfRule = fileOfRule;
    this.only = only == null ? null : match -> only.contains(match.getRule().getName());
  }

  private static boolean declares(KieBase base, String name, Class<?> type) {
    return base.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
        .anyMatch(g -> g.getName().equals(name) && g.getType().equals(type.getName()));
  }

  /**
   * A new session, with the {@link Sentences} global, {@code findings} as the {@link Findings}
   * global and the {@link #CALL} global when the rules declare them.
   */
  private KieSession open(RecordedFindings findings) {
    KieSession session = base.newKieSession();
    if (declaresSentences) {
      session.setGlobal(Sentences.GLOBAL, sentences);
    }
    findings.into(session);
    if (declaresFindings) {
      session.setGlobal(Findings.GLOBAL, findings);
    }
    if (declaresCall) {
      session.setGlobal(CALL, call);
    }
    return session;
  }

  /** Fires at most {@code max} rules, only those this engine lets fire. */
  private void fireAll(KieSession session, int max) {
    if (only == null) {
      session.fireAllRules(max);
    } else {
      session.fireAllRules(only, max);
    }
  }

  /**
   * Inserts {@code shared}, then for each of {@code batches}: inserts it, fires every rule, hands
   * the facts of type {@code conclusion} that the rules inserted to {@code sink} with the batch's
   * index, and deletes them and the batch. With no batch it fires once over {@code shared} and
   * hands the conclusions over with index 0.
   *
   * @throws RuleLimitException when a batch fires too often or the run takes too long
   * @throws RuleExecutionException when a rule throws anything (an exception, checked or not, or an
   *     error such as an {@code AssertionError}) or recurses without end, naming the rule and the
   *     proposal
   * @throws VirtualMachineError when the JVM fails under the rules ({@code OutOfMemoryError}...),
   *     as it was thrown
   */
  <T> void run(Collection<?> shared, List<List<ProposalFacts>> batches, Class<T> conclusion,
      BiConsumer<Integer, List<T>> sink) {
    run(shared, batch -> List.of(), false, batches, conclusion, sink);
  }

  /**
   * As {@link #run(Collection, List, Class, BiConsumer)}, with the facts {@code reached} gives each
   * batch inserted just before the batch's own, and deleted with them.
   *
   * <p>With {@code sessionPerBatch}, each batch gets a new session instead, into which {@code shared}
   * goes again before the batch's facts, and nothing is deleted: the session is dropped with its
   * facts and conclusions. Deleting a batch costs the network as much work again as a sixth of its
   * inserting and firing, and opening a session and inserting a few shared facts cost far less; but
   * it is right only when {@code shared} is small and no rule fires on the shared facts alone,
   * which would then fire once per batch (see {@link RuleBook#reachesById}).
   *
   * @param reached the shared facts a batch reaches, which no other rule's condition can tell apart
   *     from the facts it would see if every shared fact were there (see {@link Reach})
   * @param sessionPerBatch whether each batch gets a new session with {@code shared} in it
   */
  <T> void run(Collection<?> shared, Function<List<ProposalFacts>, List<Object>> reached, boolean sessionPerBatch,
      List<List<ProposalFacts>> batches, Class<T> conclusion, BiConsumer<Integer, List<T>> sink) {
    run(shared, reached, sessionPerBatch, batches, conclusion, sink, System.nanoTime());
  }

  /**
   * As {@link #run(Collection, Function, boolean, List, Class, BiConsumer)}, with the time limit
   * counted from {@code startedAt} (a {@link System#nanoTime()}) instead of from this call. It is
   * the hook for {@link BatchThreads}, which runs the batches of one assessment each by itself, on
   * several threads at once, under the one time limit of the whole run; the limit a
   * {@link RuleLimitException} names stays {@link RuleLimits#timeLimit()}.
   *
   * @param startedAt when the run that this call is part of started, by {@link System#nanoTime()}
   */
  <T> void run(Collection<?> shared, Function<List<ProposalFacts>, List<Object>> reached, boolean sessionPerBatch,
      List<List<ProposalFacts>> batches, Class<T> conclusion, BiConsumer<Integer, List<T>> sink, long startedAt) {
    Firings firings = new Firings();
    RecordedFindings findings = new RecordedFindings(keepsFindings, firings);
    KieSession session = open(findings);
    List<ProposalFacts> batch = List.of();
    try (Alarm alarm = Alarm.set(session, limits.timeLimit().minusNanos(System.nanoTime() - startedAt))) {
      firings.watch(alarm);
      session.addEventListener(firings);
      try {
        insertAll(session, shared);
        if (batches.isEmpty()) {
          fire(session, firings, alarm, 0);
          sink.accept(0, collect(session, findings, conclusion, true));
          return;
        }
        for (int i = 0; i < batches.size(); i++) {
          batch = batches.get(i);
          firings.reset();
          if (sessionPerBatch && i > 0) {
            session.dispose();
            session = open(findings);
            alarm.watch(session);
            session.addEventListener(firings);
            insertAll(session, shared);
          }
          List<FactHandle> handles = new ArrayList<>();
          for (Object fact : reached.apply(batch)) {
            handles.add(session.insert(fact));
          }
          for (ProposalFacts own : batch) {
            for (Object fact : own.facts()) {
              handles.add(session.insert(fact));
            }
          }
          fire(session, firings, alarm, batch.size());
          List<T> conclusions = collect(session, findings, conclusion, !sessionPerBatch);
          if (!sessionPerBatch) {
            handles.forEach(session::delete);
            fire(session, firings, alarm, batch.size());
          }
          sink.accept(i, conclusions);
        }
      } catch (RuleExecutionException e) {
        throw e;
      } catch (ConsequenceException e) {
        propagateIfTheJvmFailed(e);
        throw failure(e.getRule().getName(), Firings.proposalOf(e.getMatch().getObjects()), e);
      } catch (Throwable e) {
        propagateIfTheJvmFailed(e);
        Match firing = firings.firing();
        if (firing != null) { // Drools lets errors out of a consequence unwrapped
          throw failure(firing.getRule().getName(), Firings.proposalOf(firing.getObjects()), e);
        }
        throw failure(ruleEvaluated(session, e), isolate(shared, reached, batch, alarm), e);
      }
    } finally {
      session.dispose();
    }
  }

  private static void insertAll(KieSession session, Collection<?> facts) {
    for (Object fact : facts) {
      session.insert(fact);
    }
  }

  /**
   * Fires the rules of a batch of {@code proposals} proposals, at most one firing past what the
   * batch has left, so that a batch that would go past its limit is seen to.
   */
  private void fire(KieSession session, Firings firings, Alarm alarm, int proposals) {
    long allowed = limits.firingsFor(proposals);
    if (!alarm.rang()) {
      fireAll(session, 0); // propagates the new facts through the conditions on one fact only, firing nothing
    }
    if (!alarm.rang()) { // the conditions may have used up the time
      fireAll(session, (int) Math.min(Integer.MAX_VALUE, allowed - firings.total() + 1));
    }
    if (alarm.rang()) {
      throw exceeded(RuleLimitException.Limit.TIME, firings, allowed, proposals);
    }
    if (firings.total() > allowed) {
      throw exceeded(RuleLimitException.Limit.FIRINGS, firings, allowed, proposals);
    }
  }

  private RuleLimitException exceeded(RuleLimitException.Limit limit, Firings firings, long allowed, int proposals) {
    String rule = firings.busiestRule();
    String named = rule == null ? "none" : rule;
    return new RuleLimitException(limit, named, rule == null ? null : firings.busiestProposalOf(rule),
        rule == null ? null : fileOfRule.apply(rule), firings.firingsOf(named), firings.total(), allowed,
        limits.timeLimit(), Math.max(1, proposals));
  }

  private RuleExecutionException failure(String rule, @Nullable ProposalId proposal, Throwable thrown) {
    return new RuleExecutionException(rule, proposal, fileOfRule.apply(rule), rootCause(thrown));
  }

  /**
   * The proposal of {@code batch} whose facts make the rules fail on their own, found by running
   * each proposal alone; null when the rules fail without any proposal, or on none alone, or when
   * the time limit is over.
   */
  private @Nullable ProposalId isolate(Collection<?> shared, Function<List<ProposalFacts>, List<Object>> reached,
      List<ProposalFacts> batch, Alarm alarm) {
    for (ProposalFacts own : batch) {
      if (alarm.rang()) {
        return null;
      }
      KieSession session = open(new RecordedFindings(keepsFindings, new Firings()));
      try {
        shared.forEach(session::insert);
        try {
          fireAll(session, (int) Math.min(Integer.MAX_VALUE, limits.firingsFor(1)));
        } catch (Throwable e) {
          propagateIfTheJvmFailed(e);
          return null; // the shared facts fail alone
        }
        try {
          reached.apply(List.of(own)).forEach(session::insert);
          own.facts().forEach(session::insert);
          fireAll(session, (int) Math.min(Integer.MAX_VALUE, limits.firingsFor(1)));
        } catch (Throwable e) {
          propagateIfTheJvmFailed(e);
          return own.proposal();
        }
      } finally {
        session.dispose();
      }
    }
    return null;
  }

  /**
   * Rethrows what is under {@code thrown} when it says the JVM itself failed (out of memory, an internal error):
   * that is no rule's failure, and the command line reports it on its own. A stack overflow is the
   * rule's: a function that recursed without end. Anything else a rule's code can throw, errors
   * and checked exceptions thrown past the compiler included, is the rule's failure.
   */
  private static void propagateIfTheJvmFailed(Throwable thrown) {
    Throwable root = rootCause(thrown);
    if (root instanceof VirtualMachineError jvm && !(root instanceof StackOverflowError)) {
      throw jvm;
    }
  }

  /**
   * The rule whose condition failed: the one Drools' constraint error names, else the rule whose
   * network the agenda was evaluating (an {@code eval}, or a function that recursed without end).
   */
  private static String ruleEvaluated(KieSession session, Throwable e) {
    String named = ruleNamedIn(e);
    if (named != null) {
      return named;
    }
    if (session.getAgenda() instanceof InternalAgenda agenda) {
      RuleAgendaItem item = agenda.peekNextRule();
      if (item != null) {
        return item.getRule().getName();
      }
    }
    return "unknown rule";
  }

  /**
   * Drools' error for a failed constraint carries the rule only in its message,
   * {@code [Rule "name" in file]}; it has no accessor for it.
   */
  private static @Nullable String ruleNamedIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      int at = message == null ? -1 : message.indexOf("[Rule \"");
      if (at >= 0) {
        int end = message.indexOf("\" in ", at + 7);
        if (end > at) {
          return message.substring(at + 7, end);
        }
      }
    }
    return null;
  }

  /** What the rule's own code threw, under Drools' and reflection's wrappers. */
  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /**
   * The findings of type {@code conclusion} that {@code findings} kept, then the facts of that type
   * in the session, deleted from it when {@code delete}. Each fact is read from its own handle:
   * asking the session for a handle's object takes the object store's lock every time.
   */
  private static <T> List<T> collect(KieSession session, RecordedFindings findings, Class<T> conclusion,
      boolean delete) {
    List<FactHandle> handles = new ArrayList<>(session.<FactHandle>getFactHandles(new ClassObjectFilter(conclusion)));
    List<T> conclusions = findings.drain(conclusion);
    for (FactHandle handle : handles) {
      conclusions.add(conclusion.cast(((InternalFactHandle) handle).getObject()));
    }
    if (delete) {
      for (FactHandle handle : handles) {
        session.delete(handle);
      }
    }
    return conclusions;
  }
}
