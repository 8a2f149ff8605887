package org.convoca.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convoca.capacity.PersonId;
import org.convoca.capacity.Sector;
import org.convoca.cocreation.Activity;
import org.convoca.cocreation.ActivityKind;
import org.convoca.cocreation.CoCreation;
import org.convoca.cocreation.Partner;
import org.convoca.cocreation.PartnerRole;
import org.convoca.government.Government;
import org.convoca.government.GovernmentLevel;
import org.convoca.proposal.Commitment;
import org.convoca.proposal.Funding;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.MilestoneId;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.TeamMember;
import org.convoca.proposal.Theme;
import org.convoca.sample.GovernmentMaker.Applicant;
import org.convoca.sample.Texts.CommitmentText;
import org.convoca.sample.Texts.MilestoneText;
import org.convoca.sample.Texts.ThemeText;
import org.convoca.value.Money;
import org.convoca.value.TimeWindow;

/**
 * Makes one proposal for an applicant: themes and values, funding around the call's ceiling, a
 * team (trained or not), commitments with milestones (mostly verifiable and on time),
 * co-creation partners and activities, and a submission time (a few outside the window). Its
 * lists that are sets never name an entry twice, as the dossier reader requires: an activity drawn
 * identical to an earlier one is dropped, as a partner whose organisation is taken is.
 */
final class ProposalMaker {

  /** A proposal before it has its id, with the hidden quality that its jury scores scatter around. */
  record Draft(Proposal proposal, Applicant applicant, double quality) {

    Draft withId(ProposalId id) {
      return new Draft(proposal.withId(id), applicant, quality);
    }
  }

  private static final ProposalId PENDING = ProposalId.of("PENDING");
  private static final ZoneOffset ARGENTINA = ZoneOffset.ofHours(-3);
  private static final double[] THEME_WEIGHTS = {25, 45, 70, 85, 100};
  private static final Sector[] PARTNER_SECTORS = {
      Sector.CIVIL_SOCIETY, Sector.ACADEMIA, Sector.CITIZEN, Sector.PRIVATE_SECTOR, Sector.PROVINCIAL_GOVERNMENT,
      Sector.NATIONAL_GOVERNMENT};
  private static final double[] PARTNER_WEIGHTS = {40, 60, 70, 80, 92, 100};
  private static final ActivityKind[] ACTIVITY_KINDS = ActivityKind.values();
  private static final MilestoneId[] MILESTONE_IDS = new MilestoneId[16];

  static {
    for (int i = 1; i < MILESTONE_IDS.length; i++) {
      MILESTONE_IDS[i] = MilestoneId.of("M" + i);
    }
  }

  private final Draw draw;
  private final People people;
  private final long ceiling;
  private final Texts texts;
  private final Map<ActivityKind, String> activityDescriptions = new EnumMap<>(ActivityKind.class);

  ProposalMaker(Draw draw, People people, long ceiling, Texts texts) {
    this.draw = draw;
    this.people = people;
    this.ceiling = ceiling;
    this.texts = texts;
    for (ActivityKind kind : ACTIVITY_KINDS) {
      activityDescriptions.put(kind, texts.activity(kind));
    }
  }

  Draft make(Applicant applicant) {
    Government government = applicant.government();
    String place = applicant.place();
    Theme main = FederalCall.THEMES.get(draw.weighted(THEME_WEIGHTS));
    List<Theme> themes = new ArrayList<>(List.of(main));
    if (draw.chance(0.4)) {
      Theme second = FederalCall.THEMES.get(draw.weighted(THEME_WEIGHTS));
      if (!second.equals(main)) {
        themes.add(second);
      }
    }
    ThemeText text = texts.theme(main);
    boolean trainedTeam = draw.chance(0.8);
    boolean sloppy = draw.chance(0.15);
    boolean coOwned = draw.chance(0.25);
    Instant submittedAt = submissionTime();
    List<TeamMember> team = team(government, trainedTeam);
    List<Partner> partners = partners(applicant, coOwned);
    List<Activity> activities = activities(submittedAt, partners.isEmpty());
    Proposal proposal = Proposal.builder()
        .id(PENDING)
        .title(Names.fill(draw.pick(text.titles()), place))
        .summary(texts.summary(government.name(), partners.stream().findFirst().map(Partner::organisation), main))
        .applicant(government.id())
        .themes(themes)
        .values(values(themes))
        .funding(funding())
        .team(team)
        .commitments(commitments(themes, place, sloppy))
        .coCreation(CoCreation.builder().partners(partners).activities(activities).build())
        .submittedAt(submittedAt)
        .build();
    double quality = 2.6 + (coOwned ? 0.5 : 0) + (trainedTeam ? 0.3 : 0) + (activities.size() >= 2 ? 0.3 : 0)
        - (sloppy ? 0.6 : 0) + draw.gaussian(0, 0.7);
    return new Draft(proposal, applicant, quality);
  }

