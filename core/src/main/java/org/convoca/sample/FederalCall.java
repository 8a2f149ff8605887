package org.convoca.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.call.AggregationMethod;
import org.convoca.call.Call;
import org.convoca.call.CallId;
import org.convoca.call.ConflictKind;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.call.FederalVocabulary;
import org.convoca.call.JuryPolicy;
import org.convoca.call.Normalisation;
import org.convoca.call.RuleParameters;
import org.convoca.call.ScoreScale;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.call.TieBreakKind;
import org.convoca.call.Track;
import org.convoca.government.GovernmentLevel;
import org.convoca.language.Language;
import org.convoca.proposal.Theme;
import org.convoca.value.DateWindow;
import org.convoca.value.Money;
import org.convoca.value.TimeWindow;
import org.jspecify.annotations.Nullable;

/**
 * The call that generated dossiers carry, modelled on Argentina's Open Government Federal Program
 * (its real criteria and amounts were not published; these are documented defaults). Its criterion
 * ids, track id and rule parameter names come from {@link FederalVocabulary}, which the bundled
 * rule book reads too.
 */
public final class FederalCall {

  /** The currency of every amount in a generated dossier. */
  public static final String CURRENCY = "ARS";

  static final TimeWindow SUBMISSION_WINDOW =
      new TimeWindow(Instant.parse("2021-08-02T12:00:00Z"), Instant.parse("2021-10-01T02:59:59Z"));
  static final DateWindow IMPLEMENTATION_WINDOW =
      new DateWindow(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
  static final ScoreScale SCALE = new ScoreScale(BigDecimal.ZERO, new BigDecimal("5"), new BigDecimal("0.5"));
  static final List<Theme> THEMES = List.of(Theme.PARTICIPATORY_BUDGETING, Theme.DIGITAL_PARTICIPATION,
      Theme.OPEN_DATA, Theme.CIVIC_INNOVATION, Theme.PUBLIC_MONITORING);

  /** See {@link #juryPolicy()}. */
  private static final JuryPolicy JURY_POLICY = JuryPolicy.builder()
      .reviewersPerProposal(3)
      .aggregation(AggregationMethod.MEAN)
      .minScores(2)
      .normalisation(Normalisation.ADDITIVE)
      .conflicts(EnumSet.allOf(ConflictKind.class))
      .build();

  private FederalCall() {}

  /** The settings of the call that the generator exposes. */
  record Settings(int slots, int ogpLocalPlaces, int waitlist, int minJurisdictions, int perJurisdictionCap,
      long fundingCeiling, long totalBudget) {

    static final Settings DEFAULTS = new Settings(50, 11, 10, 10, 6, 3_000_000L, 120_000_000L);
  }

  /**
   * The jury policy a generated call states unless told otherwise: 3 reviewers per proposal, the
   * {@linkplain AggregationMethod#MEAN mean} of the valid scores, at least 2 valid scores for a
   * proposal to be ranked, {@linkplain Normalisation#ADDITIVE additive} normalisation of juror
   * severity, and every {@linkplain ConflictKind kind of conflict}. Never null.
   *
   * @return the jury policy a generated call states unless told otherwise: 3 reviewers per
   *     proposal, the {@linkplain AggregationMethod#MEAN mean} of the valid scores, at least 2
   *     valid scores for a proposal to be ranked, {@linkplain Normalisation#ADDITIVE additive}
   *     normalisation of juror severity, and every {@linkplain ConflictKind kind of conflict}
   */
  public static JuryPolicy juryPolicy() {
    return JURY_POLICY;
  }

  /**
   * The call with {@code settings}, stating {@code jury} as its jury policy and {@code language} as
   * its language when present, its texts written in {@code texts}.
   */
  static Call build(Settings settings, Optional<JuryPolicy> jury, Optional<Language> language, Texts texts) {
    return Call.builder()
        .id(CallId.of("PFGA-2021"))
        .name(texts.callName())
        .edition(1)
        .submissionWindow(SUBMISSION_WINDOW)
        .eligibleLevels(List.of(GovernmentLevel.PROVINCIAL, GovernmentLevel.MUNICIPAL))
        .themes(THEMES)
        .fundingCeiling(Money.of(settings.fundingCeiling(), CURRENCY))
        .implementationWindow(IMPLEMENTATION_WINDOW)
        .criteria(criteria(texts))
        .overallThreshold(BigDecimal.valueOf(50))
        .scoreScale(SCALE)
        .policy(SelectionPolicy.builder()
            .slots(settings.slots())
            .totalBudget(Money.of(settings.totalBudget(), CURRENCY))
            .perJurisdictionCap(settings.perJurisdictionCap())
            .perGovernmentCap(1)
            .minJurisdictions(settings.minJurisdictions())
            .waitlistLength(settings.waitlist())
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.CRITERION).criterion(FederalVocabulary.JURY).build())
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.CRITERION).criterion(FederalVocabulary.COCREATION).build())
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.EARLIER_SUBMISSION).build())
            .addTieBreak(TieBreak.builder().kind(TieBreakKind.PROPOSAL_ID).build())
            .build())
        .addTracks(Track.builder()
            .id(FederalVocabulary.OGP_LOCAL)
            .name("OGP Local")
            .description(texts.trackDescription())
            .places(settings.ogpLocalPlaces())
            .build())
        .parameters(parameters())
        .jury(jury)
        .language(language)
        .build();
  }

  /**
   * The rule parameters the generated call sets: one proposal per government, a trained member
   * required, a consensus spread of 1.5, small municipalities below 50,000 people, and 5 priority
   * points each for newcomers and small municipalities. The parameters it leaves out take their
   * defaults ({@link FederalVocabulary#parameterDefaults()}).
   *
   * @return the rule parameters the generated call sets: one proposal per government, a trained
   *     member required, a consensus spread of 1.5, small municipalities below 50,000 people, and 5
   *     priority points each for newcomers and small municipalities
   */
  public static RuleParameters parameters() {
    return RuleParameters.of(Map.of(
        FederalVocabulary.MAX_PROPOSALS_PER_GOVERNMENT, BigDecimal.ONE,
        FederalVocabulary.REQUIRE_TRAINED_MEMBER, Boolean.TRUE,
        FederalVocabulary.CONSENSUS_SPREAD, new BigDecimal("1.5"),
        FederalVocabulary.SMALL_MUNICIPALITY_POPULATION, BigDecimal.valueOf(50_000),
        FederalVocabulary.NEWCOMER_PRIORITY_POINTS, BigDecimal.valueOf(5),
        FederalVocabulary.SMALL_MUNICIPALITY_PRIORITY_POINTS, BigDecimal.valueOf(5)));
  }

  private static List<Criterion> criteria(Texts texts) {
    return List.of(
        criterion(FederalVocabulary.COCREATION, texts, 25, 3),
        criterion(FederalVocabulary.VALUES, texts, 10, null),
        criterion(FederalVocabulary.COMMITMENTS, texts, 20, 4),
        criterion(FederalVocabulary.CAPACITY, texts, 10, null),
        criterion(FederalVocabulary.FEASIBILITY, texts, 10, null),
        criterion(FederalVocabulary.JURY, texts, 20, 4),
        criterion(FederalVocabulary.PRIORITY, texts, 5, null));
  }

  private static Criterion criterion(CriterionId id, Texts texts, int weight, @Nullable Integer threshold) {
    Texts.CriterionText text = texts.criterion(id);
    return Criterion.builder()
        .id(id)
        .name(text.name())
        .description(text.description())
        .weight(BigDecimal.valueOf(weight))
        .maxPoints(BigDecimal.TEN)
        .threshold(Optional.ofNullable(threshold).map(BigDecimal::valueOf))
        .build();
  }
}
