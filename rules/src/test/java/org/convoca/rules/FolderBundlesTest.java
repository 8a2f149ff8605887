package org.convoca.rules;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.assessment.AwardFinding;
import org.convoca.assessment.CheckFinding;
import org.convoca.dossier.Dossier;
import org.convoca.language.Language;
import org.convoca.outcome.CallOutcome;
import org.convoca.proposal.Proposal;
import org.convoca.testing.DossierFixtures;
import org.convoca.testing.ProposalFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author's folder brings its own message bundles: its rules say their sentences from them in
 * the call's language, they can reword a bundled key (a rule's title), a bundle Convoca cannot read
 * is refused with the file and line, and bundles that disagree are warnings.
 */
class FolderBundlesTest {

  private static final String ELIGIBILITY_RULE = "Applicant must be a provincial or municipal government";

  /** A rule that says a sentence of its folder's bundles, with the proposal's id and its points as arguments. */
  private static final String BONUS = """
      package org.convoca.rules.federal;

      import java.math.BigDecimal;
      import org.convoca.assessment.AwardFinding;
      import org.convoca.call.Criterion;
      import org.convoca.call.FederalVocabulary;
      import org.convoca.proposal.Proposal;

      global org.convoca.rules.fact.Sentences sentences;

      rule "Every proposal earns a bonus on values"
      // A test rule: two and a half points for every proposal.
      when
          $c : Criterion( id == FederalVocabulary.VALUES )
          $p : Proposal()
      then
          insert(new AwardFinding($p.id(), $c.id(), drools.getRule().getName(), new BigDecimal("2.5"),
              sentences.say("KEY", $p.id(), new BigDecimal("2.5"))));
      end
      """;

  private static final String ENGLISH = """
      # The bonus rule's sentence and title.
      title.every-proposal-earns-a-bonus-on-values=Every proposal earns a bonus on values
      bonus.values=Proposal {0} earns a bonus of {1} points.
      """;

  private static final String SPANISH = """
      title.every-proposal-earns-a-bonus-on-values=Toda propuesta recibe una bonificación en valores
      bonus.values=La propuesta {0} recibe una bonificación de {1} puntos.
      """;

  /** Shared by the tests: a bundle is not compiled, so the books that differ only in bundles compile once. */
  @TempDir
  static Path cache;

  @TempDir
  Path temp;

  private static RuleBook.Builder builder() {
    return RuleBook.builder().bundled().cacheIn(cache);
  }

  private Path folder(String name, String... fileAndText) throws IOException {
    return RuleFolders.write(temp, name, fileAndText);
  }

  private static Dossier dossier(Language language) {
    Dossier dossier = DossierFixtures.aDossier(ProposalFixtures.aCompleteProposal());
    return dossier.withCall(dossier.call().withLanguage(language));
  }

  private static String bonusSentence(RuleBook book, Language language) {
    return book.assess(dossier(language)).get(0).criteria().stream().flatMap(c -> c.awards().stream())
        .filter(a -> a.rule().equals("Every proposal earns a bonus on values")).map(AwardFinding::sentence)
        .findFirst().orElseThrow();
  }

  @Test
  void aFolderRuleSaysItsOwnKeyInTheCallsLanguageAndHasATitle() throws IOException {
    Path dir = folder("rules", "bonus.drl", BONUS.replace("KEY", "bonus.values"), "messages.properties", ENGLISH,
        "messages_es.properties", SPANISH);
    RuleBook book = builder().folder(dir).build();
    Proposal p = ProposalFixtures.aCompleteProposal();

    assertThat(bonusSentence(book, Language.ENGLISH)).isEqualTo("Proposal " + p.id() + " earns a bonus of 2.5 points.");
    assertThat(bonusSentence(book, Language.SPANISH)).isEqualTo("La propuesta " + p.id() + " recibe una bonificación de 2,5 puntos.");
    assertThat(book.titles(Language.SPANISH)).containsEntry("Every proposal earns a bonus on values",
        "Toda propuesta recibe una bonificación en valores").containsKey(ELIGIBILITY_RULE);
    assertThat(book.warnings()).isEmpty();
    assertThat(Convoca.with(book).decide(dossier(Language.SPANISH)).title("Every proposal earns a bonus on values"))
        .contains("Toda propuesta recibe una bonificación en valores");
  }

