package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.JuryPolicy;
import org.convoca.call.MonitoringParameters;
import org.convoca.call.ScoreScale;
import org.convoca.call.SelectionPolicy;
import org.convoca.call.TieBreak;
import org.convoca.call.Track;
import org.convoca.capacity.Course;
import org.convoca.cocreation.Activity;
import org.convoca.dossier.internal.Json;
import org.convoca.dossier.internal.Sentence;
import org.convoca.government.Government;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.ConsensusScore;
import org.convoca.jury.Juror;
import org.convoca.language.Language;
import org.convoca.proposal.Funding;
import org.convoca.value.DateWindow;
import org.convoca.value.Money;
import org.convoca.value.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of the model's own checks that a dossier can break, bound as the reader binds a part:
 * its English message is one of the {@code check.*} sentences of the problems bundles, word for
 * word, so that the problem is written in Spanish too. A check whose message changed without its
 * sentence would be left in English, and fails here.
 */
class ModelCheckSentencesTest {

  static Stream<Arguments> brokenParts() {
    return Stream.of(
        Arguments.of(DateWindow.class, "{\"start\": \"2021-06-01\", \"end\": \"2021-01-31\"}"),
        Arguments.of(TimeWindow.class, "{\"opens\": \"2021-03-01T00:00:00Z\", \"closes\": \"2021-02-28T23:59:59Z\"}"),
        Arguments.of(ScoreScale.class, "{\"min\": 5, \"max\": 0, \"step\": 1}"),
        Arguments.of(ScoreScale.class, "{\"min\": 0, \"max\": 5, \"step\": 0}"),
        Arguments.of(Money.class, "{\"amount\": -1, \"currency\": \"ARS\"}"),
        Arguments.of(Course.class, "{\"id\": \"C\", \"name\": \"Datos\", \"hours\": 0}"),
        Arguments.of(Government.class, "{\"id\": \"G\", \"name\": \"G\", \"level\": \"MUNICIPAL\", \"jurisdiction\": \"AR-X\", \"population\": 1}"),
        Arguments.of(Government.class, "{\"id\": \"G\", \"name\": \"G\", \"level\": \"PROVINCIAL\", \"jurisdiction\": \"AR-X\", \"population\": 1, \"province\": \"P\"}"),
        Arguments.of(Government.class, "{\"id\": \"G\", \"name\": \"G\", \"level\": \"PROVINCIAL\", \"jurisdiction\": \"AR-X\", \"population\": -1}"),
        Arguments.of(Criterion.class, "{\"id\": \"c\", \"name\": \"n\", \"description\": \"d\", \"weight\": 120, \"maxPoints\": 10}"),
        Arguments.of(Criterion.class, "{\"id\": \"c\", \"name\": \"n\", \"description\": \"d\", \"weight\": 20, \"maxPoints\": 0}"),
        Arguments.of(Criterion.class, "{\"id\": \"c\", \"name\": \"n\", \"description\": \"d\", \"weight\": 20, \"maxPoints\": 10, \"threshold\": 12}"),
        Arguments.of(Criterion.class, "{\"id\": \"c\", \"name\": \"n\", \"description\": \"d\", \"weight\": 20, \"maxPoints\": 10, \"rankingFactor\": 0}"),
        Arguments.of(TieBreak.class, "{\"kind\": \"CRITERION\"}"),
        Arguments.of(Funding.class, "{\"requested\": {\"amount\": 1, \"currency\": \"ARS\"}, \"counterpart\": {\"amount\": 1, \"currency\": \"USD\"}}"),
        Arguments.of(Juror.class, "{\"id\": \"J\", \"name\": \"n\", \"capacity\": -1}"),
        Arguments.of(ConsensusScore.class, "{\"proposal\": \"P\", \"criterion\": \"c\", \"value\": 1, \"reason\": \" \", \"agreedOn\": \"2021-01-01\"}"),
        Arguments.of(ConflictDeclaration.class, "{\"juror\": \"J\", \"reason\": \"r\"}"),
        Arguments.of(ConflictDeclaration.class, "{\"juror\": \"J\", \"proposal\": \"P\", \"government\": \"G\", \"reason\": \"r\"}"),
        Arguments.of(ConflictDeclaration.class, "{\"juror\": \"J\", \"proposal\": \"P\", \"reason\": \" \"}"),
        Arguments.of(ConflictDeclaration.class, "{\"juror\": \"J\", \"organisation\": \" \", \"reason\": \"r\"}"),
        Arguments.of(Activity.class, "{\"kind\": \"WORKSHOP\", \"date\": \"2021-01-01\", \"participants\": -1}"),
        Arguments.of(Track.class, "{\"id\": \"t\", \"name\": \"n\", \"description\": \"d\", \"places\": -1}"),
        Arguments.of(JuryPolicy.class, "{\"reviewersPerProposal\": 0}"),
        Arguments.of(JuryPolicy.class, "{\"minScores\": -1}"),
        Arguments.of(SelectionPolicy.class, "{\"slots\": -1, \"tieBreak\": []}"),
        Arguments.of(SelectionPolicy.class, "{\"slots\": 1, \"minJurisdictions\": -1, \"tieBreak\": []}"),
        Arguments.of(SelectionPolicy.class, "{\"slots\": 1, \"perJurisdictionCap\": 0, \"tieBreak\": []}"),
        Arguments.of(SelectionPolicy.class, "{\"slots\": 1, \"perGovernmentCap\": 0, \"tieBreak\": []}"),
        Arguments.of(MonitoringParameters.class, "{\"graceDays\": 1.5}"),
        Arguments.of(MonitoringParameters.class, "{\"substantialShare\": 150}"),
        Arguments.of(MonitoringParameters.class, "{\"selectionDate\": \"2021-13-01\"}"),
        Arguments.of(MonitoringParameters.class, "{\"graceDays\": -1}"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("brokenParts")
  void wordsEachModelCheckWithASentenceOfTheBundles(Class<?> type, String json) {
    Exception e = catchThrowableOfType(() -> Json.mapper().readValue(json, type), Exception.class);

    assertThat(e).as("the part must be refused").isNotNull();
    Sentence text = BindingMessage.of(e);
    assertThat(text.key()).as(text.in(Language.ENGLISH)).startsWith("check.");
    assertThat(text.in(Language.SPANISH)).isNotEqualTo(text.in(Language.ENGLISH));
  }

  @Test
  void wordsTheCallsOwnCheck() throws Exception {
    ObjectNode call = (ObjectNode) Json.mapper().readTree(
        ModelCheckSentencesTest.class.getResource("/org/convoca/dossier/valid-small.json")).get("call");
    call.put("maxTotal", 101);

    Exception e = catchThrowableOfType(() -> Json.mapper().treeToValue(call, Call.class), Exception.class);

    assertThat(BindingMessage.of(e).in(Language.SPANISH))
        .isEqualTo("'maxTotal' debe ser mayor que 0 y como máximo 100, pero es 101");
  }

  @Test
  void leavesAMessageNoSentenceMatchesAsItIs() {
    assertThat(ModelCheckSentences.of("something else went wrong")).isEqualTo(ProblemText.literal("something else went wrong"));
  }
}
