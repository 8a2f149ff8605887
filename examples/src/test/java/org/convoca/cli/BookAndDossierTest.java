package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.rules.RuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookAndDossierTest {

  @TempDir
  Path dir;

  private static Dossier tiny() {
    return DossierReader.standard().read(Cli.TINY);
  }

  @Test
  void givesTheBookAndTheDossier() {
    BookAndDossier.Inputs inputs = BookAndDossier.read(RuleBook::bundled, BookAndDossierTest::tiny);

    assertThat(inputs.book()).isSameAs(RuleBook.bundled());
    assertThat(inputs.dossier().proposals()).hasSize(4);
  }

  @Test
  void makesTheBookWhileTheDossierIsRead() {
    CountDownLatch reading = new CountDownLatch(1);
    // The book waits for the reading to start: made one after the other, it would wait in vain.
    BookAndDossier.Inputs inputs = BookAndDossier.read(() -> {
      try {
        assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return RuleBook.bundled();
    }, () -> {
      reading.countDown();
      return tiny();
    });

    assertThat(inputs.book()).isSameAs(RuleBook.bundled());
  }

  @Test
  void aFailureOfTheBookComesFirstAsWhenItWasMadeFirst() {
    UserError book = UserError.invalidInput(List.of("the book"));
    UserError dossier = UserError.invalidInput(List.of("the dossier"));

    assertThatThrownBy(() -> BookAndDossier.read(() -> { throw book; }, () -> { throw dossier; })).isSameAs(book);
    assertThatThrownBy(() -> BookAndDossier.read(() -> { throw book; }, BookAndDossierTest::tiny)).isSameAs(book);
    assertThatThrownBy(() -> BookAndDossier.read(RuleBook::bundled, () -> { throw dossier; })).isSameAs(dossier);
  }

  @Test
  void anErrorOfTheBooksThreadIsThrownAsItWas() {
    OutOfMemoryError full = new OutOfMemoryError("Java heap space");

    assertThatThrownBy(() -> BookAndDossier.read(() -> { throw full; }, BookAndDossierTest::tiny)).isSameAs(full);
  }

  @Test
  void aBrokenRuleFolderAndABrokenDossierReportTheRuleFolder() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("broken.drl"), "package org.convoca.rules.federal;\nrule \"half\"\nwhen\n");
    Path dossier = Files.writeString(dir.resolve("broken.json"), "{");

    Cli run = Cli.run("assess", "--rules", rules.toString(), dossier.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.RULE_BOOK);
    assertThat(run.err()).contains("broken.drl").doesNotContain("broken.json");
  }
}
