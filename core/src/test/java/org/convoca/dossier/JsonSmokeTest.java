package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.convoca.capacity.PersonId;
import org.convoca.capacity.Sector;
import org.convoca.cocreation.Partner;
import org.convoca.cocreation.PartnerRole;
import org.convoca.dossier.internal.Json;
import org.junit.jupiter.api.Test;

class JsonSmokeTest {
  @Test
  void writesAndReadsAValue() throws Exception {
    Partner p = Partner.builder().organisation("Fundación X").sector(Sector.CIVIL_SOCIETY)
        .role(PartnerRole.CO_OWNER).addContacts(PersonId.of("PER-1")).build();
    String json = Json.mapper().writeValueAsString(p);
    assertThat(Json.mapper().readValue(json, Partner.class)).isEqualTo(p);
  }
}
