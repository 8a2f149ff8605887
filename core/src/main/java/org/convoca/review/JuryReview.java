package org.convoca.review;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.dossier.Dossier;
import org.convoca.government.GovernmentId;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.ConsensusScore;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.jury.ReviewAssignment;
import org.convoca.jury.agreement.Metric;
import org.convoca.jury.agreement.PanelAgreement;
import org.convoca.jury.conflict.Conflict;
import org.convoca.jury.conflict.OrganisationNames;
import org.convoca.jury.severity.AdditiveNormalisation;
import org.convoca.jury.severity.AdjustedScore;
import org.convoca.jury.severity.SeverityFit;
import org.convoca.language.Messages;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;

/**
 * The jury's review of a dossier under its call's {@linkplain Call#juryPolicy() jury policy}: which
 * scores count, what they add up to, and which proposals the jury could not review in full.
 *
 * <ol>
 *   <li>The conflicts of interest of the kinds the call applies are found ({@link PanelConflicts});
 *       a score by a juror in conflict with its proposal is excluded, never silently: it stays in
 *       the review with the conflicts that exclude it.
 *   <li>When the dossier records assignments, a score by a juror not assigned to its proposal is
 *       flagged ({@link ReviewedScore#unassigned()}); it still counts, since the juror did review it.
 *   <li>With {@link Normalisation#ADDITIVE}, each criterion's valid scores are fitted by
 *       {@link AdditiveNormalisation}; each score is adjusted by its juror's offset. Otherwise the
 *       adjusted score is the raw one.
 *   <li>Each proposal's valid (adjusted) scores on each criterion the jury scores are combined by the
 *       call's {@link org.convoca.call.AggregationMethod}; a consensus score replaces that aggregate.
 *   <li>A proposal with fewer valid scores than {@code minScores} on a criterion, and no consensus
 *       there, has an incomplete review: it cannot be ranked, and {@link #incomplete} says why.
 *   <li>Agreement (Krippendorff's alpha, interval metric, and ICC(1) where defined) is measured on
 *       the valid raw scores: it describes the jurors' judgements as they gave them.
 * </ol>
 *
 * <p>The criteria the jury scores are those of the call that have at least one juror score or
 * consensus score in the dossier. The review depends only on the dossier's contents, never on the
 * order of its lists. Instances are immutable.
 */
public final class JuryReview {

  private record Pair(JurorId juror, ProposalId proposal) {}

  private record Key(JurorId juror, ProposalId proposal, CriterionId criterion) {}

  /** A juror's offsets are fitted per criterion. */
  private record JurorOnCriterion(JurorId juror, CriterionId criterion) {}

  private final JuryPolicy policy;
  private final List<CriterionId> criteria;
  private final List<Conflict> conflicts;
  private final SortedMap<ProposalId, List<CriterionReview>> byProposal;
  private final SortedMap<ProposalId, String> incomplete;
  private final List<JurorReview> jurors;
  private final List<SeverityFit> fits;
  private final PanelAgreement agreement;
  private final List<String> notes;

  private JuryReview(Builder b) {
    this.policy = b.policy;
    this.criteria = List.copyOf(b.criteria);
    this.conflicts = b.conflicts;
    this.byProposal = Collections.unmodifiableSortedMap(b.byProposal);
    this.incomplete = Collections.unmodifiableSortedMap(b.incomplete);
    this.jurors = List.copyOf(b.jurors);
    this.fits = List.copyOf(b.fits);
    this.agreement = b.agreement;
    this.notes = List.copyOf(b.notes);
  }

  /**
   * The review of {@code dossier}.
   *
   * @param dossier a dossier as {@link org.convoca.dossier.DossierReader} returns it: no dangling
   *     reference, scores on the call's scale, no juror scoring a proposal twice on a criterion
   * @return the review of {@code dossier}
   * @throws IllegalArgumentException when the dossier breaks one of those conditions
   * @throws NullPointerException when {@code dossier} is null
   */
  public static JuryReview of(Dossier dossier) {
    requireNonNull(dossier, "'dossier' must not be null");
    return new JuryReview(new Builder(dossier).build());
  }

  /** {@return the jury policy the review applied} */
  public JuryPolicy policy() {
    return policy;
  }

  /** {@return the criteria the jury scores, in the call's order} */
  public List<CriterionId> criteria() {
    return criteria;
  }

  /**
   * {@return every conflict of interest found, of the kinds the call applies, whether or not the juror scored; by proposal, juror, kind}
   */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /**
   * {@return the review of each proposal on each criterion the jury scores, by proposal id; every proposal of the dossier is a key}
   */
  public SortedMap<ProposalId, List<CriterionReview>> byProposal() {
    return byProposal;
  }

