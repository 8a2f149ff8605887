package org.convoca.outcome;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.assessment.Assessment;
import org.convoca.call.Call;
import org.convoca.call.TrackId;
import org.convoca.dossier.Dossier;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.convoca.selection.Selection;
import org.convoca.selection.TrackPlacement;

/**
 * The outcome of a call: every proposal with its assessment, jury review, rank and decision, the
 * selection, the tracks, the summary figures, the jury's review of the whole call and the
 * fingerprint that lets anyone check it was reproduced. It is immutable; write it with
 * {@link OutcomeWriters}.
 *
 * @param call the call
 * @param fingerprint the {@link Fingerprint} of the dossier and rule book, 64 hex digits
 * @param proposals one per proposal of the dossier, sorted by id
 * @param selection the ranking, ties, decisions, selection and waitlist
 * @param placements the track placements, sorted by track then by the order of the selection
 * @param summary the figures
 * @param jury the jury's review of the dossier: policy, conflicts, jurors, agreement, notes
 * @param producedBy the versions and the rule book that produced it, outside the fingerprint
 * @param ruleTitles the title of each rule, by the rule's name, in the call's language, that reports
 *     show beside the rule's sentences (the name stays the rule's identifier in outcome.json); empty
 *     when the rule book titles none. Outside the fingerprint, which covers the bundles they come from
 */
