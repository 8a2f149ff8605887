package org.convoca.sample;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.convoca.call.CriterionId;
import org.convoca.call.FederalVocabulary;
import org.convoca.cocreation.ActivityKind;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.Theme;

/** The generator's words in English, the language of a generated call that states none. */
final class EnglishTexts extends Texts {

  private static final Map<Theme, ThemeText> THEMES = Map.of(
      Theme.PARTICIPATORY_BUDGETING, new ThemeText(OpenGovernmentValue.CIVIC_PARTICIPATION,
          List.of("Participatory budget for %s", "Neighbourhood budget councils in %s", "Youth participatory budget in %s"),
          List.of(
              commitment("Residents decide part of the budget",
                  "Residents of %s propose and vote projects for a share of the public works budget.",
                  milestone("Rules of the participatory budget approved", "Published ordinance or resolution"),
                  milestone("Neighbourhood assemblies held", "Minutes and attendance published online"),
                  milestone("Vote on projects held", "Published vote results by neighbourhood"),
                  milestone("Winning projects included in the budget", "Budget line items published")),
              commitment("Follow-up of voted projects",
                  "Residents of %s can follow each voted project until it is finished.",
                  milestone("Public tracker of voted projects online", "URL of the tracker"),
                  milestone("Yearly accountability meeting held", "Video and minutes of the meeting")))),
      Theme.DIGITAL_PARTICIPATION, new ThemeText(OpenGovernmentValue.CIVIC_PARTICIPATION,
          List.of("Digital participation platform for %s", "%s decides: online consultations", "Citizen proposals online in %s"),
          List.of(
              commitment("A participation platform open to every resident",
                  "A free-software platform where residents of %s debate and propose.",
                  milestone("Platform deployed", "URL of the platform"),
                  milestone("First online consultation closed", "Published report of contributions"),
                  milestone("Answers to every contribution published", "URL of the answers")),
              commitment("Reaching residents without internet access",
                  "Assisted participation points so that no resident of %s is left out.",
                  milestone("Assisted participation points opened", "List of points and opening hours published"),
                  milestone("Training for staff at the points", "Attendance records")))),
      Theme.OPEN_DATA, new ThemeText(OpenGovernmentValue.ACCESS_TO_INFORMATION,
          List.of("Open data portal for %s", "Open budget and procurement data in %s", "Open data on public works in %s"),
          List.of(
              commitment("Publish key datasets as open data",
                  "%s publishes budget, procurement and public works data in open formats.",
                  milestone("Open data policy adopted", "Published decree"),
                  milestone("Portal with 20 datasets published", "URL of the portal"),
                  milestone("Datasets updated every quarter", "Update log on the portal")),
              commitment("Use of open data by the community",
                  "Organisations and students of %s use the published data.",
                  milestone("Data literacy workshops held", "Attendance records and materials online"),
                  milestone("Requests for new datasets answered", "Public register of requests")))),
      Theme.CIVIC_INNOVATION, new ThemeText(OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION,
          List.of("Public innovation lab in %s", "Civic hackathon for %s", "Innovation challenges with residents of %s"),
          List.of(
              commitment("A lab where government and residents solve problems together",
                  "An innovation lab in %s that works on problems residents choose.",
                  milestone("Lab space and team set up", "Resolution creating the lab"),
                  milestone("Three challenges opened to residents", "Published calls for each challenge"),
                  milestone("Prototypes tested with users", "Public report of the tests")),
              commitment("Civic hackathon on local problems",
                  "A hackathon where residents of %s build tools with public data.",
                  milestone("Hackathon held", "Published list of teams and projects"),
                  milestone("Winning tool adopted by the government", "Agreement signed with the winning team")))),
      Theme.PUBLIC_MONITORING, new ThemeText(OpenGovernmentValue.PUBLIC_ACCOUNTABILITY,
          List.of("Citizen monitoring of public works in %s", "Social audit of services in %s", "Public dashboard of government commitments in %s"),
          List.of(
              commitment("Residents monitor public works",
                  "Residents of %s follow the progress and spending of every public work.",
                  milestone("Map of public works with progress and spending online", "URL of the map"),
                  milestone("Monitoring committees formed", "Minutes of the committees"),
                  milestone("Quarterly monitoring reports published", "URL of the reports")),
              commitment("A public dashboard of commitments",
                  "%s publishes what it committed to and how far each commitment is.",
                  milestone("Dashboard online", "URL of the dashboard"),
                  milestone("Public hearing on the results held", "Video and minutes of the hearing")))));

