package org.convoca.jury.agreement;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.convoca.jury.JurorId;
import org.convoca.proposal.ProposalId;
import org.quicktheories.core.Gen;

/** Juror panels for the agreement tests: written out as reliability data, or generated. */
final class Panels {

  private Panels() {}

  /**
   * Ratings from reliability data laid out as in Krippendorff (2011): one row per juror
   * (J-1, J-2, …), one whitespace-separated column per proposal (P-1, P-2, …), "." for a missing
   * score.
   */
  static List<Rating> rows(String... rows) {
    List<Rating> ratings = new ArrayList<>();
    for (int j = 0; j < rows.length; j++) {
      String[] cells = rows[j].trim().split("\\s+");
      for (int p = 0; p < cells.length; p++) {
        if (!cells[p].equals(".")) {
          ratings.add(rating("J-" + (j + 1), "P-" + (p + 1), cells[p]));
        }
      }
    }
    return ratings;
  }

  /** Ratings with one row per proposal (P-1, P-2, …) and one column per juror of that proposal. */
  static List<Rating> targets(String... rows) {
    List<Rating> ratings = new ArrayList<>();
    for (int p = 0; p < rows.length; p++) {
      String[] cells = rows[p].trim().split("\\s+");
      for (int j = 0; j < cells.length; j++) {
        ratings.add(rating("J-" + (j + 1), "P-" + (p + 1), cells[j]));
      }
    }
    return ratings;
  }

  static Rating rating(String juror, String proposal, String value) {
    return new Rating(JurorId.of(juror), ProposalId.of(proposal), new BigDecimal(value));
  }

  /**
   * Sparse panels on a 0–5 scale in steps of 0.5: 2 to 6 jurors, 2 to 15 proposals, each juror
   * scoring each proposal with probability 11/14.
   */
  static Gen<List<Rating>> sparse() {
    return integers().between(2, 6).flatMap(jurors -> integers().between(2, 15).flatMap(proposals ->
        lists().of(integers().between(-3, 10)).ofSize(jurors * proposals).map(cells -> fill(jurors, proposals, cells))));
  }

  /**
   * Panels where every proposal has its own k jurors (2 to 4), as in Shrout and Fleiss's case 1:
   * 2 to 15 proposals, scores 0 to 5 in steps of 0.5.
   */
  static Gen<List<Rating>> balanced() {
    return integers().between(2, 4).flatMap(k -> integers().between(2, 15).flatMap(proposals ->
        lists().of(integers().between(0, 10)).ofSize(k * proposals).map(cells -> {
          List<Rating> ratings = new ArrayList<>();
          for (int i = 0; i < cells.size(); i++) {
            int proposal = i / k;
            ratings.add(rating("J-" + proposal + "-" + i % k, "P-" + proposal, half(cells.get(i))));
          }
          return ratings;
        })));
  }

  private static List<Rating> fill(int jurors, int proposals, List<Integer> cells) {
    List<Rating> ratings = new ArrayList<>();
    for (int j = 0; j < jurors; j++) {
      for (int p = 0; p < proposals; p++) {
        int cell = cells.get(j * proposals + p);
        if (cell >= 0) {
          ratings.add(rating("J-" + j, "P-" + p, half(cell)));
        }
      }
    }
    return ratings;
  }

  private static String half(int steps) {
    return BigDecimal.valueOf(steps).divide(BigDecimal.valueOf(2)).toPlainString();
  }
}