  @Test
  void aFolderBundleRewordsABundledTitleAndSentence() throws IOException {
    Path dir = folder("rules", "messages.properties", """
        title.applicant-must-be-a-provincial-or-municipal-government=Only provinces and municipalities may apply
        eligibility.level={0} applies as a {1} government; {2} governments may apply.
        """, "messages_es.properties", """
        title.applicant-must-be-a-provincial-or-municipal-government=Solo pueden presentarse provincias y municipios
        """);
    RuleBook book = builder().folder(dir).build();

    assertThat(book.titles(Language.ENGLISH)).containsEntry(ELIGIBILITY_RULE, "Only provinces and municipalities may apply");
    assertThat(book.titles(Language.SPANISH)).containsEntry(ELIGIBILITY_RULE, "Solo pueden presentarse provincias y municipios");
    assertThat(RuleBook.bundled().titles(Language.ENGLISH)).containsEntry(ELIGIBILITY_RULE, ELIGIBILITY_RULE);
    assertThat(check(book, dossier(Language.ENGLISH), ELIGIBILITY_RULE).sentence())
        .isEqualTo("Villa Test applies as a municipal government; provincial or municipal governments may apply.");
    CallOutcome outcome = Convoca.with(book).decide(dossier(Language.ENGLISH));
    assertThat(outcome.title(ELIGIBILITY_RULE)).contains("Only provinces and municipalities may apply");
    assertThat(book.warnings()).as("the Spanish bundle lacks a key its English bundle has").singleElement()
        .isEqualTo(new RuleBookWarning(dir.resolve("messages_es.properties").toString(), "lacks the key 'eligibility.level' "
            + "that messages.properties has: a call in that language reads it in English"));
    assertThat(check(book, dossier(Language.SPANISH), ELIGIBILITY_RULE).sentence())
        .as("the folder's English pattern, for want of a Spanish one; the values are still written in Spanish")
        .isEqualTo("Villa Test applies as a municipal government; provincial o municipal governments may apply.");
  }

