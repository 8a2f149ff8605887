package org.convoca.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.convoca.dossier.CallChanges;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.InvalidCallChangeException;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.Comparison;
import org.convoca.value.VisibleText;
import org.jspecify.annotations.Nullable;

/**
 * A what-if for rule authors: what a rule folder, a change to the call or another dossier does to
 * the selection, as a {@link Comparison} of two outcomes — the base and the variant.
 *
 * <pre>{@code
 * Comparison c = WhatIf.on(dossier)
 *     .variantRules(RuleBook.bundledWith(List.of(Path.of("my-rules"))))
 *     .changing(CallChanges.parse(List.of("jury.weight=30")))
 *     .compare();
 * c.entering();   // who the variant selects and the base does not
 * }</pre>
 *
 * <p>The base is the base rule book (the bundled one unless {@link #baseRules} says otherwise) on
 * the dossier. The variant is the variant rule book: the base's, whichever that is, unless
 * {@link #variantRules(RuleBook)} says otherwise, so that {@code baseRules(RuleBook.bundled("horizon-europe"))}
 * alone puts the horizon-europe book on both sides) on the other dossier ({@link #against}; the same one unless given) with the call
 * changes applied ({@link #changing}). The comparison's {@link Comparison#changes()} name what the
 * variant changes: each setting ({@code set jury.weight=30}), each rule file added, replaced or
 * removed, and another dossier; its {@link Comparison#notes()} say what the changes did besides
 * (weights scaled to keep their sum at 100). {@code convoca compare} prints and writes exactly this.
 *
 * <p>Instances are immutable and safe to share between threads; each method returns a new one.
 */
public final class WhatIf {

  private static final String PARAMETERS = "parameters.";

  private final Dossier dossier;
  private final RuleBook baseRules;
  /** The variant's rule book; null for the base's. */
  private final @Nullable RuleBook variantRules;
  private final Dossier against;
  private final CallChanges changes;

  private WhatIf(Dossier dossier, RuleBook baseRules, @Nullable RuleBook variantRules, Dossier against, CallChanges changes) {
    this.dossier = dossier;
    this.baseRules = baseRules;
    this.variantRules = variantRules;
    this.against = against;
    this.changes = changes;
  }

  /**
   * A what-if on {@code dossier}, with the bundled rule book on both sides and no change yet.
   *
   * @param dossier the base side's dossier, read and validated; not null
   * @return the what-if
   */
  public static WhatIf on(Dossier dossier) {
    requireNonNull(dossier, "'dossier' must not be null");
    return new WhatIf(dossier, RuleBook.bundled(), null, dossier, CallChanges.none());
  }

  /**
   * {@return this what-if with {@code book} as the base side's rule book} The variant keeps its own
   * book when {@link #variantRules(RuleBook)} gave one; otherwise it has this one too.
   *
   * @param book the base side's rule book; not null
   */
  public WhatIf baseRules(RuleBook book) {
    return new WhatIf(dossier, requireNonNull(book, "'book' must not be null"), variantRules, against, changes);
  }

  /**
   * {@return this what-if with {@code book} as the variant side's rule book}
   *
   * @param book the variant side's rule book; not null
   */
  public WhatIf variantRules(RuleBook book) {
    return new WhatIf(dossier, baseRules, requireNonNull(book, "'book' must not be null"), against, changes);
  }

  /**
   * {@return this what-if with {@code other} as the variant side's dossier}
   *
   * @param other the variant side's dossier, read and validated; not null
   */
  public WhatIf against(Dossier other) {
    return new WhatIf(dossier, baseRules, variantRules, requireNonNull(other, "'other' must not be null"), changes);
  }

  /**
   * {@return this what-if with {@code callChanges} applied to the variant side's dossier}
   *
   * @param callChanges the changes to the variant's call; not null
   */
  public WhatIf changing(CallChanges callChanges) {
    return new WhatIf(dossier, baseRules, variantRules, against,
        requireNonNull(callChanges, "'callChanges' must not be null"));
  }

  /**
   * Decides both sides and compares them.
   *
   * @return what changes from the base to the variant, with the variant's changes and notes
   * @throws InvalidCallChangeException when the call changes name nothing in the call or make a call
   *     that a dossier may not have, each problem with its setting and JSON path
   * @throws SideFailure when a rule fails on either side, naming the side, with the rule's
   *     {@link RuleExecutionException} as its cause
   */
  public Comparison compare() {
    CallChanges.Changed changed = changes.applyTo(against);
    CallOutcome base = decide("base", baseRules, dossier);
    CallOutcome variant = decide("variant", variantRules(), changed.dossier());
    return Comparison.of(base, variant).describedBy(changes(), changed.notes());
  }

  private static CallOutcome decide(String side, RuleBook book, Dossier dossier) {
    try {
      return Convoca.with(book).decide(dossier);
    } catch (RuleExecutionException e) {
      throw new SideFailure(side, e);
    }
  }

