package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.convoca.assessment.Assessment;
import org.convoca.dossier.Dossier;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;

/** The assessments and the monitoring do not depend on how many threads run at once with one shared rule book. */
class ConcurrencyTest {

  @Test
  void manyThreadsSharingOneRuleBookGetTheAssessmentsOfOneThread() throws Exception {
    RuleBook book = RuleBook.bundled();
    List<Dossier> dossiers = IntStream.range(0, 6).mapToObj(seed -> DossierGenerator.withSeed(seed).proposals(80).generate()).toList();
    List<List<Assessment>> alone = dossiers.stream().map(book::assess).toList();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Assessment>>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (Dossier dossier : dossiers) {
          futures.add(pool.submit(() -> book.assess(dossier)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(alone.get(i % dossiers.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void manyThreadsSharingOneRuleBookGetTheMonitoringOfOneThread() throws Exception {
    List<MonitoringProperties.Scenario> scenarios = IntStream.range(0, 6).mapToObj(MonitoringProperties.Scenario::of).toList();
    List<org.convoca.monitoring.MonitoringOutcome> alone = scenarios.stream().map(MonitoringProperties.Scenario::monitor).toList();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<org.convoca.monitoring.MonitoringOutcome>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (MonitoringProperties.Scenario scenario : scenarios) {
          futures.add(pool.submit(scenario::monitor));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(alone.get(i % scenarios.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
