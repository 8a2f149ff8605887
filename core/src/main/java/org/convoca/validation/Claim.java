package org.convoca.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convoca.assessment.Assessment;
import org.convoca.call.SelectionPolicy;
import org.convoca.dossier.Dossier;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.JuryVerdict;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.convoca.selection.Selection;
import org.convoca.selection.Selector;

/** A claimed selection beside what the validator needs to judge it: the dossier's facts and the computed selection. */
final class Claim {

  private static final Messages TEXTS =
      Messages.load("/org/convoca/validation/violations", Claim.class::getResourceAsStream);

  private final SelectionPolicy policy;
  private final Language language;
  private final Selection computed;
  private final Set<ProposalId> incomplete;
  private final List<ProposalId> claimed;
  private final List<ProposalId> known = new ArrayList<>();
  private final Set<ProposalId> juryIncluded = new HashSet<>();
  private final Set<ProposalId> juryExcluded = new HashSet<>();
  private final Map<ProposalId, Proposal> proposals = new HashMap<>();
  private final Map<GovernmentId, Government> governments = new HashMap<>();
  private final Map<ProposalId, Assessment> assessments = new HashMap<>();

  Claim(Dossier dossier, JuryReview review, List<Assessment> assessments, Collection<ProposalId> claimed,
      Map<String, String> ruleTitles) {
    this.policy = dossier.call().policy();
    this.language = dossier.call().writtenIn();
    this.computed = Selector.select(dossier, assessments, review, ruleTitles);
    this.incomplete = review.incomplete().keySet();
    this.claimed = List.copyOf(claimed);
    dossier.proposals().forEach(p -> proposals.put(p.id(), p));
    dossier.governments().forEach(g -> governments.put(g.id(), g));
    assessments.forEach(a -> this.assessments.put(a.proposalId(), a));
    dossier.jury().overrides().forEach(o ->
        (o.verdict() == JuryVerdict.INCLUDE ? juryIncluded : juryExcluded).add(o.proposal()));
    claimed.stream().distinct().filter(proposals::containsKey)
        .sorted(java.util.Comparator.comparing((ProposalId id) -> computed.rank(id).orElse(Integer.MAX_VALUE))
            .thenComparing(id -> id))
        .forEach(known::add);
  }

  /** The call's selection policy. */
  SelectionPolicy policy() {
    return policy;
  }

  /** Whether the jury's review of {@code id} is incomplete, so that it cannot be ranked. */
  boolean incompleteReview(ProposalId id) {
    return incomplete.contains(id);
  }

  /** The selection the pipeline computes for the dossier. */
  Selection computed() {
    return computed;
  }

  /** The claimed proposal ids, as given. */
  List<ProposalId> claimed() {
    return claimed;
  }

  /** The known claimed proposals, each once, in rank order then by id. */
  List<ProposalId> known() {
    return Collections.unmodifiableList(known);
  }

  /** Whether the jury recorded an INCLUDE for {@code id}. */
  boolean juryIncluded(ProposalId id) {
    return juryIncluded.contains(id);
  }

  /** Whether the jury recorded an EXCLUDE for {@code id}. */
  boolean juryExcluded(ProposalId id) {
    return juryExcluded.contains(id);
  }

  boolean exists(ProposalId id) {
    return proposals.containsKey(id);
  }

  Assessment assessment(ProposalId id) {
    return assessments.get(id);
  }

  JurisdictionCode jurisdiction(ProposalId id) {
    return governments.get(proposals.get(id).applicant()).jurisdiction();
  }

  GovernmentId government(ProposalId id) {
    return proposals.get(id).applicant();
  }

  BigDecimal request(ProposalId id) {
    return proposals.get(id).funding().requested().amount();
  }

  /**
   * The claimed proposals that count against slots, caps and budget: all but the jury's inclusions
   * beyond the computed selection. An inclusion of a proposal the policy selected anyway keeps the
   * seat it had, so it still counts.
   */
  List<ProposalId> counted() {
    return known.stream().filter(id -> !juryIncluded.contains(id) || computed.computedSelected().contains(id)).toList();
  }

  String rankText(ProposalId id) {
    return computed.rank(id).map(r -> say("rank", id, r)).orElseGet(() -> say("unranked", id));
  }

  /** The violation sentence {@code key} of the violations bundle, in the call's language. */
  String say(String key, Object... args) {
    return TEXTS.format(language, key, args);
  }
}
