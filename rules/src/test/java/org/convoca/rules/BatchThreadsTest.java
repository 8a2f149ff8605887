package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.Finding;
import org.convoca.dossier.Dossier;
import org.convoca.language.Language;
import org.convoca.outcome.CallOutcome;
import org.convoca.outcome.OutcomeWriters;
import org.convoca.proposal.Funding;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.review.JuryReview;
import org.convoca.rules.fact.Sentences;
import org.convoca.sample.DossierGenerator;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;

/**
 * A bundled book assesses its batches on several threads ({@link BatchThreads}) with the result of
 * one thread, byte for byte: the same assessments in the same order, the same outcome file and
 * fingerprint, and the same failure, that of the first failing batch.
 */
class BatchThreadsTest {

  /** Dossiers of four to six batches, in English and Spanish, the last batch full or not. */
  private static List<Dossier> dossiers() {
    return IntStream.rangeClosed(31, 33).mapToObj(seed -> DossierGenerator.withSeed(seed)
        .proposals(seed % 2 == 0 ? 4 * DossierFacts.BATCH : 5 * DossierFacts.BATCH + seed)
        .language(Language.of(seed % 2 == 0 ? "es" : "en")).generate()).toList();
  }

  private static String json(CallOutcome outcome) {
    StringWriter out = new StringWriter();
    OutcomeWriters.json(outcome, out);
    return out.toString();
  }

  /** The outcome of {@code dossier} with the system property set to {@code threads}. */
  private static CallOutcome decideOn(String threads, Dossier dossier) {
    return withThreadsSetting(() -> {
      System.setProperty(BatchThreads.THREADS_PROPERTY, threads);
      return Convoca.withBundledRules().decide(dossier);
    });
  }

  @Test
  void batchesAssessedOnSeveralThreadsGiveTheOutcomeOfOneThreadByteForByte() {
    for (Dossier dossier : dossiers()) {
      CallOutcome alone = decideOn("1", dossier);
      String aloneJson = json(alone);
      for (String threads : List.of("2", "4")) {
        CallOutcome together = decideOn(threads, dossier);
        assertThat(together.fingerprint()).isEqualTo(alone.fingerprint());
        assertThat(json(together)).isEqualTo(aloneJson);
      }
    }
  }

  @Test
  void manyRunsOnManyThreadsGiveTheAssessmentsOfOneThread() {
    // More threads than processors, run after run, so that threads meet in the caches they share.
    RuleBook book = RuleBook.bundled();
    for (Dossier dossier : dossiers().subList(0, 2)) {
      JuryReview review = JuryReview.of(dossier);
      List<Assessment> alone = book.assessOnThreads(dossier, review, 1);
      assertThat(alone).isEqualTo(book.assess(dossier, review, true, true));
      for (int run = 0; run < 2; run++) {
        assertThat(book.assessOnThreads(dossier, review, 8)).isEqualTo(alone);
      }
    }
  }

  @Test
  void aRunThatGoesPastTheFiringsOfEveryBatchFailsOnThreadsWithTheFirstBatchsFailure() {
    Dossier dossier = DossierGenerator.withSeed(35).proposals(6 * DossierFacts.BATCH).generate();
    JuryReview review = JuryReview.of(dossier);
    RuleBook book = RuleBook.bundled().withLimits(RuleLimits.defaults().withFiringsPerProposal(5));
    Throwable alone = catchThrowable(() -> book.assessOnThreads(dossier, review, 1));
    assertThat(alone).isInstanceOf(RuleLimitException.class);
    for (int threads : new int[] {2, 3}) {
      assertThat(catchThrowable(() -> book.assessOnThreads(dossier, review, threads)))
          .isInstanceOf(RuleLimitException.class).hasMessage(alone.getMessage());
    }
  }

