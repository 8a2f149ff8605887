package org.convoca.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.convoca.dossier.CallChanges;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.InvalidCallChangeException;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.Comparison;

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
 * the dossier. The variant is the variant rule book (the base's unless {@link #variantRules} says
 * otherwise) on the other dossier ({@link #against}; the same one unless given) with the call
 * changes applied ({@link #changing}). The comparison's {@link Comparison#changes()} name what the
 * variant changes: each setting ({@code set jury.weight=30}), each rule file added, replaced or
 * removed, and another dossier; its {@link Comparison#notes()} say what the changes did besides
 * (weights scaled to keep their sum at 100). {@code convoca compare} prints and writes exactly this.
 *
 * <p>Instances are immutable and safe to share between threads; each method returns a new one.
 */
public final class WhatIf {

  private final Dossier dossier;
  private final RuleBook baseRules;
  private final RuleBook variantRules;
  private final Dossier against;
  private final CallChanges changes;

  private WhatIf(Dossier dossier, RuleBook baseRules, RuleBook variantRules, Dossier against, CallChanges changes) {
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
    RuleBook bundled = RuleBook.bundled();
    return new WhatIf(dossier, bundled, bundled, dossier, CallChanges.none());
  }

  /**
   * {@return this what-if with {@code book} as the base side's rule book}
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
   * @throws RuleExecutionException when a rule fails on either side
   */
  public Comparison compare() {
    CallChanges.Changed changed = changes.applyTo(against);
    CallOutcome base = Convoca.with(baseRules).decide(dossier);
    CallOutcome variant = Convoca.with(variantRules).decide(changed.dossier());
    return Comparison.of(base, variant).describedBy(changes(), changed.notes());
  }

  /** What the variant changes, in words: the settings, the rule files, another dossier. */
  private List<String> changes() {
    List<String> words = new ArrayList<>();
    changes.settings().forEach(s -> words.add("set " + s));
    SortedMap<String, String> before = baseRules.contents();
    SortedMap<String, String> after = variantRules.contents();
    for (Map.Entry<String, String> file : after.entrySet()) {
      String was = before.get(file.getKey());
      if (was == null) {
        words.add("rule file added: " + file.getKey());
      } else if (!was.equals(file.getValue())) {
        words.add("rule file replaced: " + file.getKey());
      }
    }
    before.keySet().stream().filter(name -> !after.containsKey(name)).forEach(name -> words.add("rule file removed: " + name));
    if (against != dossier) {
      words.add("another dossier: call " + against.call().id().value() + ", " + against.proposals().size() + " proposals");
    }
    return words;
  }
}
