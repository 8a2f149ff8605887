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

/** One criterion's scores indexed for the fit: jurors and proposals numbered in identifier order, and the components. */
final class Panel {

  private final List<JurorId> jurors;
  private final List<ProposalId> proposals;
  private final List<JurorScore> scores;
  private final int[] jurorOf;
  private final int[] proposalOf;
  private final double[] value;
  private final int[] componentOfJuror;
  private final int components;

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
    componentOfJuror = new int[jurors.size()];
    components = label();
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

  /** Union-find over jurors (0..J-1) and proposals (J..J+P-1); components numbered by their first juror. */
  private int label() {
    int[] parent = new int[jurors.size() + proposals.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int s = 0; s < value.length; s++) {
      parent[root(parent, jurorOf[s])] = root(parent, jurors.size() + proposalOf[s]);
    }
    int[] numberOfRoot = new int[parent.length];
    Arrays.fill(numberOfRoot, -1);
    int next = 0;
    for (int j = 0; j < jurors.size(); j++) {
      int root = root(parent, j);
      if (numberOfRoot[root] < 0) {
        numberOfRoot[root] = next++;
      }
      componentOfJuror[j] = numberOfRoot[root];
    }
    return next;
  }

  private static int root(int[] parent, int node) {
    int root = node;
    while (parent[root] != root) {
      root = parent[root];
    }
    for (int at = node; parent[at] != root; ) {
      int up = parent[at];
      parent[at] = root;
      at = up;
    }
    return root;
  }

  /** The components, each with its jurors, proposals and score count. */
  List<PanelComponent> components() {
    List<List<JurorId>> jurorsIn = new ArrayList<>();
    List<List<ProposalId>> proposalsIn = new ArrayList<>();
    for (int c = 0; c < components; c++) {
      jurorsIn.add(new ArrayList<>());
      proposalsIn.add(new ArrayList<>());
    }
    int[] scoresIn = new int[components];
    int[] componentOfProposal = new int[proposals.size()];
    for (int s = 0; s < value.length; s++) {
      componentOfProposal[proposalOf[s]] = componentOfJuror[jurorOf[s]];
      scoresIn[componentOfJuror[jurorOf[s]]]++;
    }
    for (int j = 0; j < jurors.size(); j++) {
      jurorsIn.get(componentOfJuror[j]).add(jurors.get(j));
    }
    for (int p = 0; p < proposals.size(); p++) {
      proposalsIn.get(componentOfProposal[p]).add(proposals.get(p));
    }
    List<PanelComponent> result = new ArrayList<>(components);
    for (int c = 0; c < components; c++) {
      result.add(new PanelComponent(c, jurorsIn.get(c), proposalsIn.get(c), scoresIn[c]));
    }
    return result;
  }

  List<JurorId> jurors() {
    return jurors;
  }

  int componentCount() {
    return components;
  }

  int componentOf(int juror) {
    return componentOfJuror[juror];
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
