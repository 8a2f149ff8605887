package org.convoca.jury.severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convoca.call.CriterionId;
import org.convoca.call.ScoreScale;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.proposal.ProposalId;

/** One criterion's scores indexed for the fit: jurors and proposals numbered in identifier order, scores in proposal then juror order. */
final class Panel {

  private final List<JurorId> jurors;
  private final List<ProposalId> proposals;
  private final List<JurorScore> scores;
  private final int[] jurorOf;
  private final int[] proposalOf;
  private final double[] value;

  private Panel(CriterionId criterion, List<JurorScore> given, List<JurorId> jurors, List<ProposalId> proposals) {
    this.jurors = jurors;
    this.proposals = proposals;
    Map<JurorId, Integer> jurorIndex = index(jurors);
    Map<ProposalId, Integer> proposalIndex = index(proposals);
    int n = given.size();
    // Scores in proposal then juror order, whatever the given order, so that the sums, and so the
    // fit to the last bit, do not depend on it.
    long[] keys = new long[n];
    for (int s = 0; s < n; s++) {
      long cell = (long) proposalIndex.get(given.get(s).proposal()) * jurors.size() + jurorIndex.get(given.get(s).juror());
      keys[s] = cell << 32 | s;
    }
    // Sorting brings two scores of the same juror and proposal side by side.
    Arrays.sort(keys);
    for (int s = 1; s < n; s++) {
      if (keys[s] >>> 32 == keys[s - 1] >>> 32) {
        JurorScore twice = given.get((int) keys[s]);
        throw new IllegalArgumentException("juror " + twice.juror() + " scored proposal " + twice.proposal()
            + " more than once on criterion " + criterion);
      }
    }
    scores = new ArrayList<>(n);
    jurorOf = new int[n];
    proposalOf = new int[n];
    value = new double[n];
    for (int s = 0; s < n; s++) {
      JurorScore score = given.get((int) keys[s]);
      long cell = keys[s] >>> 32;
      scores.add(score);
      jurorOf[s] = (int) (cell % jurors.size());
      proposalOf[s] = (int) (cell / jurors.size());
      value[s] = score.value().doubleValue();
    }
  }

  /**
   * Indexes {@code scores}, all on {@code criterion} and within {@code scale}, at most one per juror and proposal.
   *
   * @throws IllegalArgumentException naming a score that breaks one of these
   */
  static Panel of(CriterionId criterion, List<JurorScore> scores, ScoreScale scale) {
    Set<JurorId> jurors = new HashSet<>();
    Set<ProposalId> proposals = new HashSet<>();
    for (JurorScore score : scores) {
      if (!score.criterion().equals(criterion)) {
        throw new IllegalArgumentException(which(score) + " is on criterion " + score.criterion() + ", not " + criterion);
      }
      BigDecimal v = score.value();
      if (v.compareTo(scale.min()) < 0 || v.compareTo(scale.max()) > 0) {
        throw new IllegalArgumentException(which(score) + " on criterion " + criterion + " must be between "
            + scale.min().toPlainString() + " and " + scale.max().toPlainString() + ", was " + v.toPlainString());
      }
      jurors.add(score.juror());
      proposals.add(score.proposal());
    }
    return new Panel(criterion, scores, jurors.stream().sorted().toList(), proposals.stream().sorted().toList());
  }

  private static String which(JurorScore score) {
    return "the score of juror " + score.juror() + " on proposal " + score.proposal();
  }

  private static <K> Map<K, Integer> index(List<K> keys) {
    Map<K, Integer> index = new HashMap<>(keys.size() * 2);
    for (int i = 0; i < keys.size(); i++) {
      index.put(keys.get(i), i);
    }
    return index;
  }

  List<JurorId> jurors() {
    return jurors;
  }

  /** The proposals, in identifier order. */
  List<ProposalId> proposals() {
    return proposals;
  }

  int proposalCount() {
    return proposals.size();
  }

  int size() {
    return value.length;
  }

  int juror(int score) {
    return jurorOf[score];
  }

  int proposal(int score) {
    return proposalOf[score];
  }

  /** The score at {@code index}, in proposal then juror order. */
  JurorScore score(int index) {
    return scores.get(index);
  }

  double value(int score) {
    return value[score];
  }
}
