package org.convoca.monitoring;

import static java.util.Objects.requireNonNull;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How one group of projects delivered, for the next edition: the projects of one value of a
 * dimension, such as theme {@code OPEN_DATA} or score band {@code 70-80}.
 *
 * @param dimension what groups the projects: {@code theme}, {@code level}, {@code jurisdiction},
 *     {@code coCreation}, {@code ogpLocal} or {@code scoreBand}
 * @param group the value of the dimension shared by the group's projects
 * @param projects how many projects the group has
 * @param status how many of them are in each implementation status, every status present
 * @param completion how many of them reached each completion level, every level present
 * @param highCompletion how many reached substantial or complete
 * @param assessed how many have early results assessed by the jury
 * @param results how many of those reached each results level, every level present
 * @param strongResults how many reached major or outstanding results
 */
public record LessonGroup(String dimension, String group, int projects, SortedMap<ImplementationStatus, Integer> status,
    SortedMap<CompletionLevel, Integer> completion,
    int highCompletion, int assessed, SortedMap<ResultsLevel, Integer> results, int strongResults) {

  /**
   * Checks that no part is missing and copies the maps.
   *
   * @param dimension what groups the projects
   * @param group the value of the dimension shared by the group's projects
   * @param projects how many projects the group has
   * @param status how many of them are in each implementation status
   * @param completion how many of them reached each completion level
   * @param highCompletion how many reached substantial or complete
   * @param assessed how many have early results assessed by the jury
   * @param results how many of those reached each results level
   * @param strongResults how many reached major or outstanding results
   */
  public LessonGroup {
    requireNonNull(dimension, "'dimension' must not be null");
    requireNonNull(group, "'group' must not be null");
    status = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(status));
    completion = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(completion));
    results = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(results));
  }
}
