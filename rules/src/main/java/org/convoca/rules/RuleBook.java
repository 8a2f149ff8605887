package org.convoca.rules;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.Finding;
import org.convoca.assessment.FindingRejectedException;
import org.convoca.assessment.internal.AssessmentAssembler;
import org.convoca.call.Call;
import org.convoca.call.MonitoringParameters;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.InvalidDossierException;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.monitoring.MonitoringOutcome;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.ProducedBy;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.convoca.rules.fact.Sentences;
import org.convoca.rules.fact.SelectedProposal;
import org.convoca.selection.TrackAssigner;
import org.convoca.selection.TrackPlacement;
import org.convoca.validation.MonitoringDataCheck;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled rule book: assesses the proposals of a dossier and, after selection, places selected
 * proposals in the call's tracks.
 *
 * <p>A rule book is made of DRL files, each known by its file name. The bundled books come from
 * the classpath: "federal-call", the default ({@link #bundled()}), and "horizon-europe"
 * ({@link #bundled(String)}, {@link #bundledNames()}); folders of {@code *.drl} files are laid over
 * it ({@link #bundledWith(List)}) or make a book of their own ({@link #ownRules(List)}). Files are merged by
 * name: a folder's file replaces an earlier file of the same name (bundled or from an earlier
 * folder), and a new name adds a file; later folders win. Only the {@code *.drl} files directly in
 * a folder count. Files whose name starts with {@code tracks} hold the post-selection rules and
 * run only in {@link #assign}; files whose name starts with {@code monitoring} hold the monitoring
 * rules and run only in {@link #monitor}; every other file runs in {@link #assess}. Each phase has
 * a knowledge base of its own.
 *
 * <p>A folder's DRL is code: it runs with the privileges of the user who runs it, like a build
 * script. Unless the builder is told to {@linkplain Builder#trustFolders() trust} the folders, a
 * compile-time check refuses folder DRL that reaches process control, reflection, threads, files,
 * the network or the environment; it is defence in depth, not a sandbox. What compiles but looks
 * like a mistake is listed by {@link #warnings()}.
 *
 * <p>A rule book is compiled once, when it is built, and is then immutable and safe to share
 * between threads: each call runs the rules in a session of its own.
 */
public final class RuleBook implements TrackAssigner {

  /** The name of the default bundled book, {@link #bundled()}. */
  public static final String DEFAULT_BOOK = "federal-call";

  private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);
  private static final Map<String, RuleBook> BUNDLED = new ConcurrentHashMap<>();

  private final SortedMap<String, String> contents;
  private final SortedMap<String, String> monitoringContents;
  private final List<RuleDescription> rules;
  private final List<RuleFile> files;
  private final List<RuleBookWarning> warnings;
  private final Map<String, String> fileOfRule;
  private final CriterionCoverage coverage;
  private final KnowledgeBases bases;
  private final RuleLimits limits;
  private final List<String> bundledBooks;
  private final Messages messages;

  private RuleBook(SortedMap<String, String> contents, SortedMap<String, String> monitoringContents,
      List<RuleDescription> rules, List<RuleFile> files, List<RuleBookWarning> warnings, Map<String, String> fileOfRule,
      CriterionCoverage coverage, KnowledgeBases bases, RuleLimits limits, List<String> bundledBooks, Messages messages) {
    this.contents = contents;
    this.monitoringContents = monitoringContents;
    this.rules = rules;
    this.files = files;
    this.warnings = warnings;
    this.fileOfRule = fileOfRule;
    this.coverage = coverage;
    this.bases = bases;
    this.limits = limits;
    this.bundledBooks = bundledBooks;
    this.messages = messages;
  }

  /**
   * Adds a message bundle to a fingerprint's files, named by its file name and the start of its
   * text's SHA-256 ({@code messages_es.properties#3fa2...}), so that the same bundles give the same
   * fingerprint whether they come bundled or from folders, in any order.
   */
  private static void bundleText(SortedMap<String, String> texts, String file, String text) {
    texts.put(file.substring(file.lastIndexOf('/') + 1) + "#" + sha256(text).substring(0, 16), text);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The rule book of {@code sources}, precompiled when they are the files of {@code bundledOnly} alone. */
  private static RuleBook of(List<RuleSource> sources, @Nullable BundledBook bundledOnly, List<RuleBookWarning> warnings,
      @Nullable RuleBookCache cache, List<String> bundledBooks, List<FolderBook.Read> folderBundles) {
    long started = System.nanoTime();
    SortedMap<String, String> texts = new TreeMap<>();
    SortedMap<String, String> monitoringTexts = new TreeMap<>();
    Map<String, String> origins = new HashMap<>();
    sources.forEach(s -> {
      (s.monitoring() ? monitoringTexts : texts).put(s.name(), s.text());
      origins.put(s.name(), s.origin());
    });
    List<RuleDescription> rules = RuleIndex.describe(sources);
    Map<String, String> fileOfRule = new HashMap<>();
    rules.forEach(r -> fileOfRule.putIfAbsent(r.name(), origins.get(r.file())));
    Messages messages = Messages.of("no message bundles", Map.of());
    for (int i = bundledBooks.size() - 1; i >= 0; i--) {
      BundledBook book = BundledBook.named(bundledBooks.get(i));
      messages = book.messages().over(messages);
      book.bundleFiles().forEach((file, text) -> bundleText(file.startsWith("monitoring/") ? monitoringTexts : texts, file, text));
    }
    List<RuleBookWarning> allWarnings = new ArrayList<>(warnings);
    for (FolderBook.Read folder : folderBundles) {
      allWarnings.addAll(FolderBundles.mismatches(folder, messages));
      messages = Messages.of(folder.folder().resolve("messages").toString(), folder.bundles()).over(messages);
      boolean monitoring = folder.sources().stream().anyMatch(RuleSource::monitoring);
      boolean selection = folder.sources().isEmpty() || folder.sources().stream().anyMatch(f -> !f.monitoring());
      folder.bundles().forEach((suffix, text) -> {
        String file = "messages" + (suffix.isEmpty() ? "" : "_" + suffix) + ".properties";
        if (selection) {
          bundleText(texts, file, text);
        }
        if (monitoring) {
          bundleText(monitoringTexts, file, text);
        }
      });
    }
    KnowledgeBases bases = bundledOnly != null
        ? bundledOnly.precompiled().orElseGet(() -> KnowledgeBases.compile(sources, null))
        : KnowledgeBases.compile(sources, cache);
    LOG.debug("compiled a rule book of {} rules in {} files in {} ms", rules.size(), sources.size(),
        (System.nanoTime() - started) / 1_000_000);
    return new RuleBook(Collections.unmodifiableSortedMap(texts), Collections.unmodifiableSortedMap(monitoringTexts),
        rules, sources.stream().map(RuleFile::of).toList(),
        List.copyOf(allWarnings), Map.copyOf(fileOfRule), CriterionCoverage.of(sources), bases, RuleLimits.defaults(),
        List.copyOf(bundledBooks), messages);
  }

  /**
   * The bundled "federal-call" rule book, the default one. It is compiled on first use and shared afterwards.
   *
   * @return the bundled book, the same instance on every call
   * @throws RuleBookException never in a correct build; it would mean the bundled DRL is broken
   */
  public static RuleBook bundled() {
    return bundled(DEFAULT_BOOK);
  }

  /**
   * The bundled rule book called {@code name}, one of {@link #bundledNames()}: {@code "federal-call"}
   * (the default, see {@link #bundled()}) or {@code "horizon-europe"} (a Horizon-Europe-style
   * evaluation: three criteria scored by experts, no tracks and no monitoring). Each is compiled on
   * first use and shared afterwards.
   *
   * @param name the book's name; not null
   * @return the bundled book, the same instance on every call with the same name
   * @throws IllegalArgumentException when no bundled book is called {@code name}; the message lists the names
   * @throws RuleBookException never in a correct build; it would mean the bundled DRL is broken
   */
  public static RuleBook bundled(String name) {
    requireNonNull(name, "'name' must not be null");
    BundledBook book = BundledBook.named(name);
    return BUNDLED.computeIfAbsent(book.name(), n -> builder().bundled(n).build());
  }

  /** {@return the names of the bundled rule books, the default ({@code "federal-call"}) first} */
  public static List<String> bundledNames() {
    return BundledBook.names();
  }

  /**
   * The bundled "federal-call" rule book with the {@code *.drl} files of {@code folders} laid over
   * it: a folder's file replaces the bundled file (or an earlier folder's file) of the same name,
   * and a new name adds a file. The same as {@code builder().bundled().folder(..)...build()}.
   *
   * @param folders the folders, in order, later ones winning; may be empty (then it is the bundled
   *     book); not null
   * @return the compiled book
   * @throws RuleBookException when a folder cannot be read, its DRL reaches beyond the rule model
   *     (the folders are not trusted: see {@link Builder#trustFolders()}) or does not compile,
   *     listing every problem
   */
  public static RuleBook bundledWith(List<Path> folders) {
    requireNonNull(folders, "'folders' must not be null");
    if (folders.isEmpty()) {
      return bundled();
    }
    Builder builder = builder().bundled();
    folders.forEach(builder::folder);
    return builder.build();
  }

  /**
   * A rule book made only of the {@code *.drl} files of {@code folders}, merged by file name with
   * later folders winning; no bundled rule is in it. A criterion of a call that none of these rules
   * awards points on gets 0 points for every proposal: {@link #warnings(Call)} says so.
   *
   * @param folders the folders, in order; not empty
   * @return the compiled book
   * @throws RuleBookException when a folder cannot be read, its DRL reaches beyond the rule model
   *     (the folders are not trusted: see {@link Builder#trustFolders()}) or does not compile,
   *     listing every problem; when {@code folders} is empty, as a book with no rule file
   */
  public static RuleBook ownRules(List<Path> folders) {
    requireNonNull(folders, "'folders' must not be null");
    Builder builder = builder();
    folders.forEach(builder::folder);
    return builder.build();
  }

  /**
   * A rule book made only of the {@code *.drl} files of {@code folders}, without the bundled rules.
   *
   * @param folders the folders, in order; not empty
   * @return the compiled book
   * @throws RuleBookException as {@link #ownRules(List)}
   * @deprecated the name does not say that the bundled rules are left out: use {@link #ownRules(List)}
   *     for only the folders' rules, or {@link #bundledWith(List)} to lay the folders over the
   *     bundled book
   */
  @Deprecated(since = "0.1.0")
  public static RuleBook fromFolders(List<Path> folders) {
    return ownRules(folders);
  }

  /** {@return a builder that starts with no file: add the bundled book, folders, or both} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One assessment per proposal of {@code dossier}, sorted by proposal id, from the findings of the
   * assessment rules in one session over the dossier's facts. The session holds every fact that
   * proposals share (the call, each criterion, each parameter, governments, people, courses,
   * completions) and takes the proposals, each with its jury aggregates and submission order, in
   * batches of 250 by id ({@code DossierFacts.BATCH}). When every assessment file is a bundled
   * one, which looks at governments and completions only through a proposal's ids and at no person,
   * each batch takes with it just the ones its proposals name (their applicants, and the completions
   * of their team members and partners' contacts) instead, with the same findings, so that the
   * session's memory does not grow with the dossier; each batch then has a new session of its own,
   * which costs less than deleting the batch from the last one, and the findings the rules record
   * are kept beside the session instead of inserted into it. Rules reason about one proposal at a time,
   * and what compares proposals with each other is computed in Java and given as facts. The result
   * does not depend on the order of the dossier's lists.
   *
   * <p>Those batches, each in a session of its own, are assessed on several threads at once: the
   * calling thread and helpers ({@code convoca-rules-N}, daemons), as many in all as the processors
   * the JVM may use, or as the system property {@code convoca.rules.threads} says ({@code 1} keeps
   * every batch on the calling thread), at most one per two batches and one for fewer than four
   * batches (1,000 proposals); a value of that property that is not a whole number of 1 or more
   * is refused, whichever book runs. A thread takes the next batch by id; the result is the same as on
   * one thread, byte for byte: the same assessments in the same order, with the same sentences. A
   * book with assessment files of its own runs in one session, on the calling thread.
   *
   * <p>Each batch may fire rules at most {@link RuleLimits#firingsPerProposal()} times its number of
   * proposals, and the run may take at most {@link RuleLimits#timeLimit()} (see {@link #limits()}),
   * counted from its start on every thread. On several threads, a failure is still that of the first
   * failing batch by id, as on one thread: no later batch is started once a batch failed, and the
   * batches before it are finished.
   *
   * @param dossier a dossier, read and validated
   * @return one assessment per proposal, sorted by proposal id; unmodifiable
   * @throws RuleLimitException when the rules go past a limit; names the rule that fired most and
   *     the proposal it fired on most
   * @throws RuleExecutionException when a rule throws or recurses without end while it runs, or
   *     records a finding the call cannot take (a criterion it does not define, an unknown
   *     proposal); names the rule, its file and, when it can be told, the proposal
   * @throws IllegalArgumentException when the system property {@code convoca.rules.threads} is set
   *     to anything but a whole number of 1 or more; the message names it and its value
   */
  public List<Assessment> assess(Dossier dossier) {
    requireNonNull(dossier, "'dossier' must not be null");
    return assess(dossier, JuryReview.of(dossier));
  }

  /**
   * As {@link #assess(Dossier)}, with the jury's review of {@code dossier} already made, so that a
   * run makes it once: the rules read its aggregates ({@code JuryAggregate}).
   *
   * @param dossier a dossier, read and validated
   * @param review the jury's review of {@code dossier}
   * @return one assessment per proposal, sorted by proposal id; unmodifiable
   * @throws RuleLimitException as {@link #assess(Dossier)}
   * @throws RuleExecutionException as {@link #assess(Dossier)}
   * @throws IllegalArgumentException as {@link #assess(Dossier)}
   */
  public List<Assessment> assess(Dossier dossier, JuryReview review) {
    requireNonNull(dossier, "'dossier' must not be null");
    requireNonNull(review, "'review' must not be null");
    return assess(dossier, review, assessing(dossier.call()));
  }

  /**
   * As {@link #assess(Dossier)}, firing only the assessment rules named in {@code rules}: the
   * others stay compiled in but never fire (a Drools agenda filter), so their findings are
   * missing and a rule that reads a fact another rule inserts sees it only when that rule is
   * named too. It is for testing rules one at a time
   * ({@link org.convoca.rules.testing.RuleVerifier}); an assessment made this way is not the
   * book's.
   *
   * @param dossier a dossier, read and validated
   * @param rules the names of the assessment rules that may fire; not empty
   * @return one assessment per proposal, sorted by proposal id; unmodifiable
   * @throws IllegalArgumentException when {@code rules} is empty or names a rule that is not an
   *     assessment rule of this book
   * @throws RuleLimitException as {@link #assess(Dossier)}
   * @throws RuleExecutionException as {@link #assess(Dossier)}
   */
  public List<Assessment> assessWithOnly(Dossier dossier, Set<String> rules) {
    requireNonNull(dossier, "'dossier' must not be null");
    requireNonNull(rules, "'rules' must not be null");
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("name at least one rule to fire");
    }
    Set<String> assessmentFiles = new HashSet<>();
    files.stream().filter(f -> f.phase() == RuleFile.Phase.ASSESSMENT).forEach(f -> assessmentFiles.add(f.name()));
    Set<String> assessmentRules = new HashSet<>();
    this.rules.stream().filter(r -> assessmentFiles.contains(r.file())).forEach(r -> assessmentRules.add(r.name()));
    rules.stream().filter(r -> !assessmentRules.contains(r)).findFirst().ifPresent(r -> {
      throw new IllegalArgumentException("\"" + r + "\" is not an assessment rule of this rule book");
    });
    return assess(dossier, JuryReview.of(dossier), new Engine(bases.assessment(), limits, fileOfRule::get,
        new Sentences(messages, dossier.call().writtenIn()), dossier.call(), Set.copyOf(rules), reachesById()));
  }

  private List<Assessment> assess(Dossier dossier, JuryReview review, Engine engine) {
    return assess(dossier, review, engine, reachesById());
  }

  /**
   * Whether every assessment file is a bundled one, unchanged: the bundled rules look at
   * governments and completions only through a proposal's ids, and at no person ({@link Reach}), so a
   * batch needs only those it reaches; no rule fires on the shared facts alone, so each batch can
   * have a session of its own; and no rule matches a finding, so findings need not be inserted
   * ({@link org.convoca.rules.fact.Findings}). A book with any other assessment file gets every
   * shared fact, in one session for every batch, and every finding as a fact.
   */
  boolean reachesById() {
    return files.stream().filter(f -> f.phase() == RuleFile.Phase.ASSESSMENT).allMatch(f -> f.origin().equals(RuleFile.BUNDLED));
  }

  /**
   * The assessments, with each batch given only the governments, people and completions it
   * reaches when {@code byReach}, or every one of them in the session throughout otherwise; the
   * two give the same assessments for the bundled books (a test compares them).
   */
  List<Assessment> assess(Dossier dossier, JuryReview review, boolean byReach) {
    return assess(dossier, review, assessing(dossier.call()), byReach, byReach);
  }

  /**
   * As {@link #assess(Dossier, JuryReview, boolean)}, with each batch in a session of its own when
   * {@code sessionPerBatch}, or every batch in one session, deleted from it after it fired,
   * otherwise (see {@link Engine#run(Collection, Function, boolean, List, Class, java.util.function.BiConsumer)}); the
   * two give the same assessments (a test compares them).
   */
  List<Assessment> assess(Dossier dossier, JuryReview review, boolean byReach, boolean sessionPerBatch) {
    return assess(dossier, review, assessing(dossier.call()), byReach, sessionPerBatch);
  }

  private List<Assessment> assess(Dossier dossier, JuryReview review, Engine engine, boolean byReach) {
    return assess(dossier, review, engine, byReach, byReach);
  }

  private List<Assessment> assess(Dossier dossier, JuryReview review, Engine engine, boolean byReach,
      boolean sessionPerBatch) {
    return assess(dossier, review, engine, byReach, sessionPerBatch, -1);
  }

  /**
   * As {@link #assess(Dossier, JuryReview)}, a bundled book's batches assessed on {@code threads}
   * threads; for the tests that compare it with one thread.
   */
  List<Assessment> assessOnThreads(Dossier dossier, JuryReview review, int threads) {
    return assess(dossier, review, assessing(dossier.call()), true, true, threads);
  }

  /**
   * The assessments. When each batch has a session of its own, the batches are assessed on
   * {@code threads} threads ({@link BatchThreads#threadsFor} when negative), each batch by itself
   * under the time limit of the whole run; the assessments are those of one thread, in the same
   * order, and a failure is that of the first failing batch, as on one thread.
   */
  private List<Assessment> assess(Dossier dossier, JuryReview review, Engine engine, boolean byReach,
      boolean sessionPerBatch, int threads) {
    AssessmentAssembler assembler = new AssessmentAssembler(dossier.call());
    List<List<ProposalFacts>> batches = DossierFacts.perProposal(dossier, review);
    Collection<?> shared = byReach ? DossierFacts.common(dossier) : DossierFacts.shared(dossier);
    Function<List<ProposalFacts>, List<Object>> reached = byReach ? new Reach(dossier)::of : batch -> List.of();
    // Read for every book, so that a wrong convoca.rules.threads is told whichever book runs.
    int chosen = threads < 0 ? BatchThreads.threadsFor(batches.size()) : threads;
    int onThreads = sessionPerBatch ? chosen : 1;
    if (onThreads > 1 && batches.size() > 1) {
      long started = System.nanoTime();
      List<List<Assessment>> perBatch = BatchThreads.run(onThreads, batches.size(), i -> {
        List<List<Assessment>> assessed = new ArrayList<>(1);
        engine.run(shared, reached, true, List.of(batches.get(i)), Finding.class,
            (index, findings) -> assessed.add(assemble(assembler, batches.get(i), findings)), started);
        return assessed.get(0);
      });
      List<Assessment> assessments = new ArrayList<>(dossier.proposals().size());
      perBatch.forEach(assessments::addAll);
      return List.copyOf(assessments);
    }
    List<Assessment> assessments = new ArrayList<>(dossier.proposals().size());
    // Each batch is assembled as soon as it is done, so that its findings need not all be kept.
    engine.run(shared, reached, sessionPerBatch, batches, Finding.class,
        (index, findings) -> assessments.addAll(assemble(assembler, batches.isEmpty() ? List.of() : batches.get(index), findings)));
    return List.copyOf(assessments);
  }

  /** The assessments of {@code batch}'s proposals from their findings. */
  private List<Assessment> assemble(AssessmentAssembler assembler, List<ProposalFacts> batch, List<Finding> findings) {
    try {
      return assembler.assemble(batch.stream().map(ProposalFacts::proposal).toList(), findings);
    } catch (FindingRejectedException e) {
      throw rejected(e);
    }
  }

  /**
   * Places selected proposals in the call's tracks with the post-selection rules (files named
   * {@code tracks*.drl}); with no such file it places none. Placements are sorted by track, then by
   * the proposals' rank.
   *
   * @param dossier the dossier, for the call's tracks and parameters
   * @param assessments the assessments of the proposals, for their labels
   * @param selectedInRankOrder the selected proposals, best first; each must have an assessment
   * @return the placements, sorted by track, then by rank; unmodifiable
   * @throws IllegalArgumentException when a selected proposal has no assessment
   * @throws RuleLimitException when the post-selection rules go past a limit (the selected
   *     proposals count as one batch)
   * @throws RuleExecutionException when a post-selection rule throws
   */
  @Override
  public List<TrackPlacement> assign(Dossier dossier, List<Assessment> assessments, List<ProposalId> selectedInRankOrder) {
    requireNonNull(dossier, "'dossier' must not be null");
    KieBase postSelection = bases.postSelection();
    if (postSelection == null) {
      return List.of();
    }
    Map<ProposalId, Assessment> byId = new HashMap<>();
    assessments.forEach(a -> byId.put(a.proposalId(), a));
    List<Object> shared = new ArrayList<>();
    shared.add(dossier.call());
    shared.addAll(dossier.call().tracks());
    shared.addAll(DossierFacts.parameters(dossier.call()));
    List<ProposalFacts> selected = new ArrayList<>();
    Map<ProposalId, Integer> rank = new HashMap<>();
    for (int i = 0; i < selectedInRankOrder.size(); i++) {
      ProposalId id = selectedInRankOrder.get(i);
      Assessment a = byId.get(id);
      if (a == null) {
        throw new IllegalArgumentException("selected proposal '" + id + "' has no assessment");
      }
      rank.put(id, i + 1);
      selected.add(new ProposalFacts(id, List.of(
          new SelectedProposal(id, i + 1, a.labels().stream().map(l -> l.label()).sorted().distinct().toList()))));
    }
    List<TrackPlacement> placements = new ArrayList<>();
    engine(postSelection, dossier.call()).run(shared, selected.isEmpty() ? List.of() : List.of(selected), TrackPlacement.class,
        (index, placed) -> placements.addAll(placed));
    placements.sort(Comparator.comparing(TrackPlacement::track)
        .thenComparing(p -> rank.getOrDefault(p.proposal(), Integer.MAX_VALUE))
        .thenComparing(TrackPlacement::rule));
    return List.copyOf(placements);
  }

  /**
   * Runs the monitoring rules (files named {@code monitoring*.drl}) on the selected projects of
   * {@code selection} as of {@code asOf}, and assembles each project's status, completion, results,
   * recognitions, gaps, funds and history.
   *
   * <p>First the monitoring data is checked against the selection and the date
   * ({@link MonitoringDataCheck}). Then each project is judged on each of its report dates up to
   * {@code asOf} and on {@code asOf}, in one session per judgement date that holds a
   * {@code MonitoringDate}, the call's monitoring {@code Parameter}s and, per project judged that day,
   * its {@code MonitoredProject}, a {@code MilestoneProgress} per milestone, a {@code CompletionScope}
   * per commitment and one for the whole project, and the results assessment that counts: only
   * what is dated on or before the judgement date is seen. A project takes the first status
   * concluded in {@link org.convoca.monitoring.ImplementationStatus#PRECEDENCE}; when no rule
   * concludes a status for it (a folder emptied the status rules), it is shown as
   * {@code NOT_STARTED} with no reason and the outcome has a note naming it. A recognition is granted
   * when the rules name at least one condition for it and every one is met.
   *
   * <p>Projects go in batches of 250 per session, each batch under {@link RuleLimits#firingsPerProposal()}
   * firings per project; the {@linkplain RuleLimits#timeLimit() time limit} covers every session of
   * the run together. A book with no monitoring file concludes nothing: every project is then
   * shown with no status concluded, as above.
   *
   * @param dossier the dossier the selection was decided on, read and validated
   * @param selection the selection's outcome, as {@link Convoca#decide(Dossier)} gives it
   * @param asOf the monitoring date
   * @return one project per selected proposal, in the selection's order, with the rule book's
   *     warnings as notes and the fingerprint of the monitoring data, date and monitoring rules
   *     ({@link org.convoca.outcome.MonitoringFingerprint}), which names the selection's; in the
   *     call's language, with the titles of the monitoring rules ({@link #titles}) for its reports
   * @throws InvalidDossierException when the monitoring data has problems that need the selection or
   *     the date to be seen, every one with its JSON path
   * @throws RuleLimitException when the monitoring rules go past a limit
   * @throws RuleExecutionException when a monitoring rule throws, or concludes about a project that
   *     is not judged in its session
   */
  public MonitoringOutcome monitor(Dossier dossier, CallOutcome selection, LocalDate asOf) {
    requireNonNull(dossier, "'dossier' must not be null");
    requireNonNull(selection, "'selection' must not be null");
    requireNonNull(asOf, "'asOf' must not be null");
    List<RuleBookWarning> notes = new ArrayList<>(warnings);
    notes.addAll(unreadMonitoringParameters(dossier.call()));
    Language language = dossier.call().writtenIn();
    return new MonitoringRun(bases.monitoring(), limits, fileOfRule::get, messages)
        .monitor(dossier, selection, asOf, notes, monitoringContents).in(language, titles(language));
  }

  /**
   * One warning per monitoring parameter the call sets that no monitoring file of this book names
   * in quotes, the way a rule reads a {@code Parameter} by name: most likely a misspelt name, which
   * would otherwise change nothing without a word. {@code selectionDate} is read by Java, not by rules.
   */
  private List<RuleBookWarning> unreadMonitoringParameters(Call call) {
    return call.monitoring().given().keySet().stream()
        .filter(name -> !name.equals(MonitoringParameters.SELECTION_DATE))
        .filter(name -> monitoringContents.values().stream().noneMatch(text -> text.contains("\"" + name + "\"")))
        .map(name -> new RuleBookWarning("call.monitoring." + name,
            "no monitoring rule of this book reads it, so it changes nothing; is the name misspelt?"))
        .toList();
  }

  /**
   * {@return the rule book's assessment and post-selection DRL, file name to text, sorted by name,
   * with the message bundles its sentences come from} It is the input of the selection outcome's
   * fingerprint, so it leaves the monitoring DRL out: monitoring decides nothing of the selection.
   * Each message bundle, bundled or from a folder, is named by its file name and the first 16 hex
   * digits of its text's SHA-256 ({@code messages_es.properties#3fa2...}), so that the same
   * bundles count the same wherever they come from. The bundles of monitoring rules (a bundled
   * book's {@code monitoring/} folder, a folder of monitoring files alone) are left out, as their
   * DRL is; a folder that mixes the phases counts in both. Unmodifiable.
   */
  public SortedMap<String, String> contents() {
    return contents;
  }

  /**
   * {@return the rule book's monitoring DRL ({@code monitoring*.drl}), file name to text, sorted by
   * name, with the message bundles of the monitoring rules, named as in {@link #contents()}} It is the rule book's part of the monitoring outcome's fingerprint
   * ({@link org.convoca.outcome.MonitoringFingerprint}). Unmodifiable; empty when the book has no
   * monitoring file.
   */
  public SortedMap<String, String> monitoringContents() {
    return monitoringContents;
  }

  /** {@return every rule, by file name, then in the order the file declares them} */
  public List<RuleDescription> rules() {
    return rules;
  }

  /** {@return every file, by name: its phase, where it came from, what it replaced and how many rules it has} */
  public List<RuleFile> files() {
    return files;
  }

  /**
   * {@return what in the folders compiles but is likely a mistake, folder by folder} First entries
   * that are not read, then files that replace another with fewer rules, hold no rules or insert
   * conclusions of the wrong phase. Empty for the bundled book; see {@link #warnings(Call)} for
   * what depends on a call.
   */
  public List<RuleBookWarning> warnings() {
    return warnings;
  }

  /**
   * {@link #warnings()} and, for {@code call}, one warning per criterion of the call that no
   * assessment rule of this book awards points on (a book of one's own rules that leaves out the
   * bundled scoring, for example): every proposal would get 0 points on it. Read from the DRL: a
   * rule that creates an {@code AwardFinding} without naming a criterion (as a
   * {@code FederalVocabulary} constant, {@code CriterionId.of("..")} or {@code Criterion( id == ".." )})
   * may award on any, and then no criterion is warned about. Empty for the bundled book on a call
   * of the federal vocabulary's criteria.
   *
   * @param call the call the book is to assess; not null
   * @return the warnings, unmodifiable; those of {@link #warnings()} first
   */
  public List<RuleBookWarning> warnings(Call call) {
    requireNonNull(call, "'call' must not be null");
    List<RuleBookWarning> forCall = coverage.warnings(call);
    if (forCall.isEmpty()) {
      return warnings;
    }
    List<RuleBookWarning> all = new ArrayList<>(warnings);
    all.addAll(forCall);
    return List.copyOf(all);
  }

  /** {@return the limits this rule book runs under; {@link RuleLimits#defaults()} unless set with {@link #withLimits}} */
  public RuleLimits limits() {
    return limits;
  }

  /**
   * This rule book running under {@code limits}: the same compiled rules, so this is cheap.
   *
   * @param limits the limits; not null
   * @return this book under {@code limits}
   */
  public RuleBook withLimits(RuleLimits limits) {
    return new RuleBook(contents, monitoringContents, rules, files, warnings, fileOfRule, coverage, bases,
        requireNonNull(limits, "'limits' must not be null"), bundledBooks, messages);
  }

  /**
   * {@return the names of the bundled books this book was built from, in the order of
   * {@link #bundledNames()}} One name for {@link #bundled(String)} and {@link #bundledWith}, with or
   * without folders laid over it; none for {@link #ownRules}.
   */
  public List<String> bundledBooks() {
    return bundledBooks;
  }

  /**
   * {@return the name of the bundled book this one starts from, such as {@code "horizon-europe"};
   * empty for a book of rule folders alone} Several bundled books added to one builder are named
   * together, sorted and joined by {@code +}.
   */
  public Optional<String> bundledName() {
    return bundledBooks.isEmpty() ? Optional.empty()
        : Optional.of(bundledBooks.stream().sorted().collect(Collectors.joining("+")));
  }

  /**
   * {@return the message bundles the rules' sentences and titles come from: those of its folders
   * ({@code messages.properties}, {@code messages_es.properties}...), the last folder's first, over
   * those of the bundled books it starts from} A DRL file reads them through the
   * {@link org.convoca.rules.fact.Sentences} global; a key that no bundle has fails the rule that
   * asks for it with a {@link RuleExecutionException} naming the rule and the key.
   */
  public Messages messages() {
    return messages;
  }

  /**
   * The title of each rule of this book that its bundles title, in {@code language}: the rule's name
   * stays its identifier in the outcome's files, and reports show the title beside its sentence.
   *
   * @param language the language of the titles, the call's
   * @return rule name to title, sorted by name; rules without a title are left out
   */
  public SortedMap<String, String> titles(Language language) {
    SortedMap<String, String> titles = new TreeMap<>();
    for (RuleDescription rule : rules) {
      String key = Sentences.titleKey(rule.name());
      if (messages.has(language, key)) {
        titles.put(rule.name(), messages.format(language, key));
      }
    }
    return Collections.unmodifiableSortedMap(titles);
  }

  /** {@return the running versions with this book: its bundled name and the files its folders added or replaced} */
  ProducedBy producedBy() {
    return ProducedBy.current().withBook(bundledName().orElse(null),
        files.stream().filter(f -> !f.origin().equals(RuleFile.BUNDLED)).map(RuleFile::name).toList());
  }

  /** A rule's conclusion the call cannot take, as a failure of that rule in its file. */
  RuleExecutionException rejected(FindingRejectedException e) {
    return new RuleExecutionException(e.rule(), e.proposal().orElse(null), fileOfRule.get(e.rule()), e);
  }

  private Engine engine(KieBase base, Call call) {
    return new Engine(base, limits, fileOfRule::get, new Sentences(messages, call.writtenIn()), call, null, false);
  }

  /**
   * The engine of the assessment phase, which keeps the findings recorded through the
   * {@link org.convoca.rules.fact.Findings} global beside its sessions when every assessment file
   * is a bundled one, since no bundled rule matches a finding, and inserts them otherwise.
   */
  private Engine assessing(Call call) {
    return new Engine(bases.assessment(), limits, fileOfRule::get, new Sentences(messages, call.writtenIn()), call,
        null, reachesById());
  }

  /** Collects the sources of a rule book and compiles them. */
  public static final class Builder {

    private final Map<String, RuleSource> sources = new TreeMap<>();
    private final List<RuleProblem> problems = new ArrayList<>();
    private final List<RuleBookWarning> warnings = new ArrayList<>();
    private final Set<BundledBook> bundledBooks = new HashSet<>();
    private final List<FolderBook.Read> folderBundles = new ArrayList<>();
    private boolean folders;
    private boolean trusted;
    private @Nullable RuleBookCache cache;

    private Builder() {}

    /**
     * Adds the bundled "federal-call" files; files added later with the same name replace them.
     *
     * @return this builder
     */
    public Builder bundled() {
      return bundled(DEFAULT_BOOK);
    }

    /**
     * Adds the files of the bundled book called {@code name} (see {@link RuleBook#bundledNames()});
     * files added later with the same name replace them.
     *
     * @param name the bundled book's name; not null
     * @return this builder
     * @throws IllegalArgumentException when no bundled book is called {@code name}; the message lists the names
     */
    public Builder bundled(String name) {
      BundledBook book = BundledBook.named(requireNonNull(name, "'name' must not be null"));
      book.sources().forEach(s -> sources.put(s.name(), s));
      bundledBooks.add(book);
      return this;
    }

    /**
     * Adds the {@code *.drl} files directly in {@code folder}; each replaces an earlier file of the
     * same name. Its message bundles ({@code messages.properties} in English,
     * {@code messages_es.properties}...), if any, lie over the bundles of what was added before, key
     * by key: its rules say their sentences from them, and a key it shares with the bundled book (a
     * rule's title) replaces the book's text. A folder that cannot be read, a file in it that cannot
     * be read or is not UTF-8, or a bundle larger than 1 MiB or with a pattern that
     * {@link java.text.MessageFormat} refuses or a single quote, is reported by {@link #build()}; a
     * leading UTF-8 byte-order mark is dropped. Bundles of the folder that disagree (a key one
     * language lacks) are warnings.
     *
     * @param folder the folder; not null
     * @return this builder
     */
    public Builder folder(Path folder) {
      requireNonNull(folder, "'folder' must not be null");
      folders = true;
      try {
        FolderBook.Read read = FolderBook.read(folder);
        read.sources().forEach(s -> sources.merge(s.name(), s, (earlier, later) -> later.replacing(earlier)));
        warnings.addAll(read.ignored());
        if (!read.bundles().isEmpty()) {
          folderBundles.add(read);
        }
      } catch (RuleBookException e) {
        problems.addAll(e.problems());
      }
      return this;
    }

    /**
     * Trusts the folders' DRL: skips the check that refuses process control, reflection, threads,
     * files, the network and the environment in folder files. A folder's rules run with the
     * privileges of the user who runs them whether or not it is trusted; the check is defence in
     * depth, not a sandbox.
     *
     * @return this builder
     */
    public Builder trustFolders() {
      trusted = true;
      return this;
    }

    /**
     * Keeps the compiled rules of the folders in {@code folder} between runs, so that a book whose
     * files have not changed since an earlier build is read back instead of compiled again. An entry
     * is found by the SHA-256 of the files' names and texts and of the Convoca, Drools and Java that
     * run, so an edited file is always compiled afresh; the trust check and the warnings read every
     * file on every build all the same. The folder is created, readable and writable by its owner
     * alone, when it is missing; one that belongs to someone else or that others may write to is
     * not used. A damaged entry is ignored and written again, and a folder that cannot be read or
     * written only costs the compile: the book is the same with or without the cache. Without this
     * call, nothing is kept. The bundled book alone never needs it: it is precompiled.
     *
     * @param folder the cache folder; not null
     * @return this builder
     */
    public Builder cacheIn(Path folder) {
      return cache(new RuleBookCache(requireNonNull(folder, "'folder' must not be null")));
    }

    /**
     * As {@link #cacheIn(Path)}, and when the folder is not used because it belongs to someone else
     * or others may write to it, tells {@code refused} so once, in one English sentence that names
     * the folder and says why (a command line prints it, where a library's log may show nothing).
     *
     * @param folder the cache folder; not null
     * @param refused told why the folder is not used, at most once per build; not null
     * @return this builder
     */
    public Builder cacheIn(Path folder, Consumer<String> refused) {
      return cache(new RuleBookCache(requireNonNull(folder, "'folder' must not be null"),
          requireNonNull(refused, "'refused' must not be null")));
    }

    /** Uses {@code cache}, which a test may then ask how many phases it read back. */
    Builder cache(RuleBookCache cache) {
      this.cache = cache;
      return this;
    }

    /**
     * Compiles the rule book.
     *
     * @return the compiled book
     * @throws RuleBookException when a folder could not be read, no file was added, a file of an
     *     untrusted folder reaches beyond the rule model, two rules share a name (in any files,
     *     packages or phases: findings and explanations know a rule by its name alone; a file that
     *     a later one replaced is gone and does not count), or the DRL does not compile; lists every
     *     problem as {@code file:line: message}
     */
    public RuleBook build() {
      if (problems.isEmpty() && sources.isEmpty()) {
        problems.add(new RuleProblem("", 0, "no rule file: add the bundled book or a folder with *.drl files"));
      }
      if (!trusted) {
        sources.values().stream().filter(s -> !s.bundled()).forEach(s -> problems.addAll(RefusedCalls.problems(s)));
      }
      if (problems.isEmpty() && folders) {
        // Only a folder can bring a clash: the bundled books' names are unique (RuleNameClashTest),
        // and this scan of every file would otherwise add to each run's start-up.
        // Bundled files first, so that the problem is reported in the folder's file.
        problems.addAll(RuleIndex.sameNames(sources.values().stream()
            .sorted(Comparator.comparing((RuleSource s) -> !s.bundled())).toList()));
      }
      if (!problems.isEmpty()) {
        throw new RuleBookException(problems);
      }
      BundledBook bundledOnly = !folders && bundledBooks.size() == 1 ? bundledBooks.iterator().next() : null;
      List<RuleSource> merged = List.copyOf(sources.values());
      List<RuleBookWarning> all = new ArrayList<>(warnings);
      all.addAll(FileWarnings.of(merged));
      return of(merged, bundledOnly, all, cache, BundledBook.names().stream()
          .filter(n -> bundledBooks.stream().anyMatch(b -> b.name().equals(n))).toList(), folderBundles);
    }
  }

}