  private static CheckFinding check(RuleBook book, Dossier dossier, String rule) {
    return book.assess(dossier).get(0).checks().stream().filter(c -> c.rule().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  void warnsOfAKeyThatOnlyOneLanguageOfTheFolderHas() throws IOException {
    Path dir = folder("rules", "bonus.drl", BONUS.replace("KEY", "bonus.values"), "messages.properties", ENGLISH,
        "messages_es.properties", SPANISH.replace("bonus.values", "bonus.valores")
            + "title.applicant-must-be-a-provincial-or-municipal-government=Solo provincias y municipios\n"
            + "bonus.other=Otra {0}\n");
    RuleBook book = builder().folder(dir).build();
    String spanish = dir.resolve("messages_es.properties").toString();

    assertThat(book.warnings()).as("a Spanish title of a bundled rule is a translation, not a mistake").containsExactly(
        new RuleBookWarning(spanish, "has the key 'bonus.other', which neither messages.properties nor the rule book's "
            + "English bundles have: a call in English fails the rule that says it"),
        new RuleBookWarning(spanish, "has the key 'bonus.valores', which neither messages.properties nor the rule book's "
            + "English bundles have: a call in English fails the rule that says it"),
        new RuleBookWarning(spanish, "lacks the key 'bonus.values' that messages.properties has: a call in that language "
            + "reads it in English"));
    assertThat(bonusSentence(book, Language.SPANISH)).as("the English text, for want of a Spanish one, with Spanish numbers")
        .endsWith("earns a bonus of 2,5 points.");
    Path placeholders = folder("placeholders", "messages.properties", "a={0} and {1}\n", "messages_es.properties", "a={0} y {2}\n");
    assertThat(builder().folder(placeholders).build().warnings()).singleElement()
        .satisfies(w -> assertThat(w.message()).isEqualTo("'a' has the placeholders [0, 2] where the root has [0, 1]"));
  }

  @Test
  void refusesABundleItCannotUseNamingTheFileAndTheLine() throws IOException {
    Path dir = folder("rules", "messages.properties", """
        # A comment, then a good key.
        good=Fine {0}
        broken=Unclosed {0
        quoted=The call's deadline
        """, "messages_es.properties", "bueno=Bien {0}\n");
    Files.write(dir.resolve("messages_pt.properties"), "bom=Não\n".getBytes(ISO_8859_1));
    Path big = folder("big", "messages.properties", "big=" + "x".repeat((int) FolderBundles.MAX_BYTES) + "\n");
    Path file = dir.resolve("messages.properties");

    assertThatThrownBy(() -> builder().folder(dir).folder(big).build())
        .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems()).extracting(RuleProblem::toString)
            .containsExactly(
                file + ":3: 'broken' is not a MessageFormat pattern: Unmatched braces in the pattern.",
                file + ":4: 'quoted' has a single quote; write it twice ('') for MessageFormat",
                dir.resolve("messages_pt.properties") + ":1: not UTF-8 at line 1, column 6: save the file as UTF-8",
                big.resolve("messages.properties") + ":0: a message bundle may have at most 1048576 bytes (1 MiB), this one has "
                    + (FolderBundles.MAX_BYTES + 5)));
  }

  @Test
  void warnsOfABundleWhoseNameIsNotRead() throws IOException {
    Path dir = folder("rules", "Messages_ES.properties", "a=b\n", "messages.properties.bak", "a=b\n");

    assertThat(builder().folder(dir).build().warnings()).extracting(RuleBookWarning::file)
        .containsExactly(dir.resolve("Messages_ES.properties").toString(), dir.resolve("messages.properties.bak").toString());
  }

  @Test
  void aKeyThatNoBundleHasFailsTheRuleNamingItAndTheKey() throws IOException {
    Path dir = folder("rules", "bonus.drl", BONUS.replace("KEY", "bonus.missing"), "messages.properties", ENGLISH);
    RuleBook book = builder().folder(dir).build();

    assertThatThrownBy(() -> book.assess(dossier(Language.SPANISH)))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.rule()).isEqualTo("Every proposal earns a bonus on values");
          assertThat(e.file()).contains(dir.resolve("bonus.drl").toString());
        })
        .hasMessageContaining("rule 'Every proposal earns a bonus on values' in " + dir.resolve("bonus.drl") + " failed")
        .hasMessageContaining("No message 'bonus.missing' in " + dir.resolve("messages"));
  }

  @Test
  void theFingerprintCoversTheFoldersBundlesByContent() throws IOException {
    String drl = BONUS.replace("KEY", "bonus.values");
    Path first = folder("first", "bonus.drl", drl, "messages.properties", ENGLISH, "messages_es.properties", SPANISH);
    Path same = folder("same", "bonus.drl", drl, "messages.properties", ENGLISH, "messages_es.properties", SPANISH);
    Path reworded = folder("reworded", "bonus.drl", drl, "messages.properties", ENGLISH,
        "messages_es.properties", SPANISH.replace("bonificación de", "bonificación extra de"));
    Dossier dossier = dossier(Language.ENGLISH);

    String fingerprint = Convoca.with(builder().folder(first).build()).decide(dossier).fingerprint();
    assertThat(Convoca.with(builder().folder(same).build()).decide(dossier).fingerprint())
        .as("the same texts in another folder").isEqualTo(fingerprint);
    assertThat(Convoca.with(builder().folder(reworded).build()).decide(dossier).fingerprint())
        .as("a Spanish sentence changed, even for an English call").isNotEqualTo(fingerprint);
  }
}