  /**
   * {@return the review of {@code proposal} on each criterion the jury scores, in the call's order; empty for an unknown proposal}
   *
   * @param proposal the proposal
   */
  public List<CriterionReview> of(ProposalId proposal) {
    return byProposal.getOrDefault(proposal, List.of());
  }

  /**
   * {@return the review of {@code proposal} on {@code criterion}, when the jury scores that criterion}
   *
   * @param proposal the proposal
   * @param criterion the criterion
   */
  public Optional<CriterionReview> of(ProposalId proposal, CriterionId criterion) {
    return of(proposal).stream().filter(r -> r.criterion().equals(criterion)).findFirst();
  }

  /**
   * {@return every scored criterion review of every proposal, by proposal then the call's criterion order}
   */
  public List<CriterionReview> reviews() {
    return byProposal.values().stream().flatMap(List::stream).toList();
  }

  /** {@return every score with its status, by proposal, criterion (the call's order) and juror} */
  public List<ReviewedScore> scores() {
    return reviews().stream().flatMap(r -> r.scores().stream()).toList();
  }

  /**
   * Why the jury's review of {@code proposal} is incomplete, such as "On criterion jury it has 1
   * valid score of the 2 the call needs: J-1's score is excluded (SAME_JURISDICTION)."; empty when
   * it is complete.
   *
   * @param proposal the proposal
   * @return why the jury's review of {@code proposal} is incomplete, such as "On criterion jury it
   *     has 1 valid score of the 2 the call needs: J-1's score is excluded (SAME_JURISDICTION).";
   *     empty when it is complete
   */
  public Optional<String> incomplete(ProposalId proposal) {
    return Optional.ofNullable(incomplete.get(proposal));
  }

  /** {@return the proposals whose review is incomplete, with why, by proposal id} */
  public SortedMap<ProposalId, String> incomplete() {
    return incomplete;
  }

  /** {@return every juror of the dossier, by id} */
  public List<JurorReview> jurors() {
    return jurors;
  }

  /**
   * {@return the severity fit of each criterion the jury scores, in the call's order; empty unless the call normalises}
   */
  public List<SeverityFit> fits() {
    return fits;
  }

  /** {@return the jurors' agreement on their valid raw scores, per criterion and pooled} */
  public PanelAgreement agreement() {
    return agreement;
  }

  /**
   * {@return sentences about the review as a whole: scores by jurors not assigned, panels that fall
   * apart}
   */
  public List<String> notes() {
    return notes;
  }

  private static final Messages TEXTS = Messages.load("/org/convoca/review/review", JuryReview.class::getResourceAsStream);

  /** Builds the parts of a review in one pass over the dossier. */
  private static final class Builder {

    private static final Optional<Boolean> ASSIGNED = Optional.of(true);
    private static final Optional<Boolean> NOT_ASSIGNED = Optional.of(false);
    private static final Comparator<ReviewedScore> BY_JUROR = Comparator.comparing(ReviewedScore::juror);

    private final Dossier dossier;
    private final JuryPolicy policy;
    private final List<CriterionId> criteria = new ArrayList<>();
    private final List<Conflict> conflicts;
    private final Map<Pair, List<Conflict>> conflictsByPair = new HashMap<>();
    /** The jurors assigned to each proposal: the assignment's own list, or the jurors of all its assignments. */
    private final Map<ProposalId, Collection<JurorId>> assigned = new HashMap<>();
    private final SortedMap<ProposalId, List<CriterionReview>> byProposal = new TreeMap<>();
    private final SortedMap<ProposalId, String> incomplete = new TreeMap<>();
    private final List<JurorReview> jurors = new ArrayList<>();
    private final List<SeverityFit> fits = new ArrayList<>();
    private final Map<Key, AdjustedScore> adjusted = new HashMap<>();
    private final Map<JurorOnCriterion, BigDecimal> offsets = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private PanelAgreement agreement;

    Builder(Dossier dossier) {
      this.dossier = dossier;
      this.policy = dossier.call().juryPolicy();
      this.conflicts = PanelConflicts.of(dossier).conflicts();
      conflicts.forEach(c -> conflictsByPair.computeIfAbsent(new Pair(c.juror(), c.proposal()), k -> new ArrayList<>()).add(c));
      for (ReviewAssignment a : dossier.jury().assignments()) {
        // A proposal has one assignment in a dossier the reader read: its list is used as it is.
        assigned.merge(a.proposal(), a.jurors(), (first, more) -> {
          Set<JurorId> all = new HashSet<>(first);
          all.addAll(more);
          return all;
        });
      }
    }

