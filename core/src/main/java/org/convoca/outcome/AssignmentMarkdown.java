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
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.assignment.AssignmentProblem;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.jury.conflict.Conflict;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.convoca.review.PanelAssignment;

/**
 * A jury assignment as a Markdown summary ({@code assignment.md}): the settings, each juror's load,
 * the expertise matched, the conflicts kept apart, the proposals left uncovered and why, and who
 * reviews what. Every text taken from the dossier (the call's name, juror names, expertise entries,
 * titles, ids, conflict reasons) goes through {@link MarkdownText#escape}.
 */
final class AssignmentMarkdown {

  private AssignmentMarkdown() {}

  static String render(PanelAssignment panel, JuryAssignment assignment) {
    Call call = panel.dossier().call();
    Map<JurorId, Integer> matches = matchesByJuror(panel.problem(), assignment);
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(call.name())).append(" — jury assignment\n\n");
    settings(md, panel, assignment, matches);
    loads(md, panel, assignment, matches);
    expertise(md, panel);
    conflicts(md, panel, assignment);
    uncovered(md, assignment);
    assignments(md, panel, assignment);
    return md.toString();
  }

  private static void settings(StringBuilder md, PanelAssignment panel, JuryAssignment assignment,
      Map<JurorId, Integer> matches) {
    Call call = panel.dossier().call();
    int proposals = assignment.assignments().size();
    long limited = panel.dossier().jury().jurors().stream().filter(j -> j.capacity().isPresent()).count();
    md.append("## Settings\n\n")
        .append("- Reviewers per proposal: ").append(assignment.reviewersPerProposal())
        .append(call.jury().isPresent() ? " (the call's jury policy)" : " (the default: the call states no jury policy)")
        .append('\n')
        .append("- Proposals: ").append(proposals).append("; jurors: ").append(assignment.loads().size())
        .append(" (").append(limited).append(" with a stated capacity, the others without limit)\n")
        .append("- Conflict kinds kept apart: ").append(call.juryPolicy().conflictsApplied().stream()
            .map(Enum::name).collect(Collectors.joining(", "))).append('\n')
        .append("- Covered: ").append(proposals - assignment.uncovered().size()).append(" of ").append(proposals)
        .append(" proposals").append(assignment.complete() ? "" : "; " + assignment.uncovered().size() + " uncovered")
        .append('\n');
    if (!assignment.loads().isEmpty()) {
      md.append("- Loads: ").append(min(assignment.loads().values())).append(" to ")
          .append(max(assignment.loads().values())).append(" proposals per juror\n");
    }
    md.append("- Expertise matches: ").append(matches.values().stream().mapToInt(Integer::intValue).sum())
        .append(" (for each juror and proposal assigned, the proposal's themes the juror's expertise names)\n\n");
  }

  private static void loads(StringBuilder md, PanelAssignment panel, JuryAssignment assignment,
      Map<JurorId, Integer> matches) {
    Map<JurorId, Juror> jurors = jurors(panel);
    md.append("## Loads\n\n| Juror | Name | Capacity | Load | Expertise matches |\n|---|---|---:|---:|---:|\n");
    assignment.loads().forEach((id, load) -> {
      Juror juror = jurors.get(id);
      md.append("| ").append(escape(id)).append(" | ").append(juror == null ? "" : escape(juror.name())).append(" | ")
          .append(juror == null ? "" : juror.capacity().map(String::valueOf).orElse("no limit")).append(" | ")
          .append(load).append(" | ").append(matches.getOrDefault(id, 0)).append(" |\n");
    });
    md.append('\n');
  }

  private static void expertise(StringBuilder md, PanelAssignment panel) {
    md.append("## Expertise\n\n")
        .append("An expertise entry names a theme of the call when, ignoring case, accents, spaces and underscores, ")
        .append("it is the theme's code: \"open data\" and \"Open\\_Data\" name OPEN\\_DATA. ")
        .append("Other entries match no proposal.\n\n")
        .append("| Juror | Expertise | Themes of the call it names |\n|---|---|---|\n");
    Map<JurorId, SortedSet<Theme>> named = new HashMap<>();
    panel.problem().jurors().forEach(j -> named.put(j.id(), j.expertise()));
    for (Juror juror : panel.dossier().jury().jurors().stream().sorted(Comparator.comparing(Juror::id))
        .toList()) {
      SortedSet<Theme> themes = named.getOrDefault(juror.id(), Collections.emptySortedSet());
      md.append("| ").append(escape(juror.id())).append(" | ")
          .append(juror.expertise().isEmpty() ? "none"
              : juror.expertise().stream().map(MarkdownText::escape).collect(Collectors.joining("; ")))
          .append(" | ").append(themes.isEmpty() ? "none"
              : themes.stream().map(MarkdownText::escape).collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void conflicts(StringBuilder md, PanelAssignment panel, JuryAssignment assignment) {
    List<Conflict> conflicts = panel.conflicts().conflicts();
    md.append("## Conflicts kept apart\n\n");
    if (conflicts.isEmpty()) {
      md.append("None: no juror has a conflict with a proposal.\n\n");
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
    md.append(conflicts.size()).append(conflicts.size() == 1 ? " conflict" : " conflicts").append(" between ")
        .append(pairs.size()).append(pairs.size() == 1 ? " juror and proposal" : " pairs of juror and proposal")
        .append("; ").append(assigned == 0 ? "none of these jurors reviews that proposal"
            : assigned + " of these pairs are assigned all the same").append(".\n\n")
        .append("| Proposal | Juror | Kind | Reason |\n|---|---|---|---|\n");
    conflicts.forEach(c -> md.append("| ").append(escape(c.proposal())).append(" | ").append(escape(c.juror()))
        .append(" | ").append(c.kind()).append(" | ").append(escape(c.reason())).append(" |\n"));
    md.append('\n');
  }

  private static void uncovered(StringBuilder md, JuryAssignment assignment) {
    md.append("## Uncovered proposals\n\n");
    if (assignment.complete()) {
      md.append("None: every proposal has its ").append(assignment.reviewersPerProposal())
          .append(assignment.reviewersPerProposal() == 1 ? " reviewer" : " reviewers").append(".\n\n");
      return;
    }
    assignment.uncovered().forEach(u -> md.append("- **").append(escape(u.proposal())).append("**: ")
        .append(escape(u.reason())).append('\n'));
    md.append('\n');
  }

  private static void assignments(StringBuilder md, PanelAssignment panel, JuryAssignment assignment) {
    Map<ProposalId, Proposal> proposals = new HashMap<>();
    panel.dossier().proposals().forEach(p -> proposals.put(p.id(), p));
    md.append("## Assignments\n\n| Proposal | Title | Jurors |\n|---|---|---|\n");
    assignment.assignments().forEach((id, jurors) -> {
      Proposal proposal = proposals.get(id);
      md.append("| ").append(escape(id)).append(" | ").append(proposal == null ? "" : escape(proposal.title()))
          .append(" | ").append(jurors.isEmpty() ? "none"
              : jurors.stream().sorted().map(MarkdownText::escape).collect(Collectors.joining(", ")))
          .append(" |\n");
    });
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
