package org.convoca.sample;

import org.convoca.monitoring.ResultsLevel;

/** What the jury writes with a generated results assessment. */
final class Reasoning {

  private Reasoning() {}

  static String of(ResultsLevel results) {
    return switch (results) {
      case OUTSTANDING -> "Residents now take part in decisions that were closed before, and the government publishes what it does with their input.";
      case MAJOR -> "The project changed how the government shares information or decides, and residents use what it opened.";
      case MARGINAL -> "A step forward, though few residents use what the project opened so far.";
      case DID_NOT_CHANGE -> "The activities took place, but government practice has not changed yet.";
      case WORSENED -> "The data the project published is out of date and the participation channel was closed.";
    };
  }
}
