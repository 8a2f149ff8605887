package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.convoca.call.Call;
import org.convoca.call.FederalVocabulary;
import org.convoca.call.RuleParameters;
import org.convoca.dossier.Dossier;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;

/**
 * The generated dossiers of the properties leave the parameters that have defaults unset; here the
 * call sets each of them away from its default, and the rule book and the reference must still agree.
 */
class ReferenceRuleBookParametersTest {

  @Test
  void theRuleBookAndTheReferenceAgreeWhenTheCallSetsEveryParameterThatHasADefault() {
    Dossier generated = DossierGenerator.withSeed(11).proposals(120).generate();
    Map<String, Object> values = new HashMap<>(generated.call().parameters().given());
    values.put(FederalVocabulary.MIN_PARTNER_SECTORS, 1);
    values.put(FederalVocabulary.MIN_PARTICIPATION, 40);
    values.put(FederalVocabulary.MIN_COUNTERPART_SHARE, new BigDecimal("0.1"));
    values.put(FederalVocabulary.MAX_REQUEST_PER_MILESTONE_SHARE, new BigDecimal("0.4"));
    values.put(FederalVocabulary.MIN_MILESTONE_SPREAD_SHARE, new BigDecimal("0.3"));
    values.put(FederalVocabulary.REQUIRE_TRAINED_MEMBER, false);
    Call call = generated.call().withParameters(RuleParameters.of(values));
    Dossier tuned = generated.withCall(call);

    assertThat(RuleBook.bundled().assess(tuned)).isEqualTo(ReferenceRuleBook.assess(tuned));
    assertThat(RuleBook.bundled().assess(tuned)).isNotEqualTo(RuleBook.bundled().assess(generated));
  }
}
