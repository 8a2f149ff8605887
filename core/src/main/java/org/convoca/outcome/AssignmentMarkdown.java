package org.convoca.outcome;

import static org.convoca.outcome.MarkdownText.escape;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.convoca.call.Call;
import org.convoca.call.ConflictKind;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.assignment.AssignmentProblem;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.jury.conflict.Conflict;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.convoca.review.PanelAssignment;

/**
 * A jury assignment as a Markdown summary ({@code assignment.md}): the settings, each juror's load,
 * the expertise matched, the conflicts kept apart, the proposals left uncovered and why, and who
 * reviews what, in the call's language: headings, labels and fixed sentences from the
 * {@code assignment} bundles of this package, numbers as the language writes them. Every text taken
 * from the dossier (the call's name, juror names, expertise entries, titles, ids, conflict reasons)
 * goes through {@link MarkdownText#escape}.
 */
final class AssignmentMarkdown extends BundledMarkdown {

  private static final Messages TEXTS = Messages.load("/org/convoca/outcome/assignment",
      AssignmentMarkdown.class::getResourceAsStream);

  private AssignmentMarkdown(Language language) {
    super(TEXTS, language);
  }

  /** {@return the family of bundles assignment.md's words come from} */
  static Messages texts() {
    return TEXTS;
  }

  static String render(PanelAssignment panel, JuryAssignment assignment) {
    return new AssignmentMarkdown(panel.dossier().call().writtenIn()).write(panel, assignment);
  }

  private String write(PanelAssignment panel, JuryAssignment assignment) {
    Call call = panel.dossier().call();
    Map<JurorId, Integer> matches = matchesByJuror(panel.problem(), assignment);
    md().append("# ").append(t("title", escape(call.name()))).append("\n\n");
    settings(panel, assignment, matches);
    loads(panel, assignment, matches);
    expertise(panel);
    conflicts(panel, assignment);
    uncovered(assignment);
    assignments(panel, assignment);
    return md().toString();
  }

  private void settings(PanelAssignment panel, JuryAssignment assignment, Map<JurorId, Integer> matches) {
    Call call = panel.dossier().call();
    int proposals = assignment.assignments().size();
    long limited = panel.dossier().jury().jurors().stream().filter(j -> j.capacity().isPresent()).count();
    heading("heading.settings");
    md().append("- ").append(t(call.jury().isPresent() ? "settings.reviewers.policy" : "settings.reviewers.default",
            assignment.reviewersPerProposal())).append('\n')
        .append("- ").append(t("settings.proposals", proposals, assignment.loads().size(), limited)).append('\n')
        .append("- ").append(t("settings.conflictKinds", call.juryPolicy().conflictsApplied().stream()
            .map(this::kind).collect(Collectors.joining(", ")))).append('\n')
        .append("- ").append(t("settings.covered", proposals - assignment.uncovered().size(), proposals))
        .append(assignment.complete() ? "" : t("settings.uncovered", assignment.uncovered().size()))
        .append('\n');
    if (!assignment.loads().isEmpty()) {
      md().append("- ").append(t("settings.loads", min(assignment.loads().values()), max(assignment.loads().values())))
          .append('\n');
    }
    md().append("- ").append(t("settings.matches", matches.values().stream().mapToInt(Integer::intValue).sum()))
        .append("\n\n");
  }

  private void loads(PanelAssignment panel, JuryAssignment assignment, Map<JurorId, Integer> matches) {
    Map<JurorId, Juror> jurors = jurors(panel);
    heading("heading.loads");
    head("|---|---|---:|---:|---:|", "head.juror", "head.name", "head.capacity", "head.load", "head.matches");
    assignment.loads().forEach((id, load) -> {
      Juror juror = jurors.get(id);
      md().append("| ").append(escape(id)).append(" | ").append(juror == null ? "" : escape(juror.name())).append(" | ")
          .append(juror == null ? "" : juror.capacity().map(c -> wording().number(c)).orElse(t("noLimit"))).append(" | ")
          .append(wording().number(load)).append(" | ").append(wording().number(matches.getOrDefault(id, 0))).append(" |\n");
    });
    md().append('\n');
  }

