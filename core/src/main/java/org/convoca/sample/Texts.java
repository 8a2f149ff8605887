package org.convoca.sample;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.call.CriterionId;
import org.convoca.cocreation.ActivityKind;
import org.convoca.language.Language;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.Theme;
import org.jspecify.annotations.Nullable;

/**
 * The words of a generated dossier in one language: the call's name and criteria, the proposals'
 * titles, summaries, commitments, milestones and team roles, the jury's comments, the monitoring
 * narratives and reasons. One table per language the generator writes ({@link EnglishTexts},
 * {@link SpanishTexts}).
 *
 * <p>Every list has the same length in every language and its entries stay distinct, so the
 * seeded draws pick the same entries whatever the language: the language changes the words, never
 * the dossier's ids, numbers, dates, people or scores, nor therefore its selection. A juror's
 * expertise is not here: it names themes by their codes in words ("open data"), which the
 * assignment matches against the call's themes.
 */
abstract class Texts {

  /** A milestone: what is delivered and how it is verified. */
  record MilestoneText(String deliverable, String verification) {}

  /** A commitment; its description has a {@code %s} for the place. */
  record CommitmentText(String title, String description, List<MilestoneText> milestones) {}

  /** A theme's value, proposal titles (each with a {@code %s} for the place) and commitments. */
  record ThemeText(OpenGovernmentValue value, List<String> titles, List<CommitmentText> commitments) {}

  /** A criterion's name and description. */
  record CriterionText(String name, String description) {}

  /** A course of the program: its name and the mechanism it teaches, if one. */
  record CourseText(String name, @Nullable String mechanism) {}

  private final Map<Theme, ThemeText> themes;
  private final Map<CriterionId, CriterionText> criteria;
  private final List<CourseText> courses;
  private final List<String> teamRoles;
  private final List<List<String>> comments;
  private final List<String> reopenReasons;

  /**
   * The tables of one language.
   *
   * @param comments the jurors' comments on high, middle and low scores, in that order
   */
  Texts(Map<Theme, ThemeText> themes, Map<CriterionId, CriterionText> criteria, List<CourseText> courses,
      List<String> teamRoles, List<List<String>> comments, List<String> reopenReasons) {
    this.themes = themes;
    this.criteria = criteria;
    this.courses = courses;
    this.teamRoles = teamRoles;
    this.comments = comments;
    this.reopenReasons = reopenReasons;
  }

  /**
   * The texts in {@code language}: Spanish for any Spanish tag ({@code es}, {@code es-AR}), English
   * for any English one.
   *
   * @throws IllegalArgumentException when the generator has no texts in {@code language}
   */
  static Texts in(Language language) {
    if (language.isEnglish()) {
      return EnglishTexts.TEXTS;
    }
    if (language.locale().getLanguage().equals(Language.SPANISH.tag())) {
      return SpanishTexts.TEXTS;
    }
    throw new IllegalArgumentException("the generator writes its texts in English (en) or Spanish (es), not '"
        + language.tag() + "'");
  }

  /** The texts in {@code language} when the generator writes it, else English. */
  static Texts inOrEnglish(Language language) {
    try {
      return in(language);
    } catch (IllegalArgumentException unwritten) {
      return EnglishTexts.TEXTS;
    }
  }

  /** {@return the call's name} */
  abstract String callName();

  /** {@return the name and description of the call's criterion {@code id}} */
  final CriterionText criterion(CriterionId id) {
    return criteria.get(id);
  }

  /** {@return the description of the OGP Local track} */
  abstract String trackDescription();

  /** {@return what proposals on {@code theme} are called and commit to} */
  final ThemeText theme(Theme theme) {
    return themes.get(theme);
  }

  /**
   * {@return a proposal's summary: {@code government} will work with {@code partner} (or its
   * residents) on {@code theme}}
   */
  abstract String summary(String government, Optional<String> partner, Theme theme);

  /** {@return the role of a team's first member} */
  abstract String projectLead();

  /** {@return the roles of the other team members} */
  final List<String> teamRoles() {
    return teamRoles;
  }

  /** {@return the description of a co-creation activity of {@code kind}} */
  abstract String activity(ActivityKind kind);

  /** {@return the program's 13 courses, in the order of their ids} */
  final List<CourseText> courses() {
    return courses;
  }

  /** {@return the organisation of a citizen who belongs to none} */
  abstract String independent();

  /** {@return a juror's comment on a score of 4 or more} */
  final List<String> commentsHigh() {
    return comments.get(0);
  }

  /** {@return a juror's comment on a score from 2.5 to 3.5} */
  final List<String> commentsMiddle() {
    return comments.get(1);
  }

  /** {@return a juror's comment on a score of 2 or less} */
  final List<String> commentsLow() {
    return comments.get(2);
  }

  /** {@return the reason of a conflict declared by a juror who advised {@code government} on the proposal} */
  abstract String declaredConflict(String government);

  /** {@return reasons a milestone reported complete is reported less complete later} */
  final List<String> reopenReasons() {
    return reopenReasons;
  }

  /** {@return what the jury writes with a results assessment of {@code results}} */
  abstract String reasoning(ResultsLevel results);

  /** {@return a narrative's sentence: {@code deliverable}, in lower case, was completed} */
  abstract String completed(String deliverable);

  /** {@return a narrative's sentence: {@code deliverable}, in lower case, was reopened} */
  abstract String reopened(String deliverable);

  /** {@return a narrative's sentence: {@code deliverable}, in lower case, is behind schedule} */
  abstract String behind(String deliverable);

  /** {@return a narrative's sentence: {@code deliverable}, in lower case, is under way} */
  abstract String underWay(String deliverable);

  /** {@return the narrative of a report with nothing to tell} */
  abstract String asPlanned();

  /** {@return a commitment with {@code milestones}} */
  static CommitmentText commitment(String title, String description, MilestoneText... milestones) {
    return new CommitmentText(title, description, List.of(milestones));
  }

  /** {@return a milestone} */
  static MilestoneText milestone(String deliverable, String verification) {
    return new MilestoneText(deliverable, verification);
  }
}
