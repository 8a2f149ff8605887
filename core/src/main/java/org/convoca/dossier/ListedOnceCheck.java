package org.convoca.dossier;

import org.convoca.dossier.internal.Sentence;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.convoca.call.Call;
import org.convoca.cocreation.CoCreation;
import org.convoca.cocreation.Partner;
import org.convoca.jury.Juror;
import org.convoca.monitoring.MilestoneStatus;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.proposal.Proposal;

/**
 * Checks that lists which are sets name each entry once. The rules count what a list holds, so a
 * second entry would count again: a value's points, a partner's, an activity's participants, a
 * team member. A repeat is refused at its path, naming the path of the first entry.
 *
 * <p>What is the same entry:
 *
 * <ul>
 *   <li>values, themes, levels, people, milestones and evidence links: the same, exactly;
 *   <li>a co-creation partner: the same organisation, whatever its sector, role and contacts; and
 *       organisations, affiliations and expertise are names, compared after Unicode compatibility
 *       normalisation (NFKC), with case and runs of spaces ignored. A jury reads
 *       "Fundación Datos" and "fundación  datos" as one organisation, so the rules must too;
 *       accents are kept, since they are spelling, not presentation;
 *   <li>an activity and a course completion: an entry equal in every field to another (two
 *       workshops on one day with different reach are two workshops; an identical copy is a copy);
 *   <li>a progress report and a results assessment: the same proposal on the same day, which has
 *       at most one of each (two reports of one day would each claim to be the latest);
 *   <li>a results assessment's jurors and evidence links: the same, exactly;
 *   <li>a jury override: the same proposal, which has at most one.
 * </ul>
 *
 * <p>One pass over each list, with a hash map of what it has seen.
 */
final class ListedOnceCheck {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Problems problems;

  private ListedOnceCheck(Problems problems) {
    this.problems = problems;
  }

  static void check(Dossier dossier, Problems problems) {
    ListedOnceCheck check = new ListedOnceCheck(problems);
    check.call(dossier.call());
    for (int p = 0; p < dossier.proposals().size(); p++) {
      int at = p;
      check.proposal(dossier.proposals().get(p), () -> JsonPath.index("$.proposals", at));
    }
    check.once(dossier.completions(), "$.completions", "", c -> c,
        "twice.completion", c -> List.of(c.person(), c.course(), c.completedOn()));
    for (int j = 0; j < dossier.jury().jurors().size(); j++) {
      check.juror(dossier.jury().jurors().get(j), JsonPath.index("$.jury.jurors", j));
    }
    check.once(dossier.jury().overrides(), "$.jury.overrides", ".proposal", o -> o.proposal(),
        "twice.override", o -> List.of(o.proposal()));
    check.once(dossier.jury().assignments(), "$.jury.assignments", ".proposal", a -> a.proposal(),
        "twice.assignment", a -> List.of(a.proposal()));
    for (int a = 0; a < dossier.jury().assignments().size(); a++) {
      check.once(dossier.jury().assignments().get(a).jurors(), JsonPath.index("$.jury.assignments", a) + ".jurors", "",
          j -> j, "twice.juror", j -> List.of(j));
    }
    check.once(dossier.jury().consensus(), "$.jury.consensus", "", c -> List.of(c.proposal(), c.criterion()),
        "twice.consensus", c -> List.of(c.proposal(), c.criterion()));
    check.once(dossier.progressReports(), "$.progressReports", "", r -> List.of(r.proposal(), r.date()),
        "twice.report", r -> List.of(r.proposal(), r.date()));
    for (int r = 0; r < dossier.progressReports().size(); r++) {
      check.report(dossier.progressReports().get(r), JsonPath.index("$.progressReports", r));
    }
    check.once(dossier.resultsAssessments(), "$.resultsAssessments", "", a -> List.of(a.proposal(), a.date()),
        "twice.assessment", a -> List.of(a.proposal(), a.date()));
    for (int a = 0; a < dossier.resultsAssessments().size(); a++) {
      ResultsAssessment assessment = dossier.resultsAssessments().get(a);
      String path = JsonPath.index("$.resultsAssessments", a);
      check.once(assessment.jurors(), path + ".jurors", "", j -> j, "twice.juror", j -> List.of(j));
      check.once(assessment.evidence(), path + ".evidence", "", e -> e, "twice.shown", e -> List.of(Shown.text(e)));
    }
  }