  /** {@return the variant's rule book: the one {@link #variantRules(RuleBook)} gave, else the base's} */
  private RuleBook variantRules() {
    return variantRules == null ? baseRules : variantRules;
  }

  /**
   * One warning per {@code parameters.<name>} setting whose parameter neither the variant's call
   * has (set, or with a default) nor the variant's rule book names in quotes, the way a rule reads a
   * parameter by a name of its own: most likely a misspelt name, which changes nothing. Each names
   * the nearest known parameters. Cheap: no rule runs.
   *
   * @return the warnings, one sentence each, in the settings' order; empty when every parameter is known
   */
  public List<String> warnings() {
    Map<String, Object> known = against.call().parameters().asMap();
    RuleBook book = variantRules();
    List<String> warnings = new ArrayList<>();
    for (String setting : changes.settings()) {
      String key = setting.substring(0, setting.indexOf('=')).strip();
      if (!key.startsWith(PARAMETERS) || key.length() == PARAMETERS.length()) {
        continue;
      }
      String name = key.substring(PARAMETERS.length());
      String quoted = "\"" + name + "\"";
      if (known.containsKey(name) || book.contents().values().stream().anyMatch(text -> text.contains(quoted))
          || book.monitoringContents().values().stream().anyMatch(text -> text.contains(quoted))) {
        continue;
      }
      List<String> nearest = known.keySet().stream()
          .sorted(Comparator.comparingInt((String k) -> distance(k.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)))
              .thenComparing(Comparator.naturalOrder()))
          .limit(3).toList();
      warnings.add("--set " + VisibleText.of(key) + ": neither the call nor the rule book has a parameter of "
          + "that name, so it changes nothing unless a rule reads it by a name built at run time"
          + (nearest.isEmpty() ? "" : "; the nearest known are " + String.join(", ", nearest)));
    }
    return warnings;
  }

  /** The edit distance between {@code a} and {@code b}: insertions, deletions and substitutions. */
  private static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length()];
  }

  /**
   * A rule failure while {@link #compare()} decided one side, with the side named: the message is
   * {@code base: } or {@code variant: } followed by the rule's failure; {@link #getCause()} is the
   * {@link RuleExecutionException}.
   */
  public static final class SideFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** {@code base} or {@code variant}. */
    private final String side;

    SideFailure(String side, RuleExecutionException cause) {
      super(side + ": " + cause.getMessage(), cause);
      this.side = side;
    }

    /** {@return the side being decided when the rule failed: {@code base} or {@code variant}} */
    public String side() {
      return side;
    }

    /** {@return the rule's failure} */
    public RuleExecutionException failure() {
      return (RuleExecutionException) getCause();
    }
  }

  /**
   * What the variant changes, in words: the settings, the rule files, the message bundles (which
   * the books' contents name by file name and digest, so that a bundle with other texts is one
   * that only one side has), another dossier.
   */
  private List<String> changes() {
    List<String> words = new ArrayList<>();
    changes.settings().forEach(s -> words.add("set " + s));
    SortedMap<String, String> before = baseRules.contents();
    SortedMap<String, String> after = variantRules().contents();
    for (Map.Entry<String, String> file : after.entrySet()) {
      String was = before.get(file.getKey());
      if (was == null && !isBundle(file.getKey())) {
        words.add("rule file added: " + file.getKey());
      } else if (was != null && !was.equals(file.getValue())) {
        words.add("rule file replaced: " + file.getKey());
      }
    }
    before.keySet().stream().filter(name -> !after.containsKey(name) && !isBundle(name))
        .forEach(name -> words.add("rule file removed: " + name));
    SortedSet<String> added = bundlesOnlyIn(after, before);
    SortedSet<String> removed = bundlesOnlyIn(before, after);
    added.forEach(b -> words.add((removed.contains(b) ? "message bundle changed: " : "message bundle added: ") + b));
    removed.stream().filter(b -> !added.contains(b)).forEach(b -> words.add("message bundle removed: " + b));
    if (against != dossier) {
      words.add("another dossier: call " + against.call().id().value() + ", " + against.proposals().size() + " proposals");
    }
    return words;
  }

  /** Whether a name of a book's contents is a message bundle's: {@code messages_es.properties#3fa2...}. */
  private static boolean isBundle(String name) {
    return name.indexOf('#') >= 0;
  }

  /** The file names of the message bundles of {@code side} whose texts {@code other} does not have. */
  private static SortedSet<String> bundlesOnlyIn(SortedMap<String, String> side, SortedMap<String, String> other) {
    return side.keySet().stream().filter(name -> isBundle(name) && !other.containsKey(name))
        .map(name -> name.substring(0, name.indexOf('#'))).collect(Collectors.toCollection(TreeSet::new));
  }
}
