package org.convoca.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.CriterionResult;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CheckFinding;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.RuleParameters;
import org.convoca.call.CriterionId;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.call.TieBreakKind;
import org.convoca.call.Track;
import org.convoca.call.TrackId;
import org.convoca.cocreation.CoCreation;
import org.convoca.dossier.Dossier;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.government.GovernmentLevel;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.Jury;
import org.convoca.jury.JuryOverride;
import org.convoca.jury.JuryVerdict;
import org.convoca.language.Language;
import org.convoca.proposal.Funding;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.convoca.testing.CallFixtures;
import org.convoca.value.DateWindow;
import org.convoca.value.Money;
import org.convoca.value.TimeWindow;
import org.jspecify.annotations.Nullable;

/**
 * Builds small dossiers and their assessments for selection tests, without a rule book. The call
 * has two criteria: "cocreation" (weight 60, max 10 points, threshold 2) and "quality" (weight 40,
 * max 10 points, no threshold), an overall threshold of 50 and a budget currency of ARS. Each bid
 * states its total directly; criterion points only matter for tie-breaks and thresholds.
 */
public final class SelectionFixture {

  /** The moment the call opens; a bid submitted {@code n} minutes later says {@code submittedAfter(n)}. */
  public static final Instant OPENS = Instant.parse("2021-04-01T00:00:00Z");

  private final List<Bid> bids = new ArrayList<>();
  private final List<JuryOverride> overrides = new ArrayList<>();
  private SelectionPolicy policy = SelectionPolicy.builder().slots(3).build();
  private @Nullable Language language;

  /** A fixture with a policy of 3 slots and nothing else. */
  public static SelectionFixture aCall() {
    return new SelectionFixture();
  }

