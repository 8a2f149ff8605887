package org.convoca.monitoring;

import java.util.List;

/** Groups monitored projects for the lessons of the next edition (see {@link MonitoringOutcome#lessons()}). */
final class Lessons {

  private Lessons() {}

  static List<LessonGroup> of(List<ProjectMonitoring> projects) {
    // SKELETON: helper "monitoring-outputs" implements the grouping.
    throw new UnsupportedOperationException("lessons are not built yet");
  }
}
