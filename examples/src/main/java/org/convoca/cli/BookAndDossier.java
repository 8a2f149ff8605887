package org.convoca.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.convoca.dossier.Dossier;
import org.convoca.rules.RuleBook;
import org.convoca.rules.RuleBookWarning;

/**
 * A command's rule book and dossier, the book made on a thread of its own while the dossier is
 * read (issue 11). At start-up the two load and run different libraries, Drools for the one,
 * Jackson and the schema validator for the other, and a machine with two cores does both at once.
 * A failure comes out as it would if the book were made first: when both fail, the book's.
 */
final class BookAndDossier {

  /**
   * What a command works on.
   *
   * @param book the rule book
   * @param dossier the dossier, read and validated
   */
  record Inputs(RuleBook book, Dossier dossier) {

    /**
     * Prints, on {@code err}, a line per warning of the book about this dossier's call (a criterion
     * no rule awards points on, a rule that awards on a criterion the call lacks), as the book's
     * own warnings are printed when it is made; those are not repeated. The warning is the
     * library's, framed in {@code text}'s language.
     */
    void warnAboutCall(PrintWriter err, UserText text) {
      List<RuleBookWarning> all = book.warnings(dossier.call());
      all.subList(book.warnings().size(), all.size()).forEach(w -> err.println(text.error("warning", w.toString())));
    }
  }

  private BookAndDossier() {}

  /** Makes the book with {@code book} on a new thread while {@code dossier} reads the dossier on this one. */
  static Inputs read(Supplier<RuleBook> book, Supplier<Dossier> dossier) {
    FutureTask<RuleBook> making = new FutureTask<>(book::get);
    Thread thread = new Thread(making, "convoca-rule-book");
    thread.setDaemon(true);
    thread.start();
    Dossier read;
    try {
      read = dossier.get();
    } catch (RuntimeException | Error e) {
      Awaited.result(making); // throws the book's failure, if it has one, in place of the dossier's
      throw e;
    }
    return new Inputs(Awaited.result(making), read);
  }
}
