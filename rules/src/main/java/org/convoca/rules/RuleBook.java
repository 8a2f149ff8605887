package org.convoca.rules;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.AssessmentAssembler;
import org.convoca.assessment.Finding;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.fact.SelectedProposal;
import org.convoca.selection.TrackAssigner;
import org.convoca.selection.TrackPlacement;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled rule book: assesses the proposals of a dossier and, after selection, places selected
 * proposals in the call's tracks.
 *
 * <p>A rule book is made of DRL files, each known by its file name. The bundled "federal-call"
 * book comes from the classpath; folders of {@code *.drl} files add to it. Files are merged by
 * name: a folder's file replaces an earlier file of the same name (bundled or from an earlier
 * folder), and a new name adds a file; later folders win. Only the {@code *.drl} files directly in
 * a folder count. Files whose name starts with {@code tracks} hold the post-selection rules and
 * run only in {@link #assign}; every other file runs in {@link #assess}.
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

  private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);
  private static volatile @Nullable RuleBook bundled;

  private final SortedMap<String, String> contents;
  private final List<RuleDescription> rules;
  private final List<RuleFile> files;
  private final List<RuleBookWarning> warnings;
  private final KieBase assessment;
  private final @Nullable KieBase postSelection;

  private RuleBook(List<RuleSource> sources, boolean bundledOnly, List<RuleBookWarning> warnings) {
    long started = System.nanoTime();
    SortedMap<String, String> texts = new TreeMap<>();
    sources.forEach(s -> texts.put(s.name(), s.text()));
    this.contents = Collections.unmodifiableSortedMap(texts);
    this.rules = RuleIndex.describe(sources);
    this.files = sources.stream().map(RuleFile::of).toList();
    this.warnings = List.copyOf(warnings);
    KieBase[] bases = bundledOnly ? BundledBook.precompiled().orElse(null) : null;
    if (bases == null) {
      List<RuleSource> assessing = sources.stream().filter(s -> !s.postSelection()).toList();
      List<RuleSource> placing = sources.stream().filter(RuleSource::postSelection).toList();
      List<String> problems = new ArrayList<>();
      KieBase assessmentBase = compileCollecting(assessing, problems);
      KieBase postSelectionBase = placing.isEmpty() ? null : compileCollecting(placing, problems);
      if (!problems.isEmpty()) {
        throw new RuleBookException(problems);
      }
      bases = new KieBase[] {requireNonNull(assessmentBase), postSelectionBase};
    }
    this.assessment = bases[0];
    this.postSelection = bases[1];
    LOG.debug("compiled a rule book of {} rules in {} files in {} ms", rules.size(), sources.size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * The bundled "federal-call" rule book. It is compiled on first use and shared afterwards.
   *
   * @throws RuleBookException never in a correct build; it would mean the bundled DRL is broken
   */
  public static RuleBook bundled() {
    RuleBook book = bundled;
    if (book == null) {
      synchronized (RuleBook.class) {
        book = bundled;
        if (book == null) {
          book = builder().bundled().build();
          bundled = book;
        }
      }
    }
    return book;
  }

  /**
   * A rule book made only of the {@code *.drl} files of {@code folders}, merged by file name with
   * later folders winning.
   *
   * @param folders the folders, in order; not empty
   * @throws RuleBookException when a folder cannot be read, its DRL reaches beyond the rule model
   *     (the folders are not trusted: see {@link Builder#trustFolders()}) or does not compile,
   *     listing every problem
   */
  public static RuleBook fromFolders(List<Path> folders) {
    Builder builder = builder();
    folders.forEach(builder::folder);
    return builder.build();
  }

  /** A builder that starts with no file: add the bundled book, folders, or both. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One assessment per proposal of {@code dossier}, sorted by proposal id, from the findings of the
   * assessment rules in one session over the dossier's facts. The session holds every fact that
   * proposals share (the call, each criterion, each parameter, governments, people, courses,
   * completions) and takes the proposals, each with its jury aggregates and submission order, in
   * batches of a few thousand by id: rules reason about one proposal at a time, and what compares
   * proposals with each other is computed in Java and given as facts. The result does not depend
   * on the order of the dossier's lists.
   *
   * @param dossier a dossier, read and validated
   * @throws RuleExecutionException when a rule throws while it runs, or records a finding the call
   *     cannot take (a criterion it does not define, an unknown proposal); names the rule
   */
  public List<Assessment> assess(Dossier dossier) {
    requireNonNull(dossier, "'dossier' must not be null");
    AssessmentAssembler assembler = new AssessmentAssembler(dossier.call());
    List<DossierFacts.Batch> batches = DossierFacts.perProposal(dossier);
    List<Assessment> assessments = new ArrayList<>(dossier.proposals().size());
    // Each batch is assembled as soon as it is done, so that its findings need not all be kept.
    Engine.run(assessment, DossierFacts.shared(dossier), batches.stream().map(DossierFacts.Batch::facts).toList(),
        Finding.class, (index, findings) -> {
          try {
            assessments.addAll(assembler.assemble(batches.isEmpty() ? List.of() : batches.get(index).proposals(), findings));
          } catch (IllegalArgumentException e) {
            throw new RuleExecutionException(ruleIn(e.getMessage()), null, e);
          }
        });
    return List.copyOf(assessments);
  }

  /**
   * Places selected proposals in the call's tracks with the post-selection rules (files named
   * {@code tracks*.drl}); with no such file it places none. Placements are sorted by track, then by
   * the proposals' rank.
   *
   * @param dossier the dossier, for the call's tracks and parameters
   * @param assessments the assessments of the proposals, for their labels
   * @param selectedInRankOrder the selected proposals, best first; each must have an assessment
   * @throws IllegalArgumentException when a selected proposal has no assessment
   * @throws RuleExecutionException when a post-selection rule throws
   */
  @Override
  public List<TrackPlacement> assign(Dossier dossier, List<Assessment> assessments, List<ProposalId> selectedInRankOrder) {
    requireNonNull(dossier, "'dossier' must not be null");
    if (postSelection == null) {
      return List.of();
    }
    Map<ProposalId, Assessment> byId = new HashMap<>();
    assessments.forEach(a -> byId.put(a.proposal(), a));
    List<Object> facts = new ArrayList<>();
    facts.add(dossier.call());
    facts.addAll(dossier.call().tracks());
    facts.addAll(DossierFacts.parameters(dossier.call()));
    Map<ProposalId, Integer> rank = new HashMap<>();
    for (int i = 0; i < selectedInRankOrder.size(); i++) {
      ProposalId id = selectedInRankOrder.get(i);
      Assessment a = byId.get(id);
      if (a == null) {
        throw new IllegalArgumentException("selected proposal '" + id + "' has no assessment");
      }
      rank.put(id, i + 1);
      facts.add(new SelectedProposal(id, i + 1, a.labels().stream().map(l -> l.label()).sorted().distinct().toList()));
    }
    List<TrackPlacement> placements = new ArrayList<>(Engine.run(postSelection, facts, TrackPlacement.class));
    placements.sort(Comparator.comparing(TrackPlacement::track)
        .thenComparing(p -> rank.getOrDefault(p.proposal(), Integer.MAX_VALUE))
        .thenComparing(TrackPlacement::rule));
    return List.copyOf(placements);
  }

  /**
   * The rule book's DRL, file name to text, sorted by name: the input of the outcome's
   * fingerprint. Unmodifiable.
   */
  public SortedMap<String, String> contents() {
    return contents;
  }

  /** Every rule, by file name, then in the order the file declares them. */
  public List<RuleDescription> rules() {
    return rules;
  }

  /** Every file, by name: its phase, where it came from, what it replaced and how many rules it has. */
  public List<RuleFile> files() {
    return files;
  }

  /**
   * What in the folders compiles but is likely a mistake, folder by folder: entries that are not
   * read, then files that replace another with fewer rules, hold no rules or insert conclusions of
   * the wrong phase. Empty for the bundled book.
   */
  public List<RuleBookWarning> warnings() {
    return warnings;
  }

  private static @Nullable KieBase compileCollecting(List<RuleSource> sources, List<String> problems) {
    try {
      return DrlCompiler.compile(sources);
    } catch (RuleBookException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static String ruleIn(@Nullable String message) {
    if (message != null && message.startsWith("rule '")) {
      int end = message.indexOf('\'', 6);
      if (end > 6) {
        return message.substring(6, end);
      }
    }
    return "unknown rule";
  }

  /** Collects the sources of a rule book and compiles them. */
  public static final class Builder {

    private final Map<String, RuleSource> sources = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<RuleBookWarning> warnings = new ArrayList<>();
    private boolean folders;
    private boolean trusted;

    private Builder() {}

    /** Adds the bundled "federal-call" files; files added later with the same name replace them. */
    public Builder bundled() {
      BundledBook.sources().forEach(s -> sources.put(s.name(), s));
      return this;
    }

    /**
     * Adds the {@code *.drl} files directly in {@code folder}; each replaces an earlier file of the
     * same name. A folder that cannot be read, or a file in it that cannot be read or is not UTF-8,
     * is reported by {@link #build()}; a leading UTF-8 byte-order mark is dropped.
     */
    public Builder folder(Path folder) {
      requireNonNull(folder, "'folder' must not be null");
      folders = true;
      try {
        FolderBook.Read read = FolderBook.read(folder);
        read.sources().forEach(s -> sources.merge(s.name(), s, (earlier, later) -> later.replacing(earlier)));
        warnings.addAll(read.ignored());
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
     */
    public Builder trustFolders() {
      trusted = true;
      return this;
    }

    /**
     * Compiles the rule book.
     *
     * @throws RuleBookException when a folder could not be read, no file was added, a file of an
     *     untrusted folder reaches beyond the rule model, or the DRL does not compile; lists every
     *     problem as {@code file:line: message}
     */
    public RuleBook build() {
      if (problems.isEmpty() && sources.isEmpty()) {
        problems.add("no rule file: add the bundled book or a folder with *.drl files");
      }
      if (!trusted) {
        sources.values().stream().filter(s -> !s.bundled()).forEach(s -> problems.addAll(RefusedCalls.problems(s)));
      }
      if (!problems.isEmpty()) {
        throw new RuleBookException(problems);
      }
      boolean bundledOnly = !folders && !sources.isEmpty();
      List<RuleSource> merged = List.copyOf(sources.values());
      List<RuleBookWarning> all = new ArrayList<>(warnings);
      all.addAll(FileWarnings.of(merged));
      return new RuleBook(merged, bundledOnly, all);
    }
  }

}
