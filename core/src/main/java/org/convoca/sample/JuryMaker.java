package org.convoca.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.convoca.call.FederalVocabulary;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.Juror;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.jury.Jury;
import org.convoca.sample.ProposalMaker.Draft;

/**
 * Makes the jury: jurors with a personal severity, and for every proposal the scores of three to
 * five of them on the {@code jury} criterion. Scores scatter around the proposal's hidden
 * quality; now and then one juror strongly disagrees. A juror from a jurisdiction never scores
 * proposals from it.
 */
final class JuryMaker {

  private static final List<String> AFFILIATIONS = List.of(
      "Red Federal de Innovación Pública", "Observatorio Ciudadano de Políticas Públicas",
      "Consejo Federal de la Función Pública", "Foro de Organizaciones por el Gobierno Abierto",
      "Centro de Estudios sobre Participación");
  private static final List<String> EXPERTISE = List.of(
      "open data", "open procurement", "open budget", "public hearings", "participatory budgeting", "sortition",
      "citizen juries", "social audit", "hackathons", "innovation contests", "innovation labs");

  /** The scale's eleven scores, 0.0 to 5.0, built once. */
  private static final BigDecimal[] SCORES = new BigDecimal[11];

  static {
    for (int halfSteps = 0; halfSteps < SCORES.length; halfSteps++) {
      SCORES[halfSteps] = BigDecimal.valueOf(halfSteps * 5L, 1);
    }
  }

  private final Draw draw;
  private final List<Juror> jurors = new ArrayList<>();
  private final double[] severity;

  JuryMaker(Draw draw, int size) {
    this.draw = draw;
    this.severity = new double[size];
    int fromJurisdictions = size >= 4 ? Math.min(size - 3, 3) : 0;
    List<Integer> jurisdictions = new ArrayList<>();
    for (int j = 0; j < size; j++) {
      severity[j] = draw.gaussian(0, 0.35);
      Optional<JurisdictionCode> jurisdiction = Optional.empty();
      if (j < fromJurisdictions) {
        int index;
        do {
          index = draw.between(0, Jurisdictions.ALL.size() - 1);
        } while (jurisdictions.contains(index));
        jurisdictions.add(index);
        jurisdiction = Optional.of(Jurisdictions.ALL.get(index).code());
      }
      String expertise = EXPERTISE.get((j * 3 + draw.between(0, 2)) % EXPERTISE.size());
      jurors.add(Juror.builder()
          .id(JurorId.of("J-" + (j + 1)))
          .name(Names.person(draw))
          .jurisdiction(jurisdiction)
          .addAffiliations(draw.pick(AFFILIATIONS))
          .addExpertise(expertise)
          .build());
    }
  }

  /** The jury with scores for every proposal, in proposal order then juror order. */
  Jury score(List<Draft> drafts) {
    List<JurorScore> scores = new ArrayList<>(drafts.size() * 4);
    int[] available = new int[jurors.size()];
    for (Draft draft : drafts) {
      int count = 0;
      for (int j = 0; j < jurors.size(); j++) {
        if (!jurors.get(j).jurisdiction().equals(Optional.of(draft.applicant().jurisdiction().code()))) {
          available[count++] = j;
        }
      }
      int wanted = Math.min(count, 3 + (draw.chance(0.4) ? 1 : 0) + (draw.chance(0.15) ? 1 : 0));
      for (int k = 0; k < wanted; k++) {
        int swap = k + draw.between(0, count - k - 1);
        int held = available[k];
        available[k] = available[swap];
        available[swap] = held;
      }
      int[] chosen = Arrays.copyOf(available, wanted);
      Arrays.sort(chosen);
      int dissenter = draw.chance(0.06) ? draw.between(0, wanted - 1) : -1;
      for (int k = 0; k < wanted; k++) {
        int j = chosen[k];
        double raw = draft.quality() + severity[j] + draw.gaussian(0, 0.35);
        if (k == dissenter) {
          raw += (raw > 2.5 ? -1 : 1) * (1.5 + draw.fraction());
        }
        long halfSteps = Math.max(0, Math.min(10, Math.round(raw * 2)));
        scores.add(JurorScore.builder()
            .juror(jurors.get(j).id())
            .proposal(draft.proposal().id())
            .criterion(FederalVocabulary.JURY)
            .value(SCORES[(int) halfSteps])
            .comment(draw.chance(0.15) ? Optional.of(comment(halfSteps)) : Optional.empty())
            .build());
      }
    }
    return Jury.builder().jurors(jurors).scores(scores).build();
  }

  private String comment(long halfSteps) {
    if (halfSteps >= 8) {
      return draw.pick(Texts.COMMENTS_HIGH);
    }
    return draw.pick(halfSteps >= 5 ? Texts.COMMENTS_MIDDLE : Texts.COMMENTS_LOW);
  }
}
