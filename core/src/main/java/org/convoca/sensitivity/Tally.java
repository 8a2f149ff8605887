package org.convoca.sensitivity;

import java.util.Arrays;
import java.util.BitSet;

/**
 * What the draws add up to: per proposal how often it was selected and the weights of the draws
 * that selected it; per criterion the sum, the sum of squares and the range of its drawn weights.
 * Every figure is a whole number of hundredths, added exactly, so tallies merged in any order, by
 * any number of threads, are equal.
 */
final class Tally {

  private final int criteria;
  private final long[] selectedIn;
  /** Per proposal {@code i} and criterion {@code c}, at {@code i * criteria + c}: the sum of its weights over the draws that selected {@code i}. */
  private final long[] weightWhenSelected;
  private final long[] weightSum;
  private final long[] weightSquares;
  private final long[] lowest;
  private final long[] highest;
  private long seats;
  private int draws;

  Tally(int proposals, int criteria) {
    this.criteria = criteria;
    this.selectedIn = new long[proposals];
    this.weightWhenSelected = new long[proposals * criteria];
    this.weightSum = new long[criteria];
    this.weightSquares = new long[criteria];
    this.lowest = new long[criteria];
    this.highest = new long[criteria];
    Arrays.fill(lowest, Long.MAX_VALUE);
    Arrays.fill(highest, Long.MIN_VALUE);
  }

  /** Counts one draw: its weights, in hundredths in the call's order, and the proposals it selected. */
  void add(long[] weights, BitSet selected) {
    draws++;
    for (int c = 0; c < criteria; c++) {
      weightSum[c] += weights[c];
      weightSquares[c] += weights[c] * weights[c];
      lowest[c] = Math.min(lowest[c], weights[c]);
      highest[c] = Math.max(highest[c], weights[c]);
    }
    for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1)) {
      seats++;
      selectedIn[i]++;
      for (int c = 0; c < criteria; c++) {
        weightWhenSelected[i * criteria + c] += weights[c];
      }
    }
  }

  /** Adds {@code other}'s draws to these. */
  void merge(Tally other) {
    draws += other.draws;
    seats += other.seats;
    for (int c = 0; c < criteria; c++) {
      weightSum[c] += other.weightSum[c];
      weightSquares[c] += other.weightSquares[c];
      lowest[c] = Math.min(lowest[c], other.lowest[c]);
      highest[c] = Math.max(highest[c], other.highest[c]);
    }
    for (int i = 0; i < selectedIn.length; i++) {
      selectedIn[i] += other.selectedIn[i];
    }
    for (int j = 0; j < weightWhenSelected.length; j++) {
      weightWhenSelected[j] += other.weightWhenSelected[j];
    }
  }

  int draws() {
    return draws;
  }

  long seats() {
    return seats;
  }

  long selectedIn(int proposal) {
    return selectedIn[proposal];
  }

  long weightWhenSelected(int proposal, int criterion) {
    return weightWhenSelected[proposal * criteria + criterion];
  }

  long weightSum(int criterion) {
    return weightSum[criterion];
  }

  long weightSquares(int criterion) {
    return weightSquares[criterion];
  }

  long lowest(int criterion) {
    return lowest[criterion];
  }

  long highest(int criterion) {
    return highest[criterion];
  }
}
