package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.convoca.dossier.DossierReader;
import org.convoca.language.Language;
import org.junit.jupiter.api.Test;

/**
 * The reader prepared on a thread of its own: the read gets the standard reader, and a preparation
 * that fails is reported as the read reports it without the thread, not as the JVM's "could not
 * initialize class" that a second attempt meets.
 */
class PreparedReaderTest {

  @Test
  void theReadGetsTheStandardReader() {
    assertThat(PreparedReader.start(DossierReader::standard).reader()).isSameAs(DossierReader.standard());
  }

  @Test
  void aFailedPreparationIsReportedAsTheReadWithoutTheThreadReportsIt() {
    // Two classes whose initialisation fails alike, as DossierReader's would with a broken schema:
    // one met on the reading thread, one prepared on the preparing thread.
    Throwable withoutThread = catchThrowable(() -> BrokenOnRead.READER.toString());
    Throwable prepared = catchThrowable(() -> PreparedReader.start(() -> BrokenWhenPrepared.READER).reader());

    assertThat(withoutThread).isInstanceOf(ExceptionInInitializerError.class)
        .hasRootCauseMessage("the dossier schema could not be loaded");
    assertThat(prepared).isInstanceOf(ExceptionInInitializerError.class)
        .hasRootCauseMessage("the dossier schema could not be loaded");
    for (Language language : Language.shipped()) {
      assertThat(reported(prepared, language)).isEqualTo(reported(withoutThread, language));
    }
    // What the reading thread would meet if it initialised the class again.
    assertThat(catchThrowable(() -> BrokenWhenPrepared.READER.toString())).isInstanceOf(NoClassDefFoundError.class);
  }

  @Test
  void anUncheckedFailureIsThrownAsItIs() {
    IllegalStateException failure = new IllegalStateException("no schema");

    assertThat(catchThrowable(() -> PreparedReader.start(() -> {
      throw failure;
    }).reader())).isSameAs(failure);
  }

  private static String reported(Throwable failure, Language language) {
    StringWriter err = new StringWriter();
    int code = ConvocaCommand.report(failure, false, language, new PrintWriter(err, true));
    return code + "\n" + err;
  }

  private static DossierReader fail() {
    throw new IllegalStateException("the dossier schema could not be loaded");
  }

  private static final class BrokenOnRead {
    static final DossierReader READER = fail();
  }

  private static final class BrokenWhenPrepared {
    static final DossierReader READER = fail();
  }
}