  private void expertise(PanelAssignment panel) {
    heading("heading.expertise");
    md().append(t("expertise.explanation")).append("\n\n");
    head("|---|---|---|", "head.juror", "head.expertise", "head.themes");
    Map<JurorId, SortedSet<Theme>> named = new HashMap<>();
    panel.problem().jurors().forEach(j -> named.put(j.id(), j.expertise()));
    for (Juror juror : panel.dossier().jury().jurors().stream().sorted(Comparator.comparing(Juror::id))
        .toList()) {
      SortedSet<Theme> themes = named.getOrDefault(juror.id(), Collections.emptySortedSet());
      md().append("| ").append(escape(juror.id())).append(" | ")
          .append(juror.expertise().isEmpty() ? t("none")
              : juror.expertise().stream().map(MarkdownText::escape).collect(Collectors.joining("; ")))
          .append(" | ").append(themes.isEmpty() ? t("none")
              : themes.stream().map(MarkdownText::escape).collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    md().append('\n');
  }

  private void conflicts(PanelAssignment panel, JuryAssignment assignment) {
    List<Conflict> conflicts = panel.conflicts().conflicts();
    heading("heading.conflicts");
    if (conflicts.isEmpty()) {
      md().append(t("conflicts.none")).append("\n\n");
      return;
    }
    Set<String> pairs = new HashSet<>();
    long assigned = 0;
    for (Conflict conflict : conflicts) {
      if (pairs.add(conflict.juror() + " " + conflict.proposal())
          && assignment.assignments().getOrDefault(conflict.proposal(), List.of()).contains(conflict.juror())) {
        assigned++;
      }
    }
    md().append(t(assigned == 0 ? "conflicts.apart" : "conflicts.assigned", conflicts.size(), pairs.size(), assigned))
        .append("\n\n");
    head("|---|---|---|---|", "head.proposal", "head.juror", "head.kind", "head.reason");
    conflicts.forEach(c -> md().append("| ").append(escape(c.proposal())).append(" | ").append(escape(c.juror()))
        .append(" | ").append(kind(c.kind())).append(" | ").append(escape(c.reason())).append(" |\n"));
    md().append('\n');
  }

  private void uncovered(JuryAssignment assignment) {
    heading("heading.uncovered");
    if (assignment.complete()) {
      md().append(t("uncovered.none", assignment.reviewersPerProposal())).append("\n\n");
      return;
    }
    assignment.uncovered().forEach(u -> md().append("- **").append(escape(u.proposal())).append("**: ")
        .append(escape(u.reason())).append('\n'));
    md().append('\n');
  }

  private void assignments(PanelAssignment panel, JuryAssignment assignment) {
    Map<ProposalId, Proposal> proposals = new HashMap<>();
    panel.dossier().proposals().forEach(p -> proposals.put(p.id(), p));
    heading("heading.assignments");
    head("|---|---|---|", "head.proposal", "head.title", "head.jurors");
    assignment.assignments().forEach((id, jurors) -> {
      Proposal proposal = proposals.get(id);
      md().append("| ").append(escape(id)).append(" | ").append(proposal == null ? "" : escape(proposal.title()))
          .append(" | ").append(jurors.isEmpty() ? t("none")
              : jurors.stream().sorted().map(MarkdownText::escape).collect(Collectors.joining(", ")))
          .append(" |\n");
    });
  }

  /** {@return a kind of conflict as the language names it: its name in English, as assignment.json gives it} */
  private String kind(ConflictKind kind) {
    return t("enum.ConflictKind." + kind.name());
  }

  /** For each juror, the matches between their expertise and the themes of the proposals they review. */
  private static Map<JurorId, Integer> matchesByJuror(AssignmentProblem problem, JuryAssignment assignment) {
    Map<ProposalId, SortedSet<Theme>> themes = new HashMap<>();
    problem.proposals().forEach(p -> themes.put(p.id(), p.themes()));
    Map<JurorId, SortedSet<Theme>> expertise = new HashMap<>();
    problem.jurors().forEach(j -> expertise.put(j.id(), j.expertise()));
    Map<JurorId, Integer> matches = new HashMap<>();
    assignment.assignments().forEach((proposal, jurors) -> jurors.forEach(juror -> {
      long count = themes.getOrDefault(proposal, Collections.emptySortedSet()).stream()
          .filter(expertise.getOrDefault(juror, Collections.emptySortedSet())::contains).count();
      matches.merge(juror, (int) count, Integer::sum);
    }));
    return matches;
  }

  private static Map<JurorId, Juror> jurors(PanelAssignment panel) {
    Map<JurorId, Juror> jurors = new HashMap<>();
    panel.dossier().jury().jurors().forEach(j -> jurors.put(j.id(), j));
    return jurors;
  }

  private static int min(Collection<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).min().orElse(0);
  }

  private static int max(Collection<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
