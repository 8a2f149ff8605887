package org.convoca.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.convoca.call.Call;
import org.convoca.call.FederalVocabulary;
import org.convoca.jury.ConflictDeclaration;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorScore;
import org.convoca.jury.Jury;
import org.convoca.jury.ReviewAssignment;
import org.convoca.jury.conflict.ConflictDetector;
import org.convoca.jury.conflict.ConflictInput;
import org.convoca.jury.conflict.ConflictReport;
import org.convoca.jury.conflict.ConflictTarget;
import org.convoca.jury.conflict.DeclaredConflict;
import org.convoca.jury.conflict.JurorProfile;
import org.convoca.jury.conflict.ProposalProfile;
import org.convoca.sample.ProposalMaker.Draft;

/**
 * Makes the jury: its members ({@link JurorMaker}), who reviews which proposal ({@link Reviewers}, free
 * of the conflicts the call applies) and the reviewers' scores on the {@code jury} criterion. A score
 * is the proposal's hidden quality, plus the juror's planted severity offset ({@link #offset}), plus
 * noise with a standard deviation of {@value #NOISE}, snapped to the half points of the 0 to 5 scale;
 * now and then one reviewer strongly disagrees. The juror who declared a conflict also scored that
 * proposal before declaring it: the one score by a juror who is conflicted and not assigned.
 */
final class JuryMaker {

  /** The planted severity offsets of J-1 to J-7 (later jurors have none); they sum to zero. */
  private static final double[] OFFSETS = {0.1, -0.1, 0.0, -0.6, 0.2, 0.5, -0.1};
  private static final double NOISE = 0.3;
  private static final double DISSENT = 0.06;

  /** The scale's eleven scores, 0.0 to 5.0, built once. */
  private static final BigDecimal[] SCORES = new BigDecimal[11];

  static {
    for (int halfSteps = 0; halfSteps < SCORES.length; halfSteps++) {
      SCORES[halfSteps] = BigDecimal.valueOf(halfSteps * 5L, 1);
    }
  }

  private final Draw draw;
  private final People people;
  private final Call call;
  private final Texts texts;

  JuryMaker(Draw draw, People people, Call call, Texts texts) {
    this.draw = draw;
    this.people = people;
    this.call = call;
    this.texts = texts;
  }

  /** The planted severity offset of juror {@code index} (0 for J-1). */
  static double offset(int index) {
    return index < OFFSETS.length ? OFFSETS[index] : 0;
  }

  /** A jury of {@code size} for the drafts, with its assignments, declared conflict and scores in proposal order. */
  Jury make(List<Draft> drafts, int size) {
    int reviewers = call.juryPolicy().reviewersPerProposal();
    JurorMaker.Panel panel = new JurorMaker(draw, people, drafts, texts).make(size, reviewers);
    List<Juror> jurors = panel.jurors();
    List<int[]> assigned = Reviewers.assign(drafts, jurors, reviewers, conflicts(drafts, panel));
    Optional<ConflictDeclaration> declared = panel.declarations().stream().findFirst();
    List<ReviewAssignment> assignments = new ArrayList<>(drafts.size());
    List<JurorScore> scores = new ArrayList<>(drafts.size() * (reviewers + 1));
    for (int p = 0; p < drafts.size(); p++) {
      Draft draft = drafts.get(p);
      int[] chosen = assigned.get(p);
      assignments.add(ReviewAssignment.builder().proposal(draft.proposal().id())
          .jurors(Arrays.stream(chosen).mapToObj(j -> jurors.get(j).id()).toList()).build());
      int late = declared.filter(d -> d.proposal().orElseThrow().equals(draft.proposal().id()))
          .map(d -> indexOf(jurors, d)).orElse(-1);
      int dissenter = draw.chance(DISSENT) ? draw.between(0, Math.max(0, chosen.length - 1)) : -1;
      for (int k = 0; k < chosen.length; k++) {
        if (late >= 0 && late < chosen[k]) {
          scores.add(score(draft, jurors.get(late), late, false));
          late = -1;
        }
        scores.add(score(draft, jurors.get(chosen[k]), chosen[k], k == dissenter));
      }
      if (late >= 0) {
        scores.add(score(draft, jurors.get(late), late, false));
      }
    }
    return Jury.builder().jurors(jurors).scores(scores).conflicts(panel.declarations()).assignments(assignments).build();
  }

  /** The conflicts of the panel with the drafts, of the kinds the call applies. */
  private ConflictReport conflicts(List<Draft> drafts, JurorMaker.Panel panel) {
    return ConflictDetector.detect(new ConflictInput(
        panel.jurors().stream().map(JurorProfile::of).toList(),
        drafts.stream().map(d -> ProposalProfile.of(d.proposal(), d.applicant().government())).toList(),
        panel.declarations().stream().map(d -> new DeclaredConflict(d.juror(),
            new ConflictTarget.OfProposal(d.proposal().orElseThrow()), d.reason())).toList(),
        call.juryPolicy().conflictsApplied()));
  }

  private JurorScore score(Draft draft, Juror juror, int index, boolean dissents) {
    double raw = draft.quality() + offset(index) + draw.gaussian(0, NOISE);
    if (dissents) {
      raw += (raw > 2.5 ? -1 : 1) * (1.5 + draw.fraction());
    }
    long halfSteps = Math.max(0, Math.min(10, Math.round(raw * 2)));
    return JurorScore.builder()
        .juror(juror.id())
        .proposal(draft.proposal().id())
        .criterion(FederalVocabulary.JURY)
        .value(SCORES[(int) halfSteps])
        .comment(draw.chance(0.15) ? Optional.of(comment(halfSteps)) : Optional.empty())
        .build();
  }

  private static int indexOf(List<Juror> jurors, ConflictDeclaration declaration) {
    for (int j = 0; j < jurors.size(); j++) {
      if (jurors.get(j).id().equals(declaration.juror())) {
        return j;
      }
    }
    throw new IllegalStateException("no juror " + declaration.juror());
  }

  private String comment(long halfSteps) {
    if (halfSteps >= 8) {
      return draw.pick(texts.commentsHigh());
    }
    return draw.pick(halfSteps >= 5 ? texts.commentsMiddle() : texts.commentsLow());
  }
}
