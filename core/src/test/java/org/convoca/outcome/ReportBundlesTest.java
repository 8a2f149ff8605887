package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convoca.call.AggregationMethod;
import org.convoca.call.ConflictKind;
import org.convoca.call.Normalisation;
import org.convoca.government.GovernmentLevel;
import org.convoca.jury.agreement.AlphaUndefined;
import org.convoca.jury.agreement.Reading;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.monitoring.CompletionLevel;
import org.convoca.monitoring.ImplementationStatus;
import org.convoca.monitoring.Recognition;
import org.convoca.monitoring.ResultsLevel;
import org.convoca.selection.DecisionKind;
import org.junit.jupiter.api.Test;

/**
 * The reports' bundles: each Spanish bundle has exactly the keys and placeholders of its English
 * root, every pattern is one MessageFormat takes, and every constant a report shows has its label.
 */
class ReportBundlesTest {

  private static final List<String> FAMILIES = List.of("labels", "report", "jury-report", "explain",
      "monitoring-report", "override-reasons");
  private static final List<Class<? extends Enum<?>>> LABELLED = List.of(DecisionKind.class, GovernmentLevel.class,
      AggregationMethod.class, Normalisation.class, ConflictKind.class, Reading.class, ImplementationStatus.class,
      CompletionLevel.class, ResultsLevel.class, Recognition.class);

  @Test
  void everySpanishBundleMatchesItsEnglishRoot() {
    for (String family : FAMILIES) {
      Messages messages = ReportText.load(family);
      assertThat(messages.mismatches("")).as(family).isEmpty();
      assertThat(messages.mismatches("es")).as(family).isEmpty();
      assertThat(messages.speaks(Language.SPANISH)).as(family).isTrue();
    }
  }

  @Test
  void everyConstantAReportShowsHasALabelThatIsItsNameInEnglish() {
    for (Class<? extends Enum<?>> type : LABELLED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String key = type.getSimpleName() + "." + constant.name();
        assertThat(ReportText.LABELS.patterns("")).as(key).containsEntry(key, constant.name());
        assertThat(ReportText.LABELS.patterns("es")).as(key).containsKey(key);
      }
    }
  }

  @Test
  void everyReasonThereIsNoAlphaHasItsWords() {
    Messages jury = ReportText.load("jury-report");
    for (AlphaUndefined reason : AlphaUndefined.values()) {
      assertThat(jury.format(Language.ENGLISH, "agreement.undefined." + reason.name())).isEqualTo(reason.sentence());
    }
  }
}