    Builder build() {
      Set<CriterionId> scored = new HashSet<>();
      dossier.jury().scores().forEach(s -> scored.add(s.criterion()));
      dossier.jury().consensus().forEach(c -> scored.add(c.criterion()));
      dossier.call().criteria().stream().map(Criterion::id).filter(scored::contains).forEach(criteria::add);

      List<JurorScore> valid = conflictsByPair.isEmpty() ? dossier.jury().scores() : dossier.jury().scores().stream()
          .filter(s -> !conflictsByPair.containsKey(new Pair(s.juror(), s.proposal()))).toList();
      if (policy.normalisation() == Normalisation.ADDITIVE) {
        fit(valid);
      }
      review();
      jurors();
      agreement = PanelAgreement.of(valid, Metric.INTERVAL);
      noteUnassigned();
      noteDeclarationsThatMatchNothing();
      return this;
    }

    private void fit(List<JurorScore> valid) {
      for (CriterionId criterion : criteria) {
        List<JurorScore> onCriterion = valid.stream().filter(s -> s.criterion().equals(criterion)).toList();
        SeverityFit fit = AdditiveNormalisation.fit(criterion, onCriterion, dossier.call().scoreScale());
        fits.add(fit);
        fit.scores().forEach(a -> adjusted.put(new Key(a.juror(), a.proposal(), criterion), a));
        fit.offsets().forEach(o -> offsets.put(new JurorOnCriterion(o.juror(), criterion), o.offset()));
        if (!fit.connected()) {
          notes.add(say("note.disconnected", criterion, fit.components().size(), String.join("; ", fit.components().stream()
              .map(c -> String.join(", ", c.jurors().stream().map(JurorId::value).toList())).toList())));
        }
      }
    }

    private void review() {
      // Each proposal's scores, on every criterion: a proposal has a few.
      Map<ProposalId, List<ReviewedScore>> grouped = new HashMap<>();
      for (JurorScore s : dossier.jury().scores()) {
        List<Conflict> excluding = conflictsByPair.isEmpty() ? List.of()
            : conflictsByPair.getOrDefault(new Pair(s.juror(), s.proposal()), List.of());
        AdjustedScore fitted = adjusted.isEmpty() ? null : adjusted.get(new Key(s.juror(), s.proposal(), s.criterion()));
        if (fitted == null && offsets.containsKey(new JurorOnCriterion(s.juror(), s.criterion()))) {
          // An excluded score does not count, but it is shown net of its juror's offset all the same.
          fitted = AdditiveNormalisation.adjust(s, offsets.get(new JurorOnCriterion(s.juror(), s.criterion())), dossier.call().scoreScale());
        }
        Optional<Boolean> isAssigned = assigned.isEmpty() ? Optional.empty()
            : assigned.getOrDefault(s.proposal(), List.of()).contains(s.juror()) ? ASSIGNED : NOT_ASSIGNED;
        grouped.computeIfAbsent(s.proposal(), p -> new ArrayList<>(4))
            .add(new ReviewedScore(s.juror(), s.proposal(), s.criterion(), s.value(),
                fitted == null ? s.value() : fitted.adjusted(), excluding, isAssigned));
      }
      Map<ProposalId, Map<CriterionId, ConsensusScore>> consensus = new HashMap<>();
      dossier.jury().consensus().forEach(c -> consensus.computeIfAbsent(c.proposal(), p -> new HashMap<>()).put(c.criterion(), c));
      for (Proposal proposal : dossier.proposals()) {
        ProposalId id = proposal.id();
        List<CriterionReview> reviews = new ArrayList<>(criteria.size());
        List<ReviewedScore> all = grouped.getOrDefault(id, List.of());
        for (CriterionId criterion : criteria) {
          // In the dossier's order, then by juror, as the sort is stable.
          List<ReviewedScore> scores = new ArrayList<>(all.size());
          List<BigDecimal> counted = new ArrayList<>(all.size());
          for (ReviewedScore s : all) {
            if (s.criterion().equals(criterion)) {
              scores.add(s);
            }
          }
          scores.sort(BY_JUROR);
          for (ReviewedScore s : scores) {
            if (!s.excluded()) {
              counted.add(s.adjusted());
            }
          }
          reviews.add(new CriterionReview(id, criterion, scores,
              counted.isEmpty() ? Optional.empty() : Optional.of(policy.aggregation().aggregate(counted)),
              Optional.ofNullable(consensus.getOrDefault(id, Map.of()).get(criterion)), policy.minScores()));
        }
        byProposal.put(id, List.copyOf(reviews));
        List<String> missing = new ArrayList<>(0);
        for (CriterionReview review : reviews) {
          if (!review.complete()) {
            missing.add(shortfall(review));
          }
        }
        if (!missing.isEmpty()) {
          incomplete.put(id, String.join(" ", missing));
        }
      }
    }

