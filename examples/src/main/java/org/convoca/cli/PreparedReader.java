package org.convoca.cli;

import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.convoca.dossier.DossierReader;

/**
 * The dossier reader of a run that reads a dossier, prepared on a thread of its own from the run's
 * first moment ({@link DossierReader#standard()}: the schema, Jackson's deserializers), while the
 * command line is parsed and the rule book made (issue 11: on the sample it was about a tenth of
 * the command's time, on the main thread). The read waits for it when it is not done.
 *
 * <p>When the preparation fails (a schema that does not load: a broken build, not a user's
 * mistake), the read throws what the preparation threw, so that the run reports the failure as it
 * would have without the thread. Calling {@link DossierReader#standard()} again on the reading
 * thread would not do: after a class's initialisation failed, the JVM says only that it "could not
 * initialize" the class.
 */
final class PreparedReader {

  /** The latest run's preparation; null before a run that reads a dossier starts one. */
  private static volatile PreparedReader latest;

  private final FutureTask<DossierReader> preparing;

  private PreparedReader(Supplier<DossierReader> prepare) {
    preparing = new FutureTask<>(prepare::get);
  }

  /** Starts preparing the standard reader, which {@link #standard()} then returns. */
  static void startStandard() {
    latest = start(DossierReader::standard);
  }

  /** Starts {@code prepare} on a daemon thread of its own and returns the preparation. */
  static PreparedReader start(Supplier<DossierReader> prepare) {
    PreparedReader prepared = new PreparedReader(prepare);
    Thread thread = new Thread(prepared.preparing, "convoca-prepare-reader");
    thread.setDaemon(true);
    thread.start();
    return prepared;
  }

  /**
   * {@return the standard reader} once the latest preparation ended, or at once when none was
   * started; throws what the preparation threw.
   */
  static DossierReader standard() {
    PreparedReader prepared = latest;
    return prepared == null ? DossierReader.standard() : prepared.reader();
  }

  /** {@return the prepared reader} once the preparation ended; throws what the preparation threw. */
  DossierReader reader() {
    return Awaited.result(preparing);
  }
}
