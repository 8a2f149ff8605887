package org.convoca.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.call.Call;
import org.convoca.call.CallId;
import org.convoca.call.Criterion;
import org.convoca.call.CriterionId;
import org.convoca.call.FederalVocabulary;
import org.convoca.call.RuleParameters;
import org.convoca.call.ScoreScale;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.Track;
import org.convoca.government.GovernmentLevel;
import org.convoca.proposal.Theme;
import org.convoca.sample.FederalCall;
import org.convoca.value.DateWindow;
import org.convoca.value.Money;
import org.convoca.value.TimeWindow;
import org.jspecify.annotations.Nullable;

/**
 * The base call of tests: a call of the federal vocabulary like the generator's, small enough to
 * read in one go. A test that needs another call changes what it is about on this one
 * ({@code aFederalCall().withPolicy(..)}, {@link #withParameter}), so that every test states only
 * the difference that matters to it.
 */
public final class CallFixtures {

  /** The call's id. */
  public static final CallId CALL = CallId.of("PFGA-TEST");

  /** The submission window: from 2 August 2021, 12:00 UTC, to 1 October 2021, 02:59:59 UTC. */
  public static final TimeWindow SUBMISSION_WINDOW =
      new TimeWindow(Instant.parse("2021-08-02T12:00:00Z"), Instant.parse("2021-10-01T02:59:59Z"));

  /** The implementation window: the year 2022, 1 January to 31 December. */
  public static final DateWindow IMPLEMENTATION_WINDOW =
      new DateWindow(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

  /** The currency of every amount of the fixtures. */
  public static final String CURRENCY = "ARS";

  private CallFixtures() {}

  /**
   * A complete call of the federal vocabulary: provincial and municipal applicants, five themes,
   * a funding ceiling of ARS 3,000,000, the seven federal criteria of 10 points each (co-creation
   * 25 with threshold 3, values 10, commitments 20 with threshold 4, capacity 10, feasibility 10,
   * jury 20 with threshold 4, priority 5), an overall threshold of 50, the 0-5 score scale in half
   * points, 10 slots, an OGP Local track of 2 places and the generator's rule parameters
   * ({@link FederalCall#parameters()}). It states no jury policy, so the defaults apply.
   *
   * @return the call, a new value on each call
   */
  public static Call aFederalCall() {
    return Call.builder()
        .id(CALL)
        .name("Test call")
        .edition(1)
        .submissionWindow(SUBMISSION_WINDOW)
        .eligibleLevels(List.of(GovernmentLevel.PROVINCIAL, GovernmentLevel.MUNICIPAL))
        .themes(List.of(Theme.PARTICIPATORY_BUDGETING, Theme.DIGITAL_PARTICIPATION, Theme.OPEN_DATA,
            Theme.CIVIC_INNOVATION, Theme.PUBLIC_MONITORING))
        .fundingCeiling(Money.of(3_000_000, CURRENCY))
        .implementationWindow(IMPLEMENTATION_WINDOW)
        .criteria(List.of(
            criterion(FederalVocabulary.COCREATION, 25, 3), criterion(FederalVocabulary.VALUES, 10, null),
            criterion(FederalVocabulary.COMMITMENTS, 20, 4), criterion(FederalVocabulary.CAPACITY, 10, null),
            criterion(FederalVocabulary.FEASIBILITY, 10, null), criterion(FederalVocabulary.JURY, 20, 4),
            criterion(FederalVocabulary.PRIORITY, 5, null)))
        .overallThreshold(BigDecimal.valueOf(50))
        .scoreScale(new ScoreScale(BigDecimal.ZERO, new BigDecimal("5"), new BigDecimal("0.5")))
        .policy(SelectionPolicy.builder().slots(10).build())
        .addTracks(Track.builder().id(FederalVocabulary.OGP_LOCAL).name("OGP Local").description("co-created").places(2).build())
        .parameters(FederalCall.parameters())
        .build();
  }

  /**
   * A criterion of 10 points named and described by its id.
   *
   * @param id the criterion's id
   * @param weight its weight in the total, out of 100
   * @param threshold the points a proposal needs on it, or null for none
   * @return the criterion
   */
  public static Criterion criterion(CriterionId id, int weight, @Nullable Integer threshold) {
    return Criterion.builder().id(id).name(id.value()).description(id.value())
        .weight(BigDecimal.valueOf(weight)).maxPoints(BigDecimal.TEN)
        .threshold(Optional.ofNullable(threshold).map(BigDecimal::valueOf)).build();
  }

  /**
   * {@code call} with rule parameter {@code name} set to {@code value}, or left out when
   * {@code value} is null (so that the rules take its default).
   *
   * @param call the call to change
   * @param name the parameter's name, such as {@link FederalVocabulary#MIN_PARTICIPATION}
   * @param value a number, a boolean or a string; null to leave the parameter out
   * @return the changed call
   */
  public static Call withParameter(Call call, String name, @Nullable Object value) {
    Map<String, Object> values = new HashMap<>(call.parameters().given());
    if (value == null) {
      values.remove(name);
    } else {
      values.put(name, value);
    }
    return call.withParameters(RuleParameters.of(values));
  }

  /**
   * {@code call} with the threshold of criterion {@code id} set to {@code threshold}; the other
   * criteria are left as they are.
   *
   * @param call the call to change
   * @param id the criterion, which the call must define
   * @param threshold the points a proposal needs on it
   * @return the changed call
   * @throws IllegalArgumentException when the call does not define criterion {@code id}
   */
  public static Call withThreshold(Call call, CriterionId id, BigDecimal threshold) {
    if (call.criteria().stream().noneMatch(c -> c.id().equals(id))) {
      throw new IllegalArgumentException("the call defines no criterion '" + id.value() + "'");
    }
    return call.withCriteria(call.criteria().stream().map(c -> c.id().equals(id) ? c.withThreshold(threshold) : c).toList());
  }
}
