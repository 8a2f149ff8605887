package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.dossier.DossierReader;
import org.convoca.dossier.DossierWriter;
import org.convoca.language.Language;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesTheGeneratorsDossierWhichAssessReads() throws Exception {
    Path file = dir.resolve("generated.json");

    Cli run = Cli.run("generate", "--proposals", "40", "--seed", "7", "--jurors", "9", "--out", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("wrote " + file + ": 40 proposals, 9 jurors, seed 7\n");
    assertThat(Files.readString(file))
        .isEqualTo(DossierWriter.toJson(DossierGenerator.withSeed(7).proposals(40).jurors(9).generate()));
    assertThat(DossierReader.standard().read(file).proposals()).hasSize(40);
    Cli assess = Cli.run("assess", file.toString());
    assertThat(assess.exitCode()).as(assess.err()).isZero();
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedAnotherDossier() throws Exception {
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    Path other = dir.resolve("other.json");

    Cli.run("generate", "--proposals", "25", "--seed", "3", "--out", first.toString());
    Cli.run("generate", "--proposals", "25", "--seed", "3", "--out", second.toString());
    Cli.run("generate", "--proposals", "25", "--seed", "4", "--out", other.toString());

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
  }

  @Test
  void defaultsToSeedOneAndSevenJurorsAndReplacesAnExistingFile() throws Exception {
    Path file = dir.resolve("dossier.json");
    Files.writeString(file, "old");

    Cli run = Cli.run("generate", "--proposals", "10", "--out", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("7 jurors, seed 1");
    assertThat(Files.readString(file)).isEqualTo(DossierWriter.toJson(DossierGenerator.withSeed(1).proposals(10).generate()));
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("dossier.json");
    }
  }

  @Test
  void refusesProposalsOutOfBounds() {
    Path file = dir.resolve("x.json");

    Cli none = Cli.run("generate", "--proposals", "0", "--out", file.toString());
    Cli tooMany = Cli.run("generate", "--proposals", "1000001", "--out", file.toString());

    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).isEqualTo("--proposals must be between 1 and 1000000, was 0\n");
    assertThat(tooMany.exitCode()).isEqualTo(2);
    assertThat(tooMany.err()).isEqualTo("--proposals must be between 1 and 1000000, was 1000001\n");
    assertThat(file).doesNotExist();
  }

  @Test
  void refusesJurorsOutOfBounds() {
    Cli tooFew = Cli.run("generate", "--proposals", "5", "--jurors", "2", "--out", dir.resolve("x.json").toString());

    assertThat(tooFew.exitCode()).isEqualTo(2);
    assertThat(tooFew.err()).isEqualTo("--jurors must be between 3 and 1000, was 2\n");
  }

  @Test
  void refusesAMissingProposalCountAndANumberThatIsNotOne() {
    Cli missing = Cli.run("generate", "--out", dir.resolve("x.json").toString());
    Cli word = Cli.run("generate", "--proposals", "many", "--out", dir.resolve("x.json").toString());

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--proposals");
    assertThat(word.exitCode()).isEqualTo(2);
    assertThat(word.err()).contains("many");
  }

  @Test
  void refusesAFolderAndAMissingFolderAsOut() {
    Cli folder = Cli.run("generate", "--proposals", "5", "--out", dir.toString());
    Path nowhere = dir.resolve("missing").resolve("x.json");
    Cli missing = Cli.run("generate", "--proposals", "5", "--out", nowhere.toString());

    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).isEqualTo("--out " + dir + ": it is a folder, not a file\n");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("--out " + nowhere + ": its folder " + nowhere.getParent() + " does not exist\n");
    assertThat(nowhere.getParent()).doesNotExist();
  }

  @Test
  void writesTheDossierInTheLanguageAskedForWhichItsCallStates() throws Exception {
    Path file = dir.resolve("es.json");

    Cli run = Cli.run("generate", "--proposals", "12", "--seed", "5", "--language", "es", "--out", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(file)).isEqualTo(DossierWriter.toJson(
        DossierGenerator.withSeed(5).proposals(12).language(Language.SPANISH).generate()));
    assertThat(DossierReader.standard().read(file).call().language()).contains(Language.SPANISH);
    assertThat(Files.readString(file)).contains("\"language\" : \"es\"", "Programa Federal de Gobierno Abierto");
  }

  @Test
  void refusesALanguageItHasNoTextsInAndATagThatIsNotOne() {
    Path file = dir.resolve("x.json");

    Cli french = Cli.run("generate", "--proposals", "5", "--language", "fr", "--out", file.toString());
    Cli garbled = Cli.run("generate", "--proposals", "5", "--language", "e$", "--out", file.toString());

    assertThat(french.exitCode()).isEqualTo(2);
    assertThat(french.err()).isEqualTo("--language fr: the generator writes its texts in English (en) or Spanish (es), not 'fr'\n");
    assertThat(garbled.exitCode()).isEqualTo(2);
    assertThat(garbled.err()).startsWith("--language e$: 'e$' is not a BCP 47 language tag");
    assertThat(file).doesNotExist();
  }
}