    /** Why one criterion's review falls short: how many valid scores of how many, who is excluded, who has not scored. */
    private String shortfall(CriterionReview review) {
      int valid = review.valid().size();
      List<String> why = new ArrayList<>();
      for (ReviewedScore s : review.scores()) {
        if (s.excluded()) {
          why.add(say("shortfall.excluded", s.juror(),
              String.join(", ", s.conflicts().stream().map(c -> say("conflictKind." + c.kind().name())).toList())));
        }
      }
      Set<JurorId> scoredBy = new HashSet<>();
      review.scores().forEach(s -> scoredBy.add(s.juror()));
      Set<JurorId> waiting = new LinkedHashSet<>();
      assigned.getOrDefault(review.proposal(), List.of()).stream().sorted().filter(j -> !scoredBy.contains(j)).forEach(waiting::add);
      waiting.forEach(j -> why.add(say("shortfall.unscored", j)));
      return why.isEmpty()
          ? say("shortfall", review.criterion(), valid, review.needed())
          : say("shortfall.because", review.criterion(), valid, review.needed(), String.join("; ", why));
    }

    private void jurors() {
      Map<JurorId, int[]> counts = new HashMap<>();
      byProposal.values().forEach(list -> list.forEach(r -> r.scores().forEach(s -> {
        int[] c = counts.computeIfAbsent(s.juror(), j -> new int[3]);
        c[0]++;
        c[1] += s.excluded() ? 1 : 0;
        c[2] += s.unassigned() ? 1 : 0;
      })));
      dossier.jury().jurors().stream().map(Juror::id).sorted().forEach(id -> {
        int[] c = counts.getOrDefault(id, new int[3]);
        SortedMap<CriterionId, BigDecimal> own = new TreeMap<>();
        criteria.forEach(criterion -> {
          BigDecimal offset = offsets.get(new JurorOnCriterion(id, criterion));
          if (offset != null) {
            own.put(criterion, offset);
          }
        });
        jurors.add(new JurorReview(id, c[0], c[1], c[2], own));
      });
    }

    /**
     * A declared conflict with a government that applies with no proposal, or with an organisation
     * no proposal names, excludes nothing; said, so that a misspelt name is noticed.
     */
    private void noteDeclarationsThatMatchNothing() {
      if (dossier.jury().conflicts().isEmpty()) {
        return;
      }
      Set<GovernmentId> applicants = new HashSet<>();
      dossier.proposals().forEach(p -> applicants.add(p.applicant()));
      // Every organisation's name, normalised: only when a declaration names an organisation.
      Set<String> names = new HashSet<>();
      if (dossier.jury().conflicts().stream().anyMatch(d -> d.organisation().isPresent())) {
        Map<GovernmentId, String> governmentNames = new HashMap<>();
        dossier.governments().forEach(g -> governmentNames.put(g.id(), g.name()));
        for (Proposal p : dossier.proposals()) {
          names.add(OrganisationNames.normalise(governmentNames.getOrDefault(p.applicant(), "")));
          p.coCreation().partners().forEach(partner -> names.add(OrganisationNames.normalise(partner.organisation())));
        }
      }
      for (ConflictDeclaration d : dossier.jury().conflicts()) {
        if (d.government().filter(g -> !applicants.contains(g)).isPresent()) {
          notes.add(say("note.unknownGovernment", d.juror(), d.government().get()));
        }
        if (d.organisation().filter(o -> !names.contains(OrganisationNames.normalise(o))).isPresent()) {
          notes.add(say("note.unknownOrganisation", d.juror(), d.organisation().get()));
        }
      }
    }

    private String say(String key, Object... args) {
      return TEXTS.format(dossier.call().writtenIn(), key, args);
    }

    private void noteUnassigned() {
      // Each once, in the order of the proposals, criteria and jurors.
      Set<String> unassigned = new LinkedHashSet<>();
      for (List<CriterionReview> reviews : byProposal.values()) {
        for (CriterionReview review : reviews) {
          for (ReviewedScore s : review.scores()) {
            if (s.unassigned()) {
              unassigned.add(say("note.unassigned.score", s.juror(), s.proposal(), s.criterion()));
            }
          }
        }
      }
      if (!unassigned.isEmpty()) {
        notes.add(say("note.unassigned", unassigned.size(), String.join(", ", unassigned)));
      }
    }
  }
}