  private List<OpenGovernmentValue> values(List<Theme> themes) {
    List<OpenGovernmentValue> values = new ArrayList<>();
    for (Theme theme : themes) {
      OpenGovernmentValue value = texts.theme(theme).value();
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    OpenGovernmentValue[] all = OpenGovernmentValue.values();
    int extra = draw.between(0, 2);
    for (int k = 0; k < extra; k++) {
      OpenGovernmentValue value = all[draw.between(0, all.length - 1)];
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    return values;
  }

  private Funding funding() {
    long requested;
    double roll = draw.fraction();
    if (roll < 0.02) {
      requested = 0;
    } else if (roll < 0.08) {
      requested = roundUp(ceiling * (1.01 + 0.39 * draw.fraction()), 10_000);
    } else {
      requested = roundDown(ceiling * (0.3 + 0.7 * draw.fraction()), 10_000);
    }
    long counterpart = draw.chance(0.35) ? 0 : roundDown(Math.max(requested, ceiling / 2) * (0.05 + 0.45 * draw.fraction()), 1_000);
    return Funding.builder()
        .requested(Money.of(requested, FederalCall.CURRENCY))
        .counterpart(Money.of(counterpart, FederalCall.CURRENCY))
        .build();
  }

  private List<TeamMember> team(Government government, boolean trainedTeam) {
    Sector sector = government.level() == GovernmentLevel.PROVINCIAL ? Sector.PROVINCIAL_GOVERNMENT : Sector.MUNICIPAL_GOVERNMENT;
    int size = draw.between(2, 5);
    List<TeamMember> team = new ArrayList<>(size);
    Set<String> roles = new HashSet<>();
    for (int k = 0; k < size; k++) {
      boolean trained = trainedTeam && (k == 0 || draw.chance(0.4));
      PersonId person = people.add(sector, government.name(), trained);
      String role = k == 0 ? texts.projectLead() : draw.pick(texts.teamRoles());
      if (roles.add(role)) {
        team.add(TeamMember.builder().person(person).role(role).build());
      } else {
        team.add(TeamMember.builder().person(person).role(role + " " + k).build());
      }
    }
    return team;
  }

  private List<Commitment> commitments(List<Theme> themes, String place, boolean sloppy) {
    int count = draw.between(1, 3);
    List<Commitment> commitments = new ArrayList<>(count);
    Set<String> titles = new HashSet<>();
    LocalDate start = FederalCall.IMPLEMENTATION_WINDOW.start();
    int milestoneNumber = 0;
    for (int c = 0; c < count; c++) {
      CommitmentText text = draw.pick(texts.theme(themes.get(c % themes.size())).commitments());
      if (!titles.add(text.title())) {
        continue;
      }
      List<Milestone> milestones = new ArrayList<>();
      int taken = draw.between(2, text.milestones().size());
      LocalDate due = Days.plus(start, draw.between(20, 90));
      for (int m = 0; m < taken; m++) {
        MilestoneText milestone = text.milestones().get(m);
        boolean late = draw.chance(sloppy ? 0.25 : 0.03);
        boolean unverifiable = draw.chance(sloppy ? 0.5 : 0.05);
        milestones.add(Milestone.builder()
            .id(milestoneId(++milestoneNumber))
            .deliverable(milestone.deliverable())
            .due(late ? Days.plus(FederalCall.IMPLEMENTATION_WINDOW.end(), draw.between(15, 120)) : due)
            .verification(unverifiable ? Optional.empty() : Optional.of(milestone.verification()))
            .build());
        due = Days.plus(due, draw.between(30, 100));
        if (due.isAfter(FederalCall.IMPLEMENTATION_WINDOW.end())) {
          due = FederalCall.IMPLEMENTATION_WINDOW.end();
        }
      }
      commitments.add(Commitment.builder()
          .title(text.title())
          .description(Names.fill(text.description(), place))
          .milestones(milestones)
          .build());
    }
    return commitments;
  }

  private List<Partner> partners(Applicant applicant, boolean coOwned) {
    int count = draw.chance(0.12) ? 0 : draw.between(1, 4);
    if (coOwned && count == 0) {
      count = 1;
    }
    List<Partner> partners = new ArrayList<>(count);
    Set<String> organisations = new HashSet<>();
    for (int k = 0; k < count; k++) {
      Sector sector = k == 0 && coOwned
          ? (draw.chance(0.7) ? Sector.CIVIL_SOCIETY : Sector.ACADEMIA)
          : PARTNER_SECTORS[draw.weighted(PARTNER_WEIGHTS)];
      if (sector == Sector.PROVINCIAL_GOVERNMENT && applicant.government().level() == GovernmentLevel.PROVINCIAL) {
        sector = Sector.NATIONAL_GOVERNMENT;
      }
      String organisation = organisation(sector, applicant);
      if (!organisations.add(organisation)) {
        continue;
      }
      PartnerRole role = k == 0 && coOwned ? PartnerRole.CO_OWNER
          : sector.isGovernmental() || draw.chance(0.4) ? PartnerRole.CONSULTED : PartnerRole.COLLABORATOR;
      List<PersonId> contacts = new ArrayList<>();
      int contactCount = draw.chance(0.2) ? 2 : 1;
      for (int c = 0; c < contactCount; c++) {
        contacts.add(people.add(sector, organisation, draw.chance(0.35)));
      }
      partners.add(Partner.builder().organisation(organisation).sector(sector).role(role).contacts(contacts).build());
    }
    return partners;
  }

  private String organisation(Sector sector, Applicant applicant) {
    String place = applicant.place();
    return switch (sector) {
      case CIVIL_SOCIETY -> draw.pick(Names.CIVIL_SOCIETY_NAMES) + " de " + place;
      case ACADEMIA -> applicant.jurisdiction().university();
      case CITIZEN -> "Vecinas y vecinos de " + place;
      case PRIVATE_SECTOR -> (draw.chance(0.5) ? "Cámara de Comercio de " : "Cooperativa de Servicios de ") + place;
      case PROVINCIAL_GOVERNMENT -> "Ministerio de Gobierno, " + applicant.jurisdiction().government();
      case NATIONAL_GOVERNMENT -> "Subsecretaría de Gobierno Abierto de la Nación";
      case MUNICIPAL_GOVERNMENT -> "Concejo Deliberante de " + place;
    };
  }

  private List<Activity> activities(Instant submittedAt, boolean noPartners) {
    int count = draw.chance(noPartners ? 0.5 : 0.1) ? 0 : draw.between(1, 4);
    List<Activity> activities = new ArrayList<>(count);
    LocalDate submitted = submittedAt.atOffset(ARGENTINA).toLocalDate();
    for (int k = 0; k < count; k++) {
      ActivityKind kind = ACTIVITY_KINDS[draw.between(0, ACTIVITY_KINDS.length - 1)];
      Activity.Builder activity = Activity.builder().kind(kind).date(Days.plus(submitted, -draw.between(5, 180)));
      switch (kind) {
        case STAKEHOLDER_MAPPING -> activity.participants(draw.between(5, 30));
        case INTERVIEW -> activity.participants(draw.between(3, 25));
        case WORKSHOP -> activity.participants(draw.between(15, 80)).contributions(draw.between(10, 120));
        case SURVEY -> activity.responses(draw.between(50, 2000));
        case PUBLIC_CONSULTATION -> activity.participants(draw.between(20, 400)).contributions(draw.between(10, 300));
        case MULTI_STAKEHOLDER_FORUM -> activity.participants(draw.between(8, 25));
        case PUBLIC_HEARING -> activity.participants(draw.between(30, 300)).contributions(draw.between(5, 60));
        case HACKATHON -> activity.participants(draw.between(20, 150));
      }
      if (draw.chance(0.3)) {
        activity.description(activityDescriptions.get(kind));
      }
      Activity drawn = activity.build();
      if (!activities.contains(drawn)) {
        activities.add(drawn);
      }
    }
    return activities;
  }

  private Instant submissionTime() {
    TimeWindow window = FederalCall.SUBMISSION_WINDOW;
    double roll = draw.fraction();
    if (roll < 0.015) {
      return window.opens().minusSeconds(draw.between(3_600, 5 * 86_400));
    }
    if (roll < 0.03) {
      return window.closes().plusSeconds(draw.between(60, 3 * 86_400));
    }
    long span = Duration.between(window.opens(), window.closes()).getSeconds();
    return window.opens().plusSeconds((long) (span * Math.sqrt(draw.fraction())));
  }

  private static MilestoneId milestoneId(int number) {
    return number < MILESTONE_IDS.length ? MILESTONE_IDS[number] : MilestoneId.of("M" + number);
  }

  private static long roundDown(double amount, long unit) {
    return (long) (amount / unit) * unit;
  }

  private static long roundUp(double amount, long unit) {
    return (long) Math.ceil(amount / unit) * unit;
  }
}
