package org.convoca.dossier;

import java.math.BigDecimal;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.ScoreScale;
import org.convoca.jury.JurorScore;
import org.convoca.language.Language;
import org.convoca.value.Money;

/** Checks the dossier against its own call: its language, weights and the total's scale, the score scale and the call's currency. */
final class CallConsistencyCheck {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CallConsistencyCheck() {}

  static void check(Dossier dossier, Problems problems) {
    Call call = dossier.call();
    BigDecimal weights = call.criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (call.maxTotal().isEmpty() && weights.compareTo(HUNDRED) != 0) {
      problems.add("$.call.criteria", "weights.sum", weights.toPlainString());
    }
    call.maxTotal().filter(max -> weights.compareTo(max) != 0).ifPresent(max -> problems.add("$.call.criteria",
        "weights.maxTotal", max.toPlainString(), weights.toPlainString()));
    if (call.overallThreshold().compareTo(call.totalOutOf()) > 0 && call.maxTotal().isPresent()) {
      problems.add("$.call.overallThreshold", "threshold.maxTotal", call.totalOutOf().toPlainString(),
          call.overallThreshold().toPlainString());
    }
    call.language().filter(language -> !language.isWritten()).ifPresent(language -> problems.add("$.call.language",
        "language.unwritten", language.tag(), Language.shipped().stream().map(Language::tag).toList()));
    ScoreScale scale = call.scoreScale();
    for (int i = 0; i < dossier.jury().scores().size(); i++) {
      JurorScore score = dossier.jury().scores().get(i);
      if (!scale.accepts(score.value())) {
        problems.add("$.jury.scores[" + i + "].value", "score.scale", scale.min().toPlainString(),
            scale.max().toPlainString(), scale.step().toPlainString(), score.value().toPlainString());
      }
    }
    for (int i = 0; i < dossier.jury().consensus().size(); i++) {
      BigDecimal value = dossier.jury().consensus().get(i).value();
      if (value.compareTo(scale.min()) < 0 || value.compareTo(scale.max()) > 0) {
        problems.add("$.jury.consensus[" + i + "].value", "consensus.scale", scale.min().toPlainString(),
            scale.max().toPlainString(), value.toPlainString());
      }
    }
    String currency = call.fundingCeiling().currency();
    call.policy().totalBudget().ifPresent(m -> sameCurrency(m, currency, "$.call.policy.totalBudget", problems));
    for (int p = 0; p < dossier.proposals().size(); p++) {
      Money requested = dossier.proposals().get(p).funding().requested();
      if (!requested.currency().equals(currency)) {
        sameCurrency(requested, currency, "$.proposals[" + p + "].funding.requested", problems);
      }
    }
    for (int r = 0; r < dossier.progressReports().size(); r++) {
      sameCurrency(dossier.progressReports().get(r).fundsSpent(), currency,
          "$.progressReports[" + r + "].fundsSpent", problems);
    }
  }

  private static void sameCurrency(Money money, String currency, String path, Problems problems) {
    if (!money.currency().equals(currency)) {
      problems.add(path + ".currency", "currency.call", currency, money.currency());
    }
  }
}