  /** The worked example of {@code SelectorWorkedExampleTest}, whose comment holds the hand computation. */
  public static SelectionFixture workedExample() {
    return SelectionFixture.aCall()
        .policy(SelectionPolicy.builder().slots(4).totalBudget(Money.of(1000, "ARS"))
            .perJurisdictionCap(2).perGovernmentCap(1).minJurisdictions(4).waitlistLength(2)
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.CRITERION).criterion(CriterionId.of("cocreation")).build())
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.EARLIER_SUBMISSION).build())
            .build())
        .bid(Bid.bid("P-01").from("A1", "AR-X").total("90").request(300))
        .bid(Bid.bid("P-02").from("A2", "AR-X").total("85").request(200))
        .bid(Bid.bid("P-03").from("A3", "AR-X").total("80").cocreation("6").request(200))
        .bid(Bid.bid("P-04").from("B1", "AR-S").total("80").cocreation("8").request(400))
        .bid(Bid.bid("P-05").from("B1", "AR-S").total("75").request(100))
        .bid(Bid.bid("P-06").from("C1", "AR-C").total("60").request(100).submittedAfter(10))
        .bid(Bid.bid("P-07").from("D1", "AR-M").total("55").request(50))
        .bid(Bid.bid("P-08").from("D2", "AR-M").total("95").ineligible())
        .bid(Bid.bid("P-09").from("D3", "AR-M").total("40"))
        .bid(Bid.bid("P-10").from("B2", "AR-S").total("70").request(200))
        .bid(Bid.bid("P-11").from("E1", "AR-A").total("60").request(100).submittedAfter(20));
  }

  /** Uses {@code policy}. */
  public SelectionFixture policy(SelectionPolicy policy) {
    this.policy = policy;
    return this;
  }

  /** States the call's language: its decisions, ties and notes are then in it (by default the call states none: English). */
  public SelectionFixture language(Language language) {
    this.language = language;
    return this;
  }

  /** Adds {@code bid}. */
  public SelectionFixture bid(Bid bid) {
    bids.add(bid);
    return this;
  }

  /** Adds a jury override. */
  public SelectionFixture override(String proposal, JuryVerdict verdict, String reason) {
    overrides.add(JuryOverride.builder().proposal(ProposalId.of(proposal)).verdict(verdict).reason(reason)
        .decidedBy("Jury plenary, minutes 4").decidedOn(LocalDate.of(2021, 6, 10)).build());
    return this;
  }

  @Override
  public String toString() {
    return policy + " " + bids + (overrides.isEmpty() ? "" : " overrides " + overrides);
  }

  /** The bids so far. */
  public List<Bid> bids() {
    return List.copyOf(bids);
  }

  /** The dossier: one provincial government per bid's government id (municipal when asked), the proposals, the overrides. */
  public Dossier dossier() {
    Map<String, Government> governments = new LinkedHashMap<>();
    for (Bid b : bids) {
      if (b.municipal) {
        String province = "PROV-" + b.jurisdiction;
        governments.putIfAbsent(province, government(province, GovernmentLevel.PROVINCIAL, b.jurisdiction, null));
        governments.putIfAbsent(b.government, government(b.government, GovernmentLevel.MUNICIPAL, b.jurisdiction, province));
      } else {
        governments.putIfAbsent(b.government, government(b.government, GovernmentLevel.PROVINCIAL, b.jurisdiction, null));
      }
    }
    return Dossier.builder()
        .call(language == null ? call(policy) : call(policy).withLanguage(language))
        .governments(governments.values())
        .proposals(bids.stream().map(SelectionFixture::proposal).toList())
        .jury(Jury.builder().overrides(overrides).build())
        .build();
  }

  /** One assessment per bid, in the order the bids were added. */
  public List<Assessment> assessments() {
    return bids.stream().map(SelectionFixture::assessment).toList();
  }

  /**
   * The fixture's call with {@code policy}: the base call of the tests with two criteria, a month's
   * submission window from {@link #OPENS}, two themes, a ceiling of ARS 1,000, no rule parameter.
   */
  public static Call call(SelectionPolicy policy) {
    return CallFixtures.aFederalCall()
        .withSubmissionWindow(new TimeWindow(OPENS, OPENS.plusSeconds(30L * 24 * 3600)))
        .withThemes(Theme.OPEN_DATA, Theme.PARTICIPATORY_BUDGETING)
        .withFundingCeiling(Money.of(1000, "ARS"))
        .withImplementationWindow(new DateWindow(LocalDate.of(2021, 6, 1), LocalDate.of(2022, 6, 1)))
        .withCriteria(
            Criterion.builder().id(CriterionId.of("cocreation")).name("Co-creation").description("Who took part")
                .weight(new BigDecimal("60")).maxPoints(BigDecimal.TEN).threshold(new BigDecimal("2")).build(),
            Criterion.builder().id(CriterionId.of("quality")).name("Quality").description("How well it is built")
                .weight(new BigDecimal("40")).maxPoints(BigDecimal.TEN).threshold(Optional.empty()).build())
        .withPolicy(policy)
        .withTracks(Track.builder().id(TrackId.of("ogp-local")).name("OGP Local").description("Co-created").places(2).build())
        .withParameters(RuleParameters.empty());
  }

  private static Government government(String id, GovernmentLevel level, String jurisdiction, String province) {
    return Government.builder().id(GovernmentId.of(id)).name("Government " + id).level(level)
        .jurisdiction(JurisdictionCode.of(jurisdiction)).population(10_000)
        .province(Optional.ofNullable(province).map(GovernmentId::of)).build();
  }

  private static Proposal proposal(Bid b) {
    return Proposal.builder()
        .id(ProposalId.of(b.id))
        .title("Proposal " + b.id)
        .summary("What " + b.id + " does")
        .applicant(GovernmentId.of(b.government))
        .addThemes(b.theme)
        .funding(Funding.builder().requested(Money.of(b.request, "ARS")).counterpart(Money.zero("ARS")).build())
        .coCreation(CoCreation.builder().build())
        .submittedAt(OPENS.plusSeconds(60L * b.submittedAfterMinutes + b.submittedAfterSeconds))
        .build();
  }

  private static Assessment assessment(Bid b) {
    ProposalId id = ProposalId.of(b.id);
    List<CheckFinding> checks = b.eligible
        ? List.of(CheckFinding.passed(id, "Applicant is a provincial or municipal government", "It is."))
        : List.of(CheckFinding.failed(id, "Proposal is submitted within the window", "It arrived after the call closed."));
    CriterionResult cocreation = result(id, "cocreation", b.cocreation, new BigDecimal("60"), Optional.of(new BigDecimal("2")));
    CriterionResult quality = result(id, "quality", BigDecimal.valueOf(5), new BigDecimal("40"), Optional.empty());
    return new Assessment(id, b.eligible, checks, List.of(cocreation, quality), b.total,
        new BigDecimal("50"), b.total.compareTo(new BigDecimal("50")) >= 0, List.of());
  }

  /** A result whose points one award gives (none when the test sets negative points, which no award can give). */
  private static CriterionResult result(ProposalId proposal, String id, BigDecimal points, BigDecimal weight,
      Optional<BigDecimal> threshold) {
    BigDecimal weighted = points.multiply(weight).divide(BigDecimal.TEN, 2, java.math.RoundingMode.HALF_UP);
    List<AwardFinding> awards = points.signum() < 0 ? List.of()
        : List.of(new AwardFinding(proposal, CriterionId.of(id), "Points set by the test", points, "The test sets them."));
    return new CriterionResult(CriterionId.of(id), points, points, BigDecimal.TEN, weight, weighted, threshold,
        threshold.map(t -> points.compareTo(t) >= 0).orElse(true), awards);
  }

  /** A proposal as a test sees it: who, where, what total, what request. */
  public static final class Bid {
    final String id;
    String government;
    String jurisdiction = "AR-X";
    boolean municipal;
    BigDecimal total = new BigDecimal("70");
    BigDecimal cocreation = BigDecimal.valueOf(5);
    long request = 100;
    long submittedAfterMinutes;
    long submittedAfterSeconds;
    boolean eligible = true;
    Theme theme = Theme.OPEN_DATA;

    private Bid(String id) {
      this.id = id;
      this.government = "GOV-" + id;
    }

    /** A bid with id {@code id}, its own government in AR-X, total 70, request ARS 100. */
    public static Bid bid(String id) {
      return new Bid(id);
    }

    /** From government {@code government} in jurisdiction {@code jurisdiction}. */
    public Bid from(String government, String jurisdiction) {
      this.government = government;
      this.jurisdiction = jurisdiction;
      return this;
    }

    /** The applicant is a municipality (of the jurisdiction's province). */
    public Bid municipal() {
      this.municipal = true;
      return this;
    }

    /** Its total. */
    public Bid total(String total) {
      this.total = new BigDecimal(total);
      return this;
    }

    /** Its points on co-creation (threshold 2). */
    public Bid cocreation(String points) {
      this.cocreation = new BigDecimal(points);
      return this;
    }

    /** Its request, in ARS. */
    public Bid request(long request) {
      this.request = request;
      return this;
    }

    /** Submitted {@code minutes} after the call opened. */
    public Bid submittedAfter(long minutes) {
      this.submittedAfterMinutes = minutes;
      return this;
    }

    /** Submitted {@code seconds} after the call opened, for times that are not whole minutes. */
    public Bid submittedAfterSeconds(long seconds) {
      this.submittedAfterMinutes = seconds / 60;
      this.submittedAfterSeconds = seconds % 60;
      return this;
    }

    /** Failed an eligibility check. */
    public Bid ineligible() {
      this.eligible = false;
      return this;
    }

    /** Eligible when {@code eligible}, else failed an eligibility check. */
    public Bid eligibility(boolean eligible) {
      this.eligible = eligible;
      return this;
    }

    /** A copy with another id. */
    public Bid renamed(String newId) {
      Bid b = new Bid(newId);
      b.government = government;
      b.jurisdiction = jurisdiction;
      b.municipal = municipal;
      b.total = total;
      b.cocreation = cocreation;
      b.request = request;
      b.submittedAfterMinutes = submittedAfterMinutes;
      b.submittedAfterSeconds = submittedAfterSeconds;
      b.eligible = eligible;
      b.theme = theme;
      return b;
    }

    /** Its main theme. */
    public Bid theme(Theme theme) {
      this.theme = theme;
      return this;
    }

    /** Its id. */
    public String id() {
      return id;
    }

    /** A copy with another total. */
    public Bid withTotal(BigDecimal newTotal) {
      Bid b = copy();
      b.total = newTotal;
      return b;
    }

    @Override
    public String toString() {
      return id + "[" + government + " " + jurisdiction + " total " + total + " cocreation " + cocreation + " request "
          + request + " at " + submittedAfterMinutes + (eligible ? "" : " ineligible") + "]";
    }

    /** A copy. */
    public Bid copy() {
      return renamed(id);
    }
  }
}