  @Test
  void aRuleThatFailsInSeveralBatchesIsReportedOnThreadsAsOnOneThreadForTheFirstOfThem() {
    // Two proposals ask for dollars where the call's ceiling is in pesos: the eligibility rule that
    // compares them throws, in the third batch and in the fifth; every thread must report the third's.
    Dossier generated = DossierGenerator.withSeed(38).proposals(6 * DossierFacts.BATCH).generate();
    List<Proposal> byId = generated.proposals().stream()
        .sorted(Comparator.comparing(Proposal::id)).toList();
    Set<ProposalId> inDollars = Set.of(byId.get(2 * DossierFacts.BATCH + 17).id(),
        byId.get(4 * DossierFacts.BATCH + 3).id());
    Dossier dossier = generated.withProposals(generated.proposals().stream()
        .map(p -> inDollars.contains(p.id()) ? p.withFunding(Funding.builder().from(p.funding())
            .requested(new Money(p.funding().requested().amount(), "USD"))
            .counterpart(new Money(p.funding().counterpart().amount(), "USD")).build()) : p)
        .toList());
    JuryReview review = JuryReview.of(dossier);
    RuleBook book = RuleBook.bundled();
    Throwable alone = catchThrowable(() -> book.assessOnThreads(dossier, review, 1));
    assertThat(alone).isInstanceOfSatisfying(RuleExecutionException.class,
        e -> assertThat(e.proposal()).contains(byId.get(2 * DossierFacts.BATCH + 17).id()));
    for (int threads : new int[] {2, 3, 6}) {
      assertThat(catchThrowable(() -> book.assessOnThreads(dossier, review, threads)))
          .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
            assertThat(e).hasMessage(alone.getMessage());
            assertThat(e.rule()).isEqualTo(((RuleExecutionException) alone).rule());
            assertThat(e.proposal()).isEqualTo(((RuleExecutionException) alone).proposal());
          });
    }
  }

  @Test
  void theTimeLimitCoversTheWholeRunOnEveryThread() {
    Dossier dossier = DossierGenerator.withSeed(36).proposals(4 * DossierFacts.BATCH).generate();
    Duration limit = Duration.ofNanos(1);
    RuleBook book = RuleBook.bundled().withLimits(RuleLimits.defaults().withTimeLimit(limit));
    assertThatThrownBy(() -> book.assessOnThreads(dossier, JuryReview.of(dossier), 2))
        .isInstanceOfSatisfying(RuleLimitException.class, e -> {
          assertThat(e.limit()).isEqualTo(RuleLimitException.Limit.TIME);
          assertThat(e.timeLimit()).isEqualTo(limit);
        });
  }

  @Test
  void aBatchStartedWhenTheRunsTimeIsOverStopsAtOnceNamingTheRunsLimit() {
    // The hook that BatchThreads uses: a batch counts the time from the start of the whole run.
    Dossier dossier = DossierGenerator.withSeed(37).proposals(DossierFacts.BATCH).generate();
    Duration limit = Duration.ofMinutes(1);
    Engine engine = new Engine(BundledBook.named(RuleBook.DEFAULT_BOOK).precompiled().orElseThrow().assessment(), RuleLimits.defaults().withTimeLimit(limit),
        rule -> null, new Sentences(RuleBook.bundled().messages(), Language.of("en")));
    List<List<ProposalFacts>> batches = DossierFacts.perProposal(dossier, JuryReview.of(dossier));
    long startedAMinuteAgo = System.nanoTime() - limit.toNanos();
    assertThatThrownBy(() -> engine.run(DossierFacts.common(dossier), new Reach(dossier)::of, true, batches,
        Finding.class, (index, findings) -> {}, startedAMinuteAgo))
        .isInstanceOfSatisfying(RuleLimitException.class, e -> {
          assertThat(e.limit()).isEqualTo(RuleLimitException.Limit.TIME);
          assertThat(e.timeLimit()).isEqualTo(limit);
        });
  }

  @Test
  void piecesComeBackInTheirOrderWhicheverThreadRanThem() {
    for (int threads = 1; threads <= 5; threads++) {
      Set<String> names = ConcurrentHashMap.newKeySet();
      List<Integer> squares = BatchThreads.run(threads, 200, i -> {
        names.add(Thread.currentThread().getName());
        return i * i;
      });
      assertThat(squares).containsExactlyElementsOf(IntStream.range(0, 200).map(i -> i * i).boxed().toList());
      if (threads == 1) {
        assertThat(names).containsExactly(Thread.currentThread().getName());
      }
    }
  }

  @Test
  void theLowestFailingPieceIsThrownAndNoLaterPieceStartsAfterIt() {
    for (int threads = 1; threads <= 4; threads++) {
      List<Integer> started = Collections.synchronizedList(new ArrayList<>());
      IllegalStateException seventh = new IllegalStateException("piece 7");
      int on = threads;
      Throwable thrown = catchThrowable(() -> BatchThreads.run(on, 100, i -> {
        started.add(i);
        if (i == 7 || i == 9 || i == 40) {
          throw i == 7 ? seventh : new IllegalStateException("piece " + i);
        }
        return i;
      }));
      assertThat(thrown).isSameAs(seventh);
      assertThat(started).contains(0, 1, 2, 3, 4, 5, 6, 7);
      // Pieces already taken when piece 7 failed may finish; no thread takes one after that.
      assertThat(started.stream().filter(i -> i > 7)).hasSizeLessThanOrEqualTo(8);
    }
  }

  @Test
  void anErrorOfThePieceIsThrownAsItWas() {
    OutOfMemoryError error = new OutOfMemoryError("test");
    assertThatThrownBy(() -> BatchThreads.run(2, 10, i -> {
      if (i == 3) {
        throw error;
      }
      return i;
    })).isSameAs(error);
  }

  @Test
  void fewPiecesOrTheSystemPropertyChooseOneThread() {
    assertThat(BatchThreads.threadsFor(0)).isEqualTo(1);
    assertThat(BatchThreads.threadsFor(BatchThreads.FEWEST_PIECES - 1)).isEqualTo(1);
    withThreadsSetting(() -> {
      System.setProperty(BatchThreads.THREADS_PROPERTY, "1");
      assertThat(BatchThreads.threadsFor(400)).isEqualTo(1);
      System.setProperty(BatchThreads.THREADS_PROPERTY, "3");
      assertThat(BatchThreads.threadsFor(400)).isEqualTo(3);
      assertThat(BatchThreads.threadsFor(4)).isEqualTo(2);
      System.setProperty(BatchThreads.THREADS_PROPERTY, " 2 ");
      assertThat(BatchThreads.threadsFor(400)).isEqualTo(2);
      System.clearProperty(BatchThreads.THREADS_PROPERTY);
      assertThat(BatchThreads.threadsFor(400)).isEqualTo(Math.min(200, Runtime.getRuntime().availableProcessors()));
    });
  }

  @Test
  void aThreadsSettingThatIsNotAWholeNumberIsRefusedNamingItWhateverTheSize() {
    Dossier tiny = DossierGenerator.withSeed(5).proposals(3).generate();
    withThreadsSetting(() -> {
      for (String value : List.of("two", "", " ", "1.5", "4x", "2147483648", "0x2")) {
        assertRefused(value, tiny);
      }
    });
  }

  @Test
  void aThreadsSettingBelowOneIsRefused() {
    Dossier tiny = DossierGenerator.withSeed(6).proposals(3).generate();
    withThreadsSetting(() -> qt(30).forAll(integers().between(Integer.MIN_VALUE, 0))
        .checkAssert(n -> assertRefused(String.valueOf(n), tiny)));
  }

  /** {@code value} set as the threads setting is refused by the batch threads and the rule book, naming it. */
  private static void assertRefused(String value, Dossier dossier) {
    System.setProperty(BatchThreads.THREADS_PROPERTY, value);
    String told = "the system property convoca.rules.threads must be a whole number of 1 or more, was '" + value + "'";
    assertThatThrownBy(() -> BatchThreads.threadsFor(400)).as(value).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(told);
    assertThatThrownBy(() -> BatchThreads.threadsFor(1)).as(value).hasMessage(told);
    assertThatThrownBy(() -> RuleBook.bundled().assess(dossier)).as(value).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(told);
  }

  /** Runs {@code check}, which may set the threads setting, and puts the setting back as it was. */
  private static void withThreadsSetting(Runnable check) {
    withThreadsSetting(() -> {
      check.run();
      return null;
    });
  }

  /** What {@code work} gives, which may set the threads setting; the setting is put back as it was. */
  private static <T> T withThreadsSetting(Supplier<T> work) {
    String before = System.getProperty(BatchThreads.THREADS_PROPERTY);
    try {
      return work.get();
    } finally {
      if (before == null) {
        System.clearProperty(BatchThreads.THREADS_PROPERTY);
      } else {
        System.setProperty(BatchThreads.THREADS_PROPERTY, before);
      }
    }
  }

}
