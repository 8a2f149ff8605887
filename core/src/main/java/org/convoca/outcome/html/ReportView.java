package org.convoca.outcome.html;

import java.util.List;

/**
 * What {@code report.html} shows, every text already made visible ({@link Shown#text}) and every
 * number formatted in the call's language; the templates escape and lay it out, taking their
 * headings and labels from {@code t}.
 *
 * @param t the page's words, in the call's language
 * @param title the call's name
 * @param fingerprint the outcome's fingerprint
 * @param facts the summary figures
 * @param notes the selection's notes
 * @param charts the charts, in page order
 * @param groups the proposals by decision, in page order
 * @param ties the ties broken in the ranking
 * @param overrides the jury's overrides
 * @param tracks the tracks and the proposals placed in them
 * @param jury the jury's review of the call: its policy, conflicts of interest and notes
 */
record ReportView(
    Texts t,
    String title,
    String fingerprint,
    List<Fact> facts,
    List<String> notes,
    List<ChartView> charts,
    List<Group> groups,
    List<Tie> ties,
    List<Overridden> overrides,
    List<Track> tracks,
    Jury jury) {

  /** One summary figure: {@code value} large, {@code detail} beside it; {@code warn} when it falls short. */
  record Fact(String label, String value, String detail, boolean warn) {}

  /** The proposals of one or more decisions, in rank order then by id. */
  record Group(String anchor, String title, String explanation, List<ProposalView> proposals) {}

  /** A tie in the ranking, broken in favour of {@code higher}. */
  record Tie(Link higher, Link lower, String total, String step, String sentence) {}

  /** A jury override: the decision taken and the one computed. */
  record Overridden(Link proposal, String kind, String computedKind, String reason, String decidedBy, String decidedOn,
      String computedReason) {}

  /** A track and its proposals, in the order of the selection. */
  record Track(String id, List<Link> proposals) {}

  /** The jury's review: how scores are combined, each conflict of interest and the review's notes. */
  record Jury(String policy, List<Conflict> conflicts, List<String> notes) {}

  /** A conflict of interest between a juror and a proposal, which excludes the juror's score on it. */
  record Conflict(String juror, Link proposal, String kind, String reason) {}

  /** A link to a proposal's section. */
  record Link(String anchor, String text) {}
}