public record CallOutcome(
    Call call,
    String fingerprint,
    List<ProposalOutcome> proposals,
    Selection selection,
    List<TrackPlacement> placements,
    Summary summary,
    JuryReview jury,
    ProducedBy producedBy,
    SortedMap<String, String> ruleTitles) {

  /**
   * Checks that no part is missing and copies the lists.
   *
   * @param call the call
   * @param fingerprint the {@link Fingerprint} of the dossier and rule book, 64 hex digits
   * @param proposals one per proposal of the dossier, sorted by id
   * @param selection the ranking, ties, decisions, selection and waitlist
   * @param placements the track placements, sorted by track then by the order of the selection
   * @param summary the figures
   * @param jury the jury's review of the dossier: policy, conflicts, jurors, agreement, notes
   * @param producedBy the versions and the rule book that produced it
   * @param ruleTitles the title of each rule, by the rule's name, in the call's language
   */
  public CallOutcome {
    requireNonNull(producedBy, "'producedBy' must not be null");
    requireNonNull(call, "'call' must not be null");
    requireNonNull(fingerprint, "'fingerprint' must not be null");
    requireNonNull(selection, "'selection' must not be null");
    requireNonNull(summary, "'summary' must not be null");
    requireNonNull(jury, "'jury' must not be null");
    proposals = ByProposalId.of(proposals);
    placements = List.copyOf(placements);
    ruleTitles = Collections.unmodifiableSortedMap(new TreeMap<>(ruleTitles));
  }

  /**
   * Assembles the outcome of {@code selection}, fingerprinting the dossier with the rule book. The
   * jury's review is made here ({@link JuryReview#of}); when it is already made, use
   * {@link #of(Dossier, JuryReview, List, Selection, List, String)}.
   *
   * @param dossier the dossier the selection was made from
   * @param assessments one assessment per proposal of the dossier, in any order
   * @param selection what {@link org.convoca.selection.Selector#select} returned for them
   * @param placements what the {@link org.convoca.selection.TrackAssigner} returned for the selection
   * @param ruleBook the rule book's files, name to text (see {@link Fingerprint}); empty for none
   * @return the outcome, fingerprinted
   * @throws IllegalArgumentException when a placement names a track the call lacks or a proposal
   *     not in the selection, places a proposal twice in a track, or fills a track beyond its places;
   *     when the assessments do not match the dossier's proposals
   */
  public static CallOutcome of(Dossier dossier, List<Assessment> assessments, Selection selection,
      List<TrackPlacement> placements, SortedMap<String, String> ruleBook) {
    return of(dossier, assessments, selection, placements, Fingerprint.of(dossier, ruleBook));
  }

  /**
   * As {@link #of(Dossier, List, Selection, List, SortedMap)}, with a fingerprint computed elsewhere.
   *
   * @param fingerprint the precomputed fingerprint, not blank
   * @param dossier the dossier the outcome is of
   * @param assessments one assessment per proposal of the dossier, in any order
   * @param selection the selection made from them
   * @param placements the track placements of the selection
   * @return the outcome, with {@code fingerprint}
   */
  public static CallOutcome of(Dossier dossier, List<Assessment> assessments, Selection selection,
      List<TrackPlacement> placements, String fingerprint) {
    return of(dossier, JuryReview.of(dossier), assessments, selection, placements, fingerprint);
  }

  /**
   * As {@link #of(Dossier, List, Selection, List, String)}, with the jury's review already made (so
   * that it is made once per run, and the selection and the outcome see the same one).
   *
   * @param review the jury's review of {@code dossier}, as {@link JuryReview#of} made it
   * @param dossier the dossier the outcome is of
   * @param assessments one assessment per proposal of the dossier, in any order
   * @param selection the selection made from them
   * @param placements the track placements of the selection
   * @param fingerprint the precomputed fingerprint, not blank
   * @return the outcome, with {@code fingerprint}
   * @throws IllegalArgumentException as {@link #of(Dossier, List, Selection, List, SortedMap)}; when
   *     {@code fingerprint} is blank; when {@code review} does not review exactly the dossier's proposals
   */
  public static CallOutcome of(Dossier dossier, JuryReview review, List<Assessment> assessments, Selection selection,
      List<TrackPlacement> placements, String fingerprint) {
    if (fingerprint.isBlank()) {
      throw new IllegalArgumentException("'fingerprint' must not be blank");
    }
    return OutcomeAssembler.assemble(dossier, review, assessments, selection, placements, fingerprint);
  }

  /**
   * {@return this outcome with {@code selection} in place of its own, every other part unchanged (to add notes, say)}
   *
   * @param selection the selection to put in place
   */
  public CallOutcome withSelection(Selection selection) {
    return new CallOutcome(call, fingerprint, proposals, selection, placements, summary, jury, producedBy, ruleTitles);
  }

  /**
   * {@return this outcome as produced by {@code producedBy}, every other part unchanged} The
   * fingerprint stays: it covers the dossier and the rule files, not who ran them.
   *
   * @param producedBy the versions and the rule book that produced it
   */
  public CallOutcome withProducedBy(ProducedBy producedBy) {
    return new CallOutcome(call, fingerprint, proposals, selection, placements, summary, jury, producedBy, ruleTitles);
  }

  /**
   * {@return this outcome with the rules' titles, every other part unchanged}
   *
   * @param ruleTitles the title of each rule, by the rule's name, in the call's language
   */
  public CallOutcome withRuleTitles(SortedMap<String, String> ruleTitles) {
    return new CallOutcome(call, fingerprint, proposals, selection, placements, summary, jury, producedBy, ruleTitles);
  }

  /**
   * {@return the title of the rule called {@code rule} in the call's language, when the rule book
   * titles it with something else than its name}
   *
   * @param rule the rule's name
   */
  public Optional<String> title(String rule) {
    return Optional.ofNullable(ruleTitles.get(rule)).filter(t -> !t.equals(rule));
  }

  /** {@return the final selection: proposal ids in rank order, then jury inclusions without a rank} */
  public List<ProposalId> selected() {
    return selection.selected();
  }

  /** {@return the final waitlist, in order} */
  public List<ProposalId> waitlist() {
    return selection.waitlist();
  }

  /**
   * {@return every track of the call, sorted by id, with the proposals placed in it in the order of the selection}
   */
  public SortedMap<TrackId, List<ProposalId>> tracks() {
    SortedMap<TrackId, List<ProposalId>> tracks = new TreeMap<>();
    call.tracks().forEach(t -> tracks.put(t.id(), new ArrayList<>()));
    placements.forEach(p -> tracks.get(p.track()).add(p.proposal()));
    tracks.replaceAll((id, list) -> List.copyOf(list));
    return Collections.unmodifiableSortedMap(tracks);
  }

  /**
   * {@return the outcome of {@code proposal}; empty when it is not in the dossier} Found in constant
   * time, so a writer may look up every row.
   *
   * @param proposal the proposal's id
   */
  public Optional<ProposalOutcome> proposal(ProposalId proposal) {
    return ((ByProposalId) proposals).find(proposal);
  }

  /**
   * One proposal's explanation as plain text, from its checks to its decision: the text
   * {@code convoca explain} prints. In order: the proposal's id, title and applicant; each
   * eligibility check, passed or failed, with its rule and sentence; the points on each criterion
   * (capped, weighted, against its threshold) with every award's rule and sentence; the total
   * against the overall threshold; the labels; when the jury scores a criterion, each juror's raw and
   * adjusted score (excluded ones with why), the aggregate and any consensus; the rank, the decision
   * with its reason (and the computed decision when the jury overrode it), the waitlist position and
   * the tracks. It is written in the call's language ({@link Call#writtenIn()}): its own words and
   * the decisions and levels in words (in English, their names), numbers and dates as the language
   * writes them; a rule with a {@linkplain #title title} is shown by its title with its name beside it.
   *
   * <p>Lines end with a line feed, the last one too. Text from the dossier or written by rules is
   * made safe to print and stays on its line: tabs and line breaks in dossier text become spaces,
   * and any other character that would act on a terminal, such as ESC, is written as {@code \}{@code
   * uXXXX} (see {@link org.convoca.value.VisibleText}); so is every such character in what rules
   * wrote, line breaks included, since the assessment records rule text that way. The wording is for people; it may change
   * between versions, so parse {@link OutcomeWriters#json outcome.json} rather than this text.
   *
   * @param proposal the id of the proposal to explain; not null
   * @return the explanation, several lines of plain text
   * @throws IllegalArgumentException when {@code proposal} is not in this outcome
   */
  public String explain(ProposalId proposal) {
    return ProposalExplanation.of(this, proposal);
  }
}