  private void call(Call call) {
    once(call.eligibleLevels(), "$.call.eligibleLevels", "", l -> l, "twice.value", l -> List.of(l.name()));
    once(call.themes(), "$.call.themes", "", t -> t, "twice.value", t -> List.of(t.code()));
  }

  /** Checks a proposal's lists; {@code path} writes the proposal's path, only for a problem. */
  private void proposal(Proposal proposal, Supplier<String> path) {
    once(proposal.themes(), () -> path.get() + ".themes", "", t -> t, "twice.value", t -> List.of(t.code()));
    once(proposal.values(), () -> path.get() + ".values", "", v -> v, "twice.value", v -> List.of(v));
    once(proposal.team(), () -> path.get() + ".team", ".person", m -> m.person(), "twice.person", m -> List.of(m.person()));
    CoCreation coCreation = proposal.coCreation();
    List<Partner> partners = coCreation.partners();
    once(partners, () -> path.get() + ".coCreation.partners", ".organisation", p -> name(p.organisation()),
        "twice.organisation", p -> List.of(Shown.text(p.organisation())));
    for (int k = 0; k < partners.size(); k++) {
      int at = k;
      once(partners.get(k).contacts(), () -> JsonPath.index(path.get() + ".coCreation.partners", at) + ".contacts", "",
          c -> c, "twice.person", c -> List.of(c));
    }
    once(coCreation.activities(), () -> path.get() + ".coCreation.activities", "", a -> a,
        "twice.activity", a -> List.of(a.kind(), a.date()));
  }

  private void juror(Juror juror, String path) {
    once(juror.affiliations(), path + ".affiliations", "", ListedOnceCheck::name, "twice.shown", a -> List.of(Shown.text(a)));
    once(juror.expertise(), path + ".expertise", "", ListedOnceCheck::name, "twice.shown", e -> List.of(Shown.text(e)));
  }

  private void report(ProgressReport report, String path) {
    List<MilestoneStatus> milestones = report.milestones();
    once(milestones, path + ".milestones", ".milestone", m -> m.milestone(), "twice.milestone", m -> List.of(m.milestone()));
    for (int m = 0; m < milestones.size(); m++) {
      once(milestones.get(m).evidence(), JsonPath.index(path + ".milestones", m) + ".evidence", "", e -> e,
          "twice.shown", e -> List.of(Shown.text(e)));
    }
  }

  /**
   * Refuses each entry of {@code items} whose key an earlier entry has, at the entry's path
   * followed by {@code field}, naming the first entry's path the same way: the problem is the
   * sentence {@code problem} of the bundles, with what {@code shown} gives of the entry and then the
   * first entry's path. Ids, codes, days and kinds are put in as they are written in the dossier.
   */
  private <T> void once(List<T> items, String path, String field, Function<T, ?> key, String problem,
      Function<T, List<?>> shown) {
    once(items, () -> path, field, key, problem, shown);
  }

  /** {@link #once(List, String, String, Function, String, Function)}, with the list's path written only for a repeat. */
  private <T> void once(List<T> items, Supplier<String> list, String field, Function<T, ?> key, String problem,
      Function<T, List<?>> shown) {
    if (items.size() < 2) {
      return;
    }
    // The index of the first entry of each key; a path is written only for a repeat.
    Map<Object, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      Integer first = seen.putIfAbsent(key.apply(item), i);
      if (first != null) {
        String path = list.get();
        List<Object> arguments = new ArrayList<>();
        shown.apply(item).forEach(value -> arguments.add(value instanceof Sentence text ? text : String.valueOf(value)));
        arguments.add(JsonPath.index(path, first) + field);
        problems.add(JsonPath.index(path, i) + field, ProblemText.of(problem, arguments.toArray()));
      }
    }
  }

  /** A name as it is compared: NFKC, runs of white space as one space, no case. */
  static String name(String name) {
    if (isPlain(name)) {
      return name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
    String spaced = SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    return spaced.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code name} is printable ASCII and Latin-1 letters (U+00C0-U+00FF, which have no
   * compatibility form and compose with nothing here) with single spaces between words, which NFKC
   * and the folding of spaces leave as it is: most names, compared without a normaliser or a pattern.
   */
  private static boolean isPlain(String name) {
    int n = name.length();
    if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c < 0xC0) || c > 0xFF || (c == ' ' && name.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }
}
