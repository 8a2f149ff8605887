package org.convoca.rules;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.internal.AssessmentAssembler;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CheckFinding;
import org.convoca.assessment.Finding;
import org.convoca.assessment.LabelFinding;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.call.FederalVocabulary;
import org.convoca.call.PrimaryTheme;
import org.convoca.call.RuleParameters;
import org.convoca.call.Track;
import org.convoca.capacity.CourseCompletion;
import org.convoca.capacity.PersonId;
import org.convoca.capacity.Sector;
import org.convoca.cocreation.Activity;
import org.convoca.cocreation.ActivityKind;
import org.convoca.cocreation.Partner;
import org.convoca.cocreation.PartnerRole;
import org.convoca.dossier.Dossier;
import org.convoca.language.Messages;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.government.GovernmentLevel;
import org.convoca.proposal.Funding;
import org.convoca.proposal.Milestone;
import org.convoca.proposal.OpenGovernmentValue;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.convoca.proposal.TeamMember;
import org.convoca.proposal.Theme;
import org.convoca.rules.fact.JuryAggregate;
import org.convoca.rules.fact.Sentences;
import org.convoca.rules.fact.Points;
import org.convoca.rules.fact.SubmissionOrder;
import org.convoca.selection.TrackPlacement;
import org.convoca.value.DateWindow;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * The bundled "federal-call" rule book written again in plain Java, rule by rule, with the same
 * rule names, points and sentences (from the book's own message bundles, by the same keys, in the
 * call's language). Property tests check that the DRL and this reference assess
 * generated dossiers identically; the benchmark uses it as its baseline. It lives in the rules
 * module's test-jar: it is a test oracle, not part of the library's API.
 */
public final class ReferenceRuleBook {

  /** The bundled book's sentences, which the reference writes by the same keys as its rules. */
  private static final Messages MESSAGES = RuleBook.bundled().messages();

  private ReferenceRuleBook() {}

  /** One assessment per proposal, sorted by id, as {@link RuleBook#assess} would give with the bundled book. */
  public static List<Assessment> assess(Dossier dossier) {
    return assess(dossier, JuryReview.of(dossier));
  }

  /**
   * As {@link #assess(Dossier)} with the jury's review already made, as {@link RuleBook#assess(Dossier, JuryReview)}
   * takes it: the rules' own work, which the benchmark compares.
   */
  public static List<Assessment> assess(Dossier dossier, JuryReview review) {
    return new AssessmentAssembler(dossier.call())
        .assemble(dossier.proposals().stream().map(Proposal::id).toList(), findings(dossier, review));
  }

  /** Every finding of the bundled book's assessment rules on {@code dossier}. */
  public static List<Finding> findings(Dossier dossier) {
    return findings(dossier, JuryReview.of(dossier));
  }

  /** Every finding of the bundled book's assessment rules on {@code dossier}, whose jury's review is {@code review}. */
  public static List<Finding> findings(Dossier dossier, JuryReview review) {
    return new Run(dossier, review).all();
  }

  /** The placements of the bundled book's post-selection rules. */
  public static List<TrackPlacement> assign(Dossier dossier, List<Assessment> assessments, List<ProposalId> selected) {
    Map<ProposalId, Assessment> byId = new HashMap<>();
    assessments.forEach(a -> byId.put(a.proposalId(), a));
    List<TrackPlacement> placements = new ArrayList<>();
    Sentences sentences = new Sentences(MESSAGES, dossier.call().writtenIn());
    for (Track track : dossier.call().tracks()) {
      if (!track.id().equals(FederalVocabulary.OGP_LOCAL)) {
        continue;
      }
      int ahead = 0;
      for (int i = 0; i < selected.size() && ahead < track.places(); i++) {
        if (byId.get(selected.get(i)).hasLabel(FederalVocabulary.CO_CREATED)) {
          placements.add(new TrackPlacement(track.id(), selected.get(i),
              "Co-created selected proposals enter the OGP Local track by rank while places last",
              sentences.say("tracks.ogp-local", i + 1, ahead + 1, track.places(), track.name())));
          ahead++;
        }
      }
    }
    return placements;
  }

  private static final class Run {
    private final Call call;
    private final RuleParameters parameters;
    private final Map<GovernmentId, Government> governments = new HashMap<>();
    private final Set<PersonId> trained = new HashSet<>();
    private final Map<ProposalId, List<JuryAggregate>> aggregates = new HashMap<>();
    private final Map<ProposalId, SubmissionOrder> orders = new HashMap<>();
    private final Map<CriterionId, Criterion> criteria = new HashMap<>();
    private final List<Proposal> proposals;
    private final List<Finding> out = new ArrayList<>();
    private final Sentences sentences;
    // What every proposal's checks and sentences share, worked out once: the rules' own work per
    // proposal is what is left.
    private final String levelWords;
    private final boolean requireTrained;
    private final @Nullable BigDecimal maxProposals;
    private final @Nullable String maxProposalsWords;
    /** The milestones of the proposal being assessed. */
    private List<Milestone> milestones = List.of();
    /** The trained members of the team of the proposal being assessed, which two rules count. */
    private Set<PersonId> trainedMembers = Set.of();

    Run(Dossier dossier, JuryReview review) {
      call = dossier.call();
      parameters = call.parameters();
      dossier.governments().forEach(g -> governments.put(g.id(), g));
      dossier.completions().stream().map(CourseCompletion::person).forEach(trained::add);
      DossierFacts.juryAggregates(review)
          .forEach(a -> aggregates.computeIfAbsent(a.proposal(), k -> new ArrayList<>()).add(a));
      DossierFacts.submissionOrders(dossier.proposals()).forEach(o -> orders.put(o.proposal(), o));
      call.criteria().forEach(c -> criteria.putIfAbsent(c.id(), c));
      proposals = dossier.proposals();
      sentences = new Sentences(MESSAGES, call.writtenIn());
      levelWords = sentences.either(call.eligibleLevels());
      requireTrained = parameters.flag(FederalVocabulary.REQUIRE_TRAINED_MEMBER);
      maxProposals = parameters.has(FederalVocabulary.MAX_PROPOSALS_PER_GOVERNMENT)
          ? parameters.number(FederalVocabulary.MAX_PROPOSALS_PER_GOVERNMENT) : null;
      maxProposalsWords = maxProposals == null ? null : sentences.points(maxProposals);
    }

    List<Finding> all() {
      for (Proposal p : proposals) {
        milestones = p.milestones();
        trainedMembers = trainedMembersOf(p);
        eligibility(p);
        cocreation(p);
        values(p);
        commitments(p);
        capacity(p);
        feasibility(p);
        jury(p);
        priority(p);
        classification(p);
      }
      return out;
    }

    private void check(Proposal p, String rule, boolean passed, String sentence) {
      out.add(new CheckFinding(p.id(), rule, passed, sentence));
    }

    private void award(Proposal p, Criterion c, String rule, BigDecimal points, String sentence) {
      out.add(new AwardFinding(p.id(), c.id(), rule, points, sentence));
    }

    private void label(Proposal p, String label, String rule, String sentence) {
      out.add(new LabelFinding(p.id(), label, rule, sentence));
    }

    /** A co-creating partner: from outside government, and collaborating or co-owning rather than consulted. */
    private static boolean coCreates(Partner partner) {
      return partner.nonGovernmental() && partner.role() != PartnerRole.CONSULTED;
    }

    private Set<PersonId> trainedOf(List<PersonId> people) {
      Set<PersonId> set = new HashSet<>();
      for (PersonId person : people) {
        if (trained.contains(person)) {
          set.add(person);
        }
      }
      return set;
    }

    private Set<PersonId> trainedMembersOf(Proposal p) {
      Set<PersonId> set = new HashSet<>();
      for (TeamMember member : p.team()) {
        if (trained.contains(member.person())) {
          set.add(member.person());
        }
      }
      return set;
    }

    private void eligibility(Proposal p) {
      Government g = governments.get(p.applicant());
      if (g != null) {
        check(p, "Applicant must be a provincial or municipal government", call.eligibleLevels().contains(g.level()),
            sentences.say("eligibility.level", g.name(), g.level(), levelWords));
      }
      boolean inTime = call.submissionWindow().contains(p.submittedAt());
      check(p, "Proposal must be submitted inside the call's window", inTime,
          sentences.say(inTime ? "eligibility.window.inside" : "eligibility.window.outside", p.submittedAt(),
              call.submissionWindow().opens(), call.submissionWindow().closes()));
      long matching = 0;
      for (Theme theme : p.themes()) {
        if (call.themes().contains(theme)) {
          matching++;
        }
      }
      check(p, "Proposal must address at least one of the call's themes", matching > 0,
          matching > 0 ? sentences.say("eligibility.themes.addressed", matching)
              : sentences.say("eligibility.themes.none", p.themes().toString(), new java.util.TreeSet<>(call.themes()).toString()));
      fundingCheck(p);
      if (requireTrained) {
        Set<PersonId> members = trainedMembers;
        check(p, "At least one team member must have completed a program course", !members.isEmpty(),
            sentences.say("eligibility.trained", members.size(), p.team().size()));
      }
      DateWindow window = call.implementationWindow();
      long good = 0;
      for (Milestone m : milestones) {
        if (m.verifiable() && window.contains(m.due())) {
          good++;
        }
      }
      check(p, "A commitment must have a verifiable milestone inside the implementation window", good > 0,
          sentences.say("eligibility.milestones", good, milestones.size(), window.start(), window.end()));
      if (maxProposals != null) {
        SubmissionOrder order = orders.get(p.id());
        check(p, "A government may submit at most the call's number of proposals", order.position() <= maxProposals.intValue(),
            sentences.say("eligibility.max-proposals", order.position(), order.of(), maxProposalsWords));
      }
    }

    private void fundingCheck(Proposal p) {
      Money ceiling = call.fundingCeiling();
      Money requested = p.funding().requested();
      boolean passed = requested.isPositive() && requested.compareTo(ceiling) <= 0;
      String sentence;
      if (!requested.isPositive()) {
        sentence = sentences.say("eligibility.funding.none");
      } else if (!passed) {
        sentence = sentences.say("eligibility.funding.over", requested, ceiling);
      } else {
        sentence = sentences.say("eligibility.funding.within", requested, ceiling);
      }
      check(p, "Requested funding must be above zero and within the ceiling", passed, sentence);
    }

    private void cocreation(Proposal p) {
      Criterion c = criteria.get(FederalVocabulary.COCREATION);
      if (c == null) {
        return;
      }
      BigDecimal max = c.maxPoints();
      List<Partner> partners = p.coCreation().partners();
      for (Partner partner : partners) {
        if (partner.nonGovernmental() && partner.role() == PartnerRole.CO_OWNER) {
          award(p, c, "Each non-governmental co-owner earns a quarter of the co-creation points", Points.share(max, 1, 4),
              sentences.say("cocreation.co-owner", partner.organisation(), partner.sector()));
        }
        if (partner.nonGovernmental() && partner.role() == PartnerRole.COLLABORATOR) {
          award(p, c, "Each non-governmental collaborator earns a tenth of the co-creation points", Points.share(max, 1, 10),
              sentences.say("cocreation.collaborator", partner.organisation(), partner.sector()));
        }
      }
      Set<Sector> sectors = EnumSet.noneOf(Sector.class);
      for (Partner partner : partners) {
        if (coCreates(partner)) {
          sectors.add(partner.sector());
        }
      }
      BigDecimal leastSectors = parameters.number(FederalVocabulary.MIN_PARTNER_SECTORS);
      if (BigDecimal.valueOf(sectors.size()).compareTo(leastSectors) >= 0) {
        award(p, c, "Co-creating partners from the call's minimum of sectors earn a fifth of the co-creation points",
            Points.share(max, 1, 5), sentences.say("cocreation.sectors", sectors.size(), sentences.points(leastSectors)));
      }
      List<Activity> activities = p.coCreation().activities();
      boolean forum = false;
      long participants = 0;
      long responses = 0;
      for (Activity a : activities) {
        forum |= a.kind() == ActivityKind.MULTI_STAKEHOLDER_FORUM;
        participants += a.participants();
        responses += a.responses();
      }
      if (forum) {
        award(p, c, "A multi-stakeholder forum earns a fifth of the co-creation points", Points.share(max, 1, 5),
            sentences.say("cocreation.forum"));
      }
      long reach = participants + responses;
      BigDecimal leastReach = parameters.number(FederalVocabulary.MIN_PARTICIPATION);
      if (BigDecimal.valueOf(reach).compareTo(leastReach) >= 0) {
        award(p, c, "Participation that reached the call's minimum of people earns a fifth of the co-creation points",
            Points.share(max, 1, 5), sentences.say("cocreation.participation", reach, sentences.points(leastReach)));
      }
    }

    private void values(Proposal p) {
      Criterion c = criteria.get(FederalVocabulary.VALUES);
      if (c == null) {
        return;
      }
      for (OpenGovernmentValue value : p.values()) {
        if (value != OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION) {
          award(p, c, "Each core open-government value the proposal advances earns a third of the values points",
              Points.share(c.maxPoints(), 1, 3), sentences.say("values.core", value));
        }
      }
      if (p.values().contains(OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION)) {
        award(p, c, "Technology and innovation as a lens earns a tenth of the values points",
            Points.share(c.maxPoints(), 1, 10), sentences.say("values.technology"));
      }
    }

    private void commitments(Proposal p) {
      Criterion c = criteria.get(FederalVocabulary.COMMITMENTS);
      if (c == null) {
        return;
      }
      BigDecimal max = c.maxPoints();
      DateWindow window = call.implementationWindow();
      for (Milestone m : milestones) {
        if (m.verifiable() && window.contains(m.due())) {
          award(p, c, "Each verifiable milestone due inside the implementation window earns a fifth of the commitments points",
              Points.share(max, 1, 5),
              sentences.say("commitments.milestone", m.id(), m.verification().orElse(""), m.due()));
        }
      }
      boolean allDue = true;
      boolean allDeliver = true;
      for (Milestone m : milestones) {
        allDue &= window.contains(m.due());
        allDeliver &= !m.deliverable().isBlank();
      }
      if (!milestones.isEmpty() && allDue) {
        award(p, c, "Milestones all due inside the implementation window earn a fifth of the commitments points",
            Points.share(max, 1, 5),
            sentences.say("commitments.all-due", milestones.size(), window.start(), window.end()));
      }
      boolean eachHasOne = true;
      for (var k : p.commitments()) {
        eachHasOne &= !k.milestones().isEmpty();
      }
      if (!p.commitments().isEmpty() && eachHasOne) {
        award(p, c, "Commitments that each have a milestone earn a fifth of the commitments points", Points.share(max, 1, 5),
            sentences.say("commitments.each-has-milestone", p.commitments().size()));
      }
      if (!milestones.isEmpty() && allDeliver) {
        award(p, c, "Milestones that all name a deliverable earn a tenth of the commitments points", Points.share(max, 1, 10),
            sentences.say("commitments.deliverables"));
      }
    }

    private void capacity(Proposal p) {
      Criterion c = criteria.get(FederalVocabulary.CAPACITY);
      if (c == null) {
        return;
      }
      BigDecimal max = c.maxPoints();
      Set<PersonId> members = trainedMembers;
      if (!members.isEmpty()) {
        award(p, c, "The trained share of the team earns up to three fifths of the capacity points",
            Points.proportion(Points.share(max, 3, 5), members.size(), p.team().size()),
            sentences.say("capacity.team", members.size(), p.team().size()));
      }
      for (Partner partner : p.coCreation().partners()) {
        if (coCreates(partner)) {
          Set<PersonId> contacts = trainedOf(partner.contacts());
          if (!contacts.isEmpty()) {
            award(p, c, "Each co-creating partner with a trained contact earns a fifth of the capacity points",
                Points.share(max, 1, 5), sentences.say("capacity.partner", partner.organisation(), partner.sector(), contacts.size()));
          }
        }
      }
    }

    private void feasibility(Proposal p) {
      Criterion c = criteria.get(FederalVocabulary.FEASIBILITY);
      if (c == null) {
        return;
      }
      BigDecimal max = c.maxPoints();
      Funding f = p.funding();
      BigDecimal counterpartShare = parameters.number(FederalVocabulary.MIN_COUNTERPART_SHARE);
      if (f.requested().isPositive()
          && f.counterpart().amount().compareTo(f.requested().amount().multiply(counterpartShare)) >= 0) {
        award(p, c, "Counterpart funding of at least the call's share of the request earns a third of the feasibility points",
            Points.share(max, 1, 3), sentences.say("feasibility.counterpart", f.counterpart(), f.requested(),
                sentences.points(counterpartShare)));
      }
      Money ceiling = call.fundingCeiling();
      Money requested = f.requested();
      BigDecimal ceilingShare = parameters.number(FederalVocabulary.MAX_REQUEST_PER_MILESTONE_SHARE);
      if (!milestones.isEmpty() && requested.isPositive()
          && requested.amount().compareTo(
              ceiling.amount().multiply(ceilingShare).multiply(BigDecimal.valueOf(milestones.size()))) <= 0) {
        award(p, c, "A request of at most the call's share of the ceiling per milestone earns a third of the feasibility points",
            Points.share(max, 1, 3), sentences.say("feasibility.per-milestone", requested, milestones.size(),
                sentences.points(ceilingShare), ceiling));
      }
      DateWindow window = call.implementationWindow();
      long windowDays = ChronoUnit.DAYS.between(window.start(), window.end());
      BigDecimal spreadShare = parameters.number(FederalVocabulary.MIN_MILESTONE_SPREAD_SHARE);
      if (milestones.size() >= 2) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Milestone m : milestones) {
          first = Math.min(first, m.due().toEpochDay());
          last = Math.max(last, m.due().toEpochDay());
        }
        long span = last - first;
        if (BigDecimal.valueOf(span).compareTo(spreadShare.multiply(BigDecimal.valueOf(windowDays))) >= 0) {
          award(p, c, "Milestones spread over at least the call's share of the implementation window earn a third of the feasibility points",
              Points.share(max, 1, 3), sentences.say("feasibility.spread", span, windowDays, sentences.points(spreadShare)));
        }
      }
    }

    private void jury(Proposal p) {
      Criterion c = criteria.get(FederalVocabulary.JURY);
      if (c == null) {
        return;
      }
      for (JuryAggregate a : aggregates.getOrDefault(p.id(), List.of())) {
        if (a.criterion().equals(c.id())) {
          var scale = call.scoreScale();
          award(p, c, "The jury's score earns jury points in proportion to the score scale",
              Points.onScale(a.score(), scale.min(), scale.max(), c.maxPoints()),
              juryScoreSentence(a, sentences.points(scale.min()), sentences.points(scale.max())));
        }
      }
    }

    private String juryScoreSentence(JuryAggregate a, String low, String high) {
      String score = sentences.points(a.score());
      if (a.consensus()) {
        return sentences.say("jury.consensus", score, low, high);
      }
      String figure = sentences.say("jury.figure." + a.method().name(), score);
      return a.count() == 1 ? sentences.say("jury.one-score", figure, low, high)
          : sentences.say("jury.scores", a.count(), figure, low, high);
    }

    private void priority(Proposal p) {
      Criterion c = criteria.get(FederalVocabulary.PRIORITY);
      Government g = governments.get(p.applicant());
      if (c == null || g == null) {
        return;
      }
      String newcomer = FederalVocabulary.NEWCOMER_PRIORITY_POINTS;
      if (parameters.has(newcomer) && parameters.number(newcomer).signum() > 0 && !g.openGovernmentExperience()) {
        award(p, c, "A government new to open government earns the newcomer priority points",
            Points.exactly(parameters.number(newcomer)), sentences.say("priority.newcomer", g.name()));
      }
      String population = FederalVocabulary.SMALL_MUNICIPALITY_POPULATION;
      String small = FederalVocabulary.SMALL_MUNICIPALITY_PRIORITY_POINTS;
      if (parameters.has(population) && parameters.has(small)
          && parameters.number(small).signum() > 0 && g.level() == GovernmentLevel.MUNICIPAL
          && parameters.number(population).compareTo(BigDecimal.valueOf(g.population())) > 0) {
        award(p, c, "A small municipality earns the small-municipality priority points",
            Points.exactly(parameters.number(small)), sentences.say("priority.small-municipality", g.name(), g.population(),
                sentences.points(parameters.number(population))));
      }
    }

    private void classification(Proposal p) {
      Optional<Theme> primary = PrimaryTheme.of(p, call);
      primary.ifPresent(t -> label(p, FederalVocabulary.primaryTheme(t),
          "The first of the proposal's themes that the call names is its primary theme",
          sentences.say("classification.primary-theme", t.code())));
      if (parameters.has(FederalVocabulary.CONSENSUS_SPREAD)) {
        BigDecimal limit = parameters.number(FederalVocabulary.CONSENSUS_SPREAD);
        for (JuryAggregate a : aggregates.getOrDefault(p.id(), List.of())) {
          if (!a.consensus() && a.spread().compareTo(limit) > 0) {
            label(p, FederalVocabulary.NEEDS_CONSENSUS, "Jurors who disagree by more than the consensus spread call for a consensus discussion",
                sentences.say("classification.consensus", a.criterion().toString(), sentences.points(a.min()),
                    sentences.points(a.max()), sentences.points(limit)));
          }
        }
      }
      List<String> owners = new ArrayList<>();
      for (Partner partner : p.coCreation().partners()) {
        if (partner.nonGovernmental() && partner.role() == PartnerRole.CO_OWNER) {
          owners.add(partner.organisation());
        }
      }
      if (!owners.isEmpty()) {
        Collections.sort(owners);
        label(p, FederalVocabulary.CO_CREATED, "A proposal co-owned by a non-governmental partner is co-created",
            sentences.say("classification.co-created", String.join(", ", owners)));
      }
    }
  }
}
