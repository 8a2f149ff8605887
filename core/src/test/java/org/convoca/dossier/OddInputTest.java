package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.dossier.DossierFixture.aValidDossier;
import static org.convoca.dossier.DossierFixture.problemsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs at the edges of what JSON allows: the reader still answers with problems a person can read. */
class OddInputTest {

  @Test
  void rejectsAPopulationTooLargeForTheModel() {
    assertThat(aValidDossier().setJson("/governments/0/population", "100000000000000000000000000").problems())
        .singleElement().asString().startsWith("$.governments[0]");
  }

  @Test
  void rejectsAWholeNumberTooLargeForItsFieldWithoutJavaWords() {
    assertThat(aValidDossier().setJson("/call/policy/slots", "99999999999").problems())
        .containsExactly("$.call.policy.slots: must be a whole number from -2,147,483,648 to 2,147,483,647");
  }

  @Test
  void rejectsAProposalThatIsNotAnObject() {
    assertThat(aValidDossier().setJson("/proposals/1", "[1]").problems())
        .contains("$.proposals[1]: must be an object, was a list");
  }

  @Test
  void rejectsACallThatIsANumber() {
    assertThat(aValidDossier().set("/call", 5).problems()).containsExactly("$.call: must be an object, was a whole number");
  }

  @Test
  void rejectsADocumentNestedTooDeeply() {
    String deep = "{\"call\": " + "[".repeat(100) + "]".repeat(100) + "}";

    assertThat(problemsOf(deep)).singleElement().asString()
        .startsWith("$.call" + "[0]".repeat(64) + ": is nested more than 64 levels deep, the reader's limit")
        .endsWith("(line 1, column 73)");
  }

  @Test
  void saysWhereAnUnclosedObjectOpenedWithoutQuotingTheDocument() {
    String unclosed = "{\n  \"formatVersion\": 1,\n  \"call\": { \"name\": \"<secret text>\"\n";

    assertThat(problemsOf(unclosed)).singleElement().asString()
        .contains("(opened at line 3, column 11)").endsWith("(line 4, column 1)")
        .doesNotContain("secret").doesNotContain("Source");
  }

  @Test
  void rejectsAThemeCodeLongerThan64CharactersWithoutPrintingItWhole() {
    String code = "A".repeat(100_000);

    assertThat(aValidDossier().set("/proposals/0/themes/0", code).problems()).singleElement().asString()
        .startsWith("$.proposals[0].themes[0]: must be an upper-case code of at most 64 characters").hasSizeLessThan(300);
  }

  @Test
  void rejectsTrailingContentAfterTheDossier() {
    assertThat(problemsOf(DossierFixture.validText() + "{}")).singleElement().asString().contains("(line ");
  }

  @Test
  void readsAFileThatStartsWithAByteOrderMark() {
    byte[] text = ("\uFEFF" + DossierFixture.validText()).getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(DossierReader.standard().read(new java.io.ByteArrayInputStream(text)).proposals()).hasSize(3);
  }

  @Test
  void neverShowsAJavaOrJacksonNameInAMessage() {
    List<String> problems = new java.util.ArrayList<>();
    problems.addAll(problemsOf("{\"call\": " + "[".repeat(100) + "]".repeat(100) + "}"));
    problems.addAll(problemsOf(DossierFixture.validText().replace("\"edition\": 1,", "\"edition\": 1,,")));
    problems.addAll(aValidDossier().setJson("/governments/0/population", "100000000000000000000000000").problems());
    problems.addAll(aValidDossier().set("/call/criteria/0/weight", 101).problems());

    assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p)
        .doesNotContain("jackson", "Exception", "java.", "`", "Source:", "org.convoca"));
  }
}
