package org.convoca.government;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GovernmentTest {

  private static Government.Builder municipality() {
    return Government.builder().id(GovernmentId.of("MUN-1")).name("Town").level(GovernmentLevel.MUNICIPAL)
        .jurisdiction(JurisdictionCode.of("AR-X")).population(1000);
  }

  @Test
  void acceptsAMunicipalityWithItsProvince() {
    assertThat(municipality().province(GovernmentId.of("PROV-1")).build().province()).isPresent();
  }

  @Test
  void rejectsANegativePopulation() {
    assertThatThrownBy(() -> municipality().province(GovernmentId.of("PROV-1")).population(-1).build())
        .hasMessage("'population' must not be negative, was -1");
  }

  @Test
  void rejectsAMunicipalityWithoutProvince() {
    assertThatThrownBy(() -> municipality().build()).hasMessage("'province' is required for a municipal government");
  }

  @Test
  void rejectsAProvinceForAProvincialGovernment() {
    assertThatThrownBy(() -> municipality().level(GovernmentLevel.PROVINCIAL).province(GovernmentId.of("P")).build())
        .hasMessage("'province' is only allowed for a municipal government, was given for PROVINCIAL");
  }

  @Test
  void governmentIdKeepsItsValueAndRejectsABlankOne() {
    assertThat(GovernmentId.of("MUN-1")).hasToString("MUN-1");
    assertThatThrownBy(() -> GovernmentId.of(" ")).hasMessage("'governmentId' must not be blank");
  }

  @Test
  void jurisdictionCodeAcceptsAnIsoCode() {
    assertThat(JurisdictionCode.of("AR-X").value()).isEqualTo("AR-X");
  }

  @Test
  void jurisdictionCodeRejectsANameNamingTheAttribute() {
    assertThatThrownBy(() -> JurisdictionCode.of("Cordoba"))
        .hasMessage("'jurisdictionCode' must be an ISO 3166-2 code such as AR-X, was 'Cordoba'");
  }
}
