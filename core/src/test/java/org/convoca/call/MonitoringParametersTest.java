package org.convoca.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Test;

/** The monitoring parameters: defaults, the kinds of the names they know, and the selection date. */
class MonitoringParametersTest {

  @Test
  void aParameterTheCallDoesNotSetTakesItsDefault() {
    MonitoringParameters none = MonitoringParameters.empty();

    assertThat(none.number(MonitoringParameters.REPORTING_INTERVAL_DAYS)).isEqualByComparingTo("120");
    assertThat(none.number(MonitoringParameters.GRACE_DAYS)).isEqualByComparingTo("30");
    assertThat(none.number(MonitoringParameters.AT_RISK_OVERDUE_DAYS)).isEqualByComparingTo("90");
    assertThat(none.number(MonitoringParameters.SPENDING_AHEAD_POINTS)).isEqualByComparingTo("25");
    assertThat(none.number(MonitoringParameters.SUBSTANTIAL_SHARE)).isEqualByComparingTo("50");
    assertThat(none.number(MonitoringParameters.STARRED_MIN_TOTAL)).isEqualByComparingTo("70");
    assertThat(none.asMap()).isEqualTo(MonitoringParameters.DEFAULTS);
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.selectionDate()).isEmpty();
  }

  @Test
  void theCallsOwnValueWinsOverTheDefaultAndTheDossierKeepsOnlyWhatTheCallSets() throws Exception {
    MonitoringParameters set = MonitoringParameters.of(Map.of(MonitoringParameters.GRACE_DAYS, 15,
        MonitoringParameters.SELECTION_DATE, "2021-12-10"));

    assertThat(set.number(MonitoringParameters.GRACE_DAYS)).isEqualByComparingTo("15");
    assertThat(set.asMap()).containsEntry(MonitoringParameters.REPORTING_INTERVAL_DAYS, BigDecimal.valueOf(120));
    assertThat(set.selectionDate()).contains(LocalDate.of(2021, 12, 10));
    assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(set)).toString())
        .isEqualTo("{\"graceDays\":15,\"selectionDate\":\"2021-12-10\"}");
  }

  @Test
  void aParameterItNamesMustHaveItsKind() {
    assertThatThrownBy(() -> MonitoringParameters.of(Map.of(MonitoringParameters.GRACE_DAYS, "thirty")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'graceDays' must be a number, was a string");
    assertThatThrownBy(() -> MonitoringParameters.of(Map.of(MonitoringParameters.AT_RISK_OVERDUE_DAYS, -1)))
        .hasMessage("'atRiskOverdueDays' must not be negative, was -1");
    assertThatThrownBy(() -> MonitoringParameters.of(Map.of(MonitoringParameters.SELECTION_DATE, 20211210)))
        .hasMessage("'selectionDate' must be a string, was a number");
    assertThatThrownBy(() -> MonitoringParameters.of(Map.of(MonitoringParameters.SELECTION_DATE, "2021-02-30")))
        .hasMessage("'selectionDate' must be a real day written YYYY-MM-DD, was '2021-02-30'");
  }

  @Test
  void daysAreWholeAndTheSubstantialShareIsAPercentage() {
    assertThatThrownBy(() -> MonitoringParameters.of(Map.of(MonitoringParameters.GRACE_DAYS, new BigDecimal("2.5"))))
        .hasMessage("'graceDays' must be a whole number of days, was 2.5");
    assertThatThrownBy(() -> MonitoringParameters.of(Map.of(MonitoringParameters.SUBSTANTIAL_SHARE, 150)))
        .hasMessage("'substantialShare' must be at most 100, a percentage, was 150");
    assertThat(MonitoringParameters.of(Map.of(MonitoringParameters.GRACE_DAYS, new BigDecimal("30.0"),
        MonitoringParameters.SUBSTANTIAL_SHARE, 100)).number(MonitoringParameters.SUBSTANTIAL_SHARE))
        .isEqualByComparingTo("100");
    assertThat(MonitoringParameters.of(Map.of("ownDays", new BigDecimal("2.5"))).asMap())
        .as("a parameter of the call's own is not a day count of the bundled rules").containsKey("ownDays");
  }

  @Test
  void aParameterOfTheCallsOwnMayBeAnyScalar() {
    MonitoringParameters own = MonitoringParameters.of(Map.of("ownOffset", -3, "ownFlag", true, "ownLabel", "x"));

    assertThat(own.number("ownOffset")).isEqualByComparingTo("-3");
    assertThat(own.given()).containsEntry("ownFlag", Boolean.TRUE).containsEntry("ownLabel", "x");
    assertThatThrownBy(() -> MonitoringParameters.of(Map.of("ownList", java.util.List.of(1))))
        .hasMessageStartingWith("monitoring parameter 'ownList' must be a number, true or false, or a string");
  }
}
