package org.convoca.jury.severity;

import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.convoca.call.CriterionId;
import org.convoca.call.ScoreScale;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.proposal.ProposalId;
import org.quicktheories.core.Gen;

/**
 * A generated panel whose jurors' offsets are known: each proposal gets a quality uniform on a range,
 * each of its scorers adds their planted offset and Gaussian noise, and the result is rounded to the
 * scale's step (or not) and kept within the scale, as a juror's mark would be.
 *
 * @param scores the generated scores, all on {@link #CRITERION}
 * @param planted the offset planted for each juror, by juror index ({@code J-1} first); summing to zero
 * @param quality each proposal's planted quality, by proposal index ({@code P-001} first)
 */
record PlantedPanel(List<JurorScore> scores, double[] planted, double[] quality) {

  static final CriterionId CRITERION = CriterionId.of("quality");
  static final ScoreScale SCALE = new ScoreScale(BigDecimal.ZERO, BigDecimal.valueOf(5), new BigDecimal("0.5"));

  /** How a panel is drawn. */
  record Recipe(int proposals, int jurors, int perProposal, double lowQuality, double highQuality, double maxOffset,
      double noise, boolean onSteps) {

    /** Panels of this recipe from random seeds. */
    Gen<PlantedPanel> panels() {
      return longs().all().map(seed -> draw(new Random(seed))).describedAs(PlantedPanel::describe);
    }

    /**
     * Draws a panel. Proposal {@code i < jurors - 1} is always scored by jurors {@code i} and
     * {@code i + 1}, so that the panel is connected whatever the other draws.
     */
    PlantedPanel draw(Random random) {
      double[] offsets = new double[jurors];
      for (int j = 0; j < jurors; j++) {
        offsets[j] = (random.nextDouble() * 2 - 1) * maxOffset;
      }
      double mean = java.util.Arrays.stream(offsets).average().orElse(0);
      for (int j = 0; j < jurors; j++) {
        offsets[j] -= mean;
      }
      double[] quality = new double[proposals];
      List<JurorScore> scores = new ArrayList<>(proposals * perProposal);
      for (int p = 0; p < proposals; p++) {
        quality[p] = lowQuality + random.nextDouble() * (highQuality - lowQuality);
        for (int j : scorers(p, random)) {
          double mark = quality[p] + offsets[j] + noise * random.nextGaussian();
          scores.add(score(j, p, mark));
        }
      }
      return new PlantedPanel(scores, offsets, quality);
    }

    private List<Integer> scorers(int proposal, Random random) {
      List<Integer> chosen = new ArrayList<>();
      if (proposal < jurors - 1) {
        chosen.add(proposal);
        chosen.add(proposal + 1);
      }
      while (chosen.size() < perProposal) {
        int j = random.nextInt(jurors);
        if (!chosen.contains(j)) {
          chosen.add(j);
        }
      }
      return chosen;
    }

    private JurorScore score(int juror, int proposal, double mark) {
      BigDecimal value = onSteps
          ? BigDecimal.valueOf(Math.round(mark * 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY)
          : BigDecimal.valueOf(mark).setScale(6, RoundingMode.HALF_UP);
      value = value.max(SCALE.min()).min(SCALE.max());
      return JurorScore.builder().juror(jurorId(juror)).proposal(proposalId(proposal)).criterion(CRITERION)
          .value(value).build();
    }
  }

  static JurorId jurorId(int index) {
    return JurorId.of("J-" + (index + 1));
  }

  static ProposalId proposalId(int index) {
    return ProposalId.of(String.format(java.util.Locale.ROOT, "P-%03d", index + 1));
  }

  private static String describe(PlantedPanel panel) {
    return panel.scores().size() + " scores, planted offsets " + java.util.Arrays.toString(panel.planted());
  }
}
