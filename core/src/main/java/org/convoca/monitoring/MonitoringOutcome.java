package org.convoca.monitoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.language.Language;
import org.convoca.proposal.ProposalId;

/**
 * What monitoring concluded about a call's selected projects as of a date: each project's status,
 * completion, results, recognitions and gaps, explained, with a fingerprint of its own that names
 * the selection fingerprint it builds on.
 *
 * @param asOf the monitoring date: reports and results assessments up to it count
 * @param selectionFingerprint the fingerprint of the selection's outcome the projects come from
 * @param fingerprint the fingerprint of this monitoring outcome (see {@link org.convoca.outcome.MonitoringFingerprint})
 * @param projects one per selected project, in the selection's rank order
 * @param notes what a reader should know about the run, such as rule book warnings
 * @param language the language its reports are written in: the call's
 * @param ruleTitles the title of each monitoring rule, by the rule's name, in {@code language}, that
 *     reports show beside the rule's sentences (the name stays the rule's identifier in
 *     monitoring.json); empty when the rule book titles none
 */
public record MonitoringOutcome(LocalDate asOf, String selectionFingerprint, String fingerprint,
    List<ProjectMonitoring> projects, List<String> notes, Language language, SortedMap<String, String> ruleTitles) {

  /**
   * Checks that no part is missing and copies the lists and the titles.
   *
   * @param asOf the monitoring date
   * @param selectionFingerprint the fingerprint of the selection's outcome
   * @param fingerprint the fingerprint of this monitoring outcome
   * @param projects one per selected project, in the selection's rank order
   * @param notes what a reader should know about the run
   * @param language the language its reports are written in: the call's
   * @param ruleTitles the title of each monitoring rule, by the rule's name, in {@code language}
   */
  public MonitoringOutcome {
    requireNonNull(asOf, "'asOf' must not be null");
    requireNonNull(selectionFingerprint, "'selectionFingerprint' must not be null");
    requireNonNull(fingerprint, "'fingerprint' must not be null");
    requireNonNull(language, "'language' must not be null");
    projects = List.copyOf(projects);
    notes = List.copyOf(notes);
    ruleTitles = Collections.unmodifiableSortedMap(new TreeMap<>(ruleTitles));
  }

  /**
   * An outcome in English whose rules have no titles.
   *
   * @param asOf the monitoring date
   * @param selectionFingerprint the fingerprint of the selection's outcome
   * @param fingerprint the fingerprint of this monitoring outcome
   * @param projects one per selected project, in the selection's rank order
   * @param notes what a reader should know about the run
   */
  public MonitoringOutcome(LocalDate asOf, String selectionFingerprint, String fingerprint,
      List<ProjectMonitoring> projects, List<String> notes) {
    this(asOf, selectionFingerprint, fingerprint, projects, notes, Language.ENGLISH, new TreeMap<>());
  }

  /**
   * {@return this outcome written in {@code language}, with its rules' titles in it; every other part
   * unchanged} The fingerprint stays: it covers the monitoring rules' bundles, not the words chosen.
   *
   * @param language the language its reports are written in: the call's
   * @param ruleTitles the title of each monitoring rule, by the rule's name, in {@code language}
   */
  public MonitoringOutcome in(Language language, SortedMap<String, String> ruleTitles) {
    return new MonitoringOutcome(asOf, selectionFingerprint, fingerprint, projects, notes, language, ruleTitles);
  }

  /**
   * {@return the title of the rule called {@code rule} in the outcome's language, when the rule book
   * titles it with something else than its name}
   *
   * @param rule the rule's name
   */
  public Optional<String> title(String rule) {
    return Optional.ofNullable(ruleTitles.get(rule)).filter(t -> !t.equals(rule));
  }

  /**
   * {@return the project {@code proposal}; empty when it is not one of the monitored projects}
   *
   * @param proposal the project's proposal id
   */
  public Optional<ProjectMonitoring> project(ProposalId proposal) {
    return projects.stream().filter(p -> p.proposal().equals(proposal)).findFirst();
  }

  /**
   * {@return the lessons for the next edition: completion and results by theme, level,
   * jurisdiction, co-creation, OGP Local track and selection score band}
   */
  public List<LessonGroup> lessons() {
    return Lessons.of(projects);
  }

  /**
   * One project's whole monitoring as plain text, as {@code convoca monitor --project} prints it:
   * the project, its government and selection; its status with every status rule that concluded
   * it; its completion, per commitment and per milestone, each with its rule and sentence; its early
   * results; each recognition condition met or missed; its documentation gaps; its spending against
   * its completion; and its history, one line per date with the reasons of that day. Text from the
   * dossier or a rule is on one line, with nothing in it that acts on a terminal.
   *
   * @param proposal the id of the project to explain; not null
   * @return the explanation, one line per item, each ending with a line feed
   * @throws IllegalArgumentException when {@code proposal} is not one of the monitored projects
   */
  public String explain(ProposalId proposal) {
    return explain(proposal, Language.ENGLISH);
  }

  /**
   * As {@link #explain(ProposalId)}, in {@code language}: the call's ({@link org.convoca.call.Call#writtenIn()}).
   * The explanation's own words come from this package's {@code explanation} bundles, numbers, money
   * and dates are written as the language writes them; statuses and levels stay their constants' names.
   *
   * @param proposal the id of the project to explain; not null
   * @param language the language to explain in; not null
   * @return the explanation, one line per item, each ending with a line feed
   * @throws IllegalArgumentException when {@code proposal} is not one of the monitored projects
   */
  public String explain(ProposalId proposal, Language language) {
    return MonitoringExplanation.of(this, proposal, language);
  }
}