  private static final Map<CriterionId, CriterionText> CRITERIA = Map.of(
      FederalVocabulary.COCREATION, new CriterionText("Co-creation", "Partners outside government and participation activities behind the proposal."),
      FederalVocabulary.VALUES, new CriterionText("Open-government values", "Transparency, participation and accountability the proposal advances."),
      FederalVocabulary.COMMITMENTS, new CriterionText("Commitments", "Clear commitments with verifiable milestones inside the implementation window."),
      FederalVocabulary.CAPACITY, new CriterionText("Capacity", "A team with people trained by the program's courses."),
      FederalVocabulary.FEASIBILITY, new CriterionText("Feasibility", "A budget within the ceiling, counterpart funding and a realistic plan."),
      FederalVocabulary.JURY, new CriterionText("Jury assessment", "The jurors' scores on the 0-5 scale."),
      FederalVocabulary.PRIORITY, new CriterionText("Priority", "Points for newcomers to open government and for small municipalities."));

  private static final List<CourseText> COURSES = List.of(
      new CourseText("Introduction to open government", null),
      new CourseText("Co-creating public policy with citizens", null),
      new CourseText("Open data for local governments", "open data"),
      new CourseText("Open procurement and contracting", "open procurement"),
      new CourseText("Open budgets: publishing and explaining public spending", "open budget"),
      new CourseText("Public hearings that listen", "public hearings"),
      new CourseText("Participatory budgeting step by step", "participatory budgeting"),
      new CourseText("Sortition: choosing participants by lot", "sortition"),
      new CourseText("Citizen juries", "citizen juries"),
      new CourseText("Social audit of public works and services", "social audit"),
      new CourseText("Organising hackathons", "hackathons"),
      new CourseText("Innovation contests and challenges", "innovation contests"),
      new CourseText("Public innovation labs", "innovation labs"));

  private static final List<String> TEAM_ROLES = List.of(
      "participation coordinator", "open data officer", "communications", "legal advisor", "IT lead",
      "budget officer", "community liaison");

  private static final List<String> COMMENTS_HIGH = List.of(
      "Strong co-creation and clear milestones.", "A well-built plan with a committed team.",
      "Ambitious and realistic; a model for other municipalities.");
  private static final List<String> COMMENTS_MIDDLE = List.of(
      "Sound idea; milestones need clearer means of verification.",
      "Good diagnosis, but participation beyond government is thin.",
      "Feasible, though the budget could be better justified.");
  private static final List<String> COMMENTS_LOW = List.of(
      "The plan is vague and the budget is not justified.", "Little evidence of co-creation.",
      "Milestones are not verifiable.");

  private static final List<String> REOPEN_REASONS = List.of(
      "The portal was taken offline for a security review; it comes back in January.",
      "The provincial audit asked for the minutes to be redone with the attendance of every neighbourhood.",
      "A court order suspended the published data until personal details are removed.");

  /** The texts, made once the tables above are. */
  static final Texts TEXTS = new EnglishTexts();

  private EnglishTexts() {
    super(THEMES, CRITERIA, COURSES, TEAM_ROLES, List.of(COMMENTS_HIGH, COMMENTS_MIDDLE, COMMENTS_LOW), REOPEN_REASONS);
  }

  @Override
  String callName() {
    return "Open Government Federal Program: call for local open-government projects";
  }

  @Override
  String trackDescription() {
    return "Selected proposals co-created with non-governmental actors; they receive direct support from OGP.";
  }

  @Override
  String summary(String government, Optional<String> partner, Theme theme) {
    return government + " will work with " + partner.orElse("its residents") + " on " + Expertise.words(theme) + ".";
  }

  @Override
  String projectLead() {
    return "project lead";
  }

  @Override
  String activity(ActivityKind kind) {
    String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " with residents and organisations";
  }

  @Override
  String independent() {
    return "Independent";
  }

  @Override
  String declaredConflict(String government) {
    return "advised " + government + " on an earlier draft of this proposal; declared after scoring it";
  }

  @Override
  String reasoning(ResultsLevel results) {
    return switch (results) {
      case OUTSTANDING -> "Residents now take part in decisions that were closed before, and the government publishes what it does with their input.";
      case MAJOR -> "The project changed how the government shares information or decides, and residents use what it opened.";
      case MARGINAL -> "A step forward, though few residents use what the project opened so far.";
      case DID_NOT_CHANGE -> "The activities took place, but government practice has not changed yet.";
      case WORSENED -> "The data the project published is out of date and the participation channel was closed.";
    };
  }

  @Override
  String completed(String deliverable) {
    return "Completed: " + deliverable + ".";
  }

  @Override
  String reopened(String deliverable) {
    return "Reopened: " + deliverable + ".";
  }

  @Override
  String behind(String deliverable) {
    return "Behind schedule: " + deliverable + ".";
  }

  @Override
  String underWay(String deliverable) {
    return "Under way: " + deliverable + ".";
  }

  @Override
  String asPlanned() {
    return "Work continues as planned.";
  }
}
