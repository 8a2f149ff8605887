package org.convoca.rules.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/**
 * One {@link Sentences} shared by the threads that assess a dossier's batches says what one thread
 * would: its remembered sentences, its turns and tallies, and the caches of the wording under it
 * ({@code Wording}'s recent days, instants and sums, {@code Messages}' per-thread formats) may race,
 * but never change a word.
 */
class SentencesThreadsTest {

  private static final int THREADS = 4;
  /** Enough different sentences for the remembered ones to turn several times. */
  private static final int ASKED = 5 * Sentences.REMEMBERED;

  private static Messages messages() {
    return Messages.of("test", Map.of(
        "", "count={0} of {1}\nday=Closes {0} at {1}\nsum=Asks {0}\nitems={0,choice,0#none|1#one item|1<{0} items} by {1}\n",
        "es", "count={0} de {1}\nday=Cierra el {0} a las {1}\nsum=Pide {0}\nitems={0,choice,0#ninguno|1#un punto|1<{0} puntos} al {1}\n"));
  }

  /** The {@code i}th sentence asked: keys and arguments that repeat, some often and some never. */
  private static String ask(Sentences sentences, int i) {
    LocalDate day = LocalDate.of(2021, 1, 1).plusDays(i % 700);
    return switch (i % 4) {
      case 0 -> sentences.say("count", i % 97, new BigDecimal(i % 1_000).movePointLeft(2));
      case 1 -> sentences.say("day", day, Instant.parse("2021-09-30T23:59:00Z").plusSeconds(i % 3_000));
      case 2 -> sentences.say("sum", Money.of(1_000L * (i % 5_000), "ARS"));
      default -> sentences.say("items", (long) (i % 5), day);
    };
  }

  @Test
  void sentencesSaidOnManyThreadsAtOnceAreThoseOfOneThread() throws Exception {
    for (String language : List.of("en", "es")) {
      Sentences alone = new Sentences(messages(), Language.of(language));
      List<String> expected = new ArrayList<>(ASKED);
      for (int i = 0; i < ASKED; i++) {
        expected.add(ask(alone, i));
      }
      Sentences shared = new Sentences(messages(), Language.of(language));
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<List<Integer>>> wrong = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int offset = t * ASKED / THREADS;
          wrong.add(pool.submit(() -> {
            List<Integer> mismatches = new ArrayList<>();
            for (int n = 0; n < ASKED; n++) { // each thread starts elsewhere and goes round once
              int i = (offset + n) % ASKED;
              if (!ask(shared, i).equals(expected.get(i))) {
                mismatches.add(i);
              }
            }
            return mismatches;
          }));
        }
        for (Future<List<Integer>> mismatches : wrong) {
          assertThat(mismatches.get()).as(language).isEmpty();
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
