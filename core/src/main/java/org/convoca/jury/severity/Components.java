package org.convoca.jury.severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;

/** The connected components of a panel's juror–proposal graph, found by union-find. */
final class Components {

  private final int[] ofJuror;
  private final int count;

  private Components(int[] ofJuror, int count) {
    this.ofJuror = ofJuror;
    this.count = count;
  }

  /** Labels jurors (nodes 0..J-1) and proposals (J..J+P-1); components are numbered by their first juror. */
  static Components of(Panel panel) {
    int jurors = panel.jurors().size();
    int[] parent = new int[jurors + panel.proposalCount()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int s = 0; s < panel.size(); s++) {
      parent[root(parent, panel.juror(s))] = root(parent, jurors + panel.proposal(s));
    }
    int[] numberOfRoot = new int[parent.length];
    Arrays.fill(numberOfRoot, -1);
    int[] ofJuror = new int[jurors];
    int next = 0;
    for (int j = 0; j < jurors; j++) {
      int root = root(parent, j);
      if (numberOfRoot[root] < 0) {
        numberOfRoot[root] = next++;
      }
      ofJuror[j] = numberOfRoot[root];
    }
    return new Components(ofJuror, next);
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

  int count() {
    return count;
  }

  /** The component of juror number {@code juror}. */
  int of(int juror) {
    return ofJuror[juror];
  }

  /** The components as published: each with its jurors, proposals and score count. */
  List<PanelComponent> describe(Panel panel) {
    List<List<JurorId>> jurorsIn = new ArrayList<>();
    List<List<ProposalId>> proposalsIn = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      jurorsIn.add(new ArrayList<>());
      proposalsIn.add(new ArrayList<>());
    }
    int[] scoresIn = new int[count];
    int[] ofProposal = new int[panel.proposalCount()];
    for (int s = 0; s < panel.size(); s++) {
      ofProposal[panel.proposal(s)] = ofJuror[panel.juror(s)];
      scoresIn[ofJuror[panel.juror(s)]]++;
    }
    for (int j = 0; j < ofJuror.length; j++) {
      jurorsIn.get(ofJuror[j]).add(panel.jurors().get(j));
    }
    for (int p = 0; p < ofProposal.length; p++) {
      proposalsIn.get(ofProposal[p]).add(panel.proposals().get(p));
    }
    List<PanelComponent> described = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      described.add(new PanelComponent(c, jurorsIn.get(c), proposalsIn.get(c), scoresIn[c]));
    }
    return described;
  }
}
