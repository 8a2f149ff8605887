package org.convoca.sample;

import java.util.List;
import java.util.Map;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.Theme;

/** Phrases for proposals, per theme: titles, commitments and milestones with their means of verification. */
final class Texts {

  record MilestoneText(String deliverable, String verification) {}

  record CommitmentText(String title, String description, List<MilestoneText> milestones) {}

  record ThemeText(OpenGovernmentValue value, List<String> titles, List<CommitmentText> commitments) {}

  static final Map<Theme, ThemeText> BY_THEME = Map.of(
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

  static final List<String> TEAM_ROLES = List.of(
      "participation coordinator", "open data officer", "communications", "legal advisor", "IT lead",
      "budget officer", "community liaison");

  static final List<String> COMMENTS_HIGH = List.of(
      "Strong co-creation and clear milestones.", "A well-built plan with a committed team.",
      "Ambitious and realistic; a model for other municipalities.");
  static final List<String> COMMENTS_MIDDLE = List.of(
      "Sound idea; milestones need clearer means of verification.",
      "Good diagnosis, but participation beyond government is thin.",
      "Feasible, though the budget could be better justified.");
  static final List<String> COMMENTS_LOW = List.of(
      "The plan is vague and the budget is not justified.", "Little evidence of co-creation.",
      "Milestones are not verifiable.");

  private Texts() {}

  private static CommitmentText commitment(String title, String description, MilestoneText... milestones) {
    return new CommitmentText(title, description, List.of(milestones));
  }

  private static MilestoneText milestone(String deliverable, String verification) {
    return new MilestoneText(deliverable, verification);
  }
}
