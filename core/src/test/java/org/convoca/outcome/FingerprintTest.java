package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.dossier.Dossier;
import org.convoca.language.Language;
import org.junit.jupiter.api.Test;

class FingerprintTest {

  private final Dossier dossier = OutcomeFixtures.workedExampleWithOverrides().dossier();

  @Test
  void isSha256InLowerCaseHex() {
    assertThat(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK)).matches("[0-9a-f]{64}");
  }

  @Test
  void digestsTheDocumentedPartsIncludingTheRuleParametersAndTheUnstatedJuryPolicyInEffect() throws Exception {
    java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
    java.util.function.Consumer<byte[]> part = bytes -> {
      digest.update(java.nio.ByteBuffer.allocate(8).putLong(bytes.length).array());
      digest.update(bytes);
    };
    part.accept("convoca-outcome-5".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    part.accept("2".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    part.accept(CanonicalDossier.selectionBytes(dossier));
    part.accept(CanonicalDossier.valueBytes(new TreeMap<>(dossier.call().parameters().asMap())));
    part.accept(("{\"aggregation\":\"MEAN\",\"conflicts\":[\"SAME_PERSON\",\"AFFILIATION\",\"SAME_JURISDICTION\",\"DECLARED\"],"
        + "\"minScores\":0,\"normalisation\":\"NONE\",\"reviewersPerProposal\":3}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    part.accept("en".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    OutcomeFixtures.RULE_BOOK.forEach((name, text) -> {
      part.accept(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      part.accept(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    });

    assertThat(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK))
        .isEqualTo(java.util.HexFormat.of().formatHex(digest.digest()));
    assertThat(dossier.call().parameters().asMap()).isNotEmpty();
    assertThat(dossier.call().jury()).as("the call states no jury policy").isEmpty();
  }

  @Test
  void isTheSameWhenTheCanonicalDossierIsTooLargeToHoldAndGoesToATemporaryFile() {
    java.util.List<Spill> opened = new java.util.ArrayList<>();
    java.util.function.Supplier<Spill> spills = () -> {
      Spill spill = Spill.open();
      opened.add(spill);
      return spill;
    };

    assertThat(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK, 0, spills))
        .isEqualTo(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK, 1000, spills))
        .isEqualTo(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK));
    assertThat(opened).as("one file for each too large canonical dossier").hasSize(2).doesNotContainNull();
  }

  @Test
  void isTheSameWhenWritingTheTemporaryFileFails() {
    java.util.function.Supplier<Spill> broken = () -> {
      Spill spill = Spill.open();
      try {
        spill.close(); // every write to it fails from now on, as on a full disk
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return spill;
    };

    assertThat(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK, 0, broken))
        .isEqualTo(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK));
  }

  @Test
  void isTheSameWhenTheCanonicalDossierIsTooLargeToHoldAndNoTemporaryFileCanBeMade() {
    assertThat(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK, 0, () -> null))
        .isEqualTo(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK, 1000, () -> null))
        .isEqualTo(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK));
  }

  @Test
  void changesWithTheLanguageTheOutcomeIsWrittenIn() {
    Dossier spanish = dossier.withCall(dossier.call().withLanguage(Language.SPANISH));
    Dossier english = dossier.withCall(dossier.call().withLanguage(Language.ENGLISH));

    assertThat(Fingerprint.of(spanish, OutcomeFixtures.RULE_BOOK)).isNotEqualTo(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK));
    assertThat(Fingerprint.of(english, OutcomeFixtures.RULE_BOOK)).as("the same dossier in another language")
        .isNotEqualTo(Fingerprint.of(spanish, OutcomeFixtures.RULE_BOOK));
  }

  @Test
  void changesWhenARuleChanges() {
    SortedMap<String, String> edited = new TreeMap<>(OutcomeFixtures.RULE_BOOK);
    edited.replaceAll((name, text) -> text + "// tuned\n");

    assertThat(Fingerprint.of(dossier, edited)).isNotEqualTo(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK));
  }

  @Test
  void changesWhenTheDossierChanges() {
    Dossier other = dossier.withProposals(dossier.proposals().subList(1, dossier.proposals().size()));

    assertThat(Fingerprint.of(other, OutcomeFixtures.RULE_BOOK)).isNotEqualTo(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK));
  }

  @Test
  void ignoresWindowsLineEndsInRuleFiles() {
    SortedMap<String, String> crlf = new TreeMap<>(OutcomeFixtures.RULE_BOOK);
    crlf.replaceAll((name, text) -> text.replace("\n", "\r\n"));

    assertThat(Fingerprint.of(dossier, crlf)).isEqualTo(Fingerprint.of(dossier, OutcomeFixtures.RULE_BOOK));
  }

  @Test
  void tellsAFileNameFromItsText() {
    SortedMap<String, String> a = new TreeMap<>(java.util.Map.of("ab", "c"));
    SortedMap<String, String> b = new TreeMap<>(java.util.Map.of("a", "bc"));

    assertThat(Fingerprint.of(dossier, a)).isNotEqualTo(Fingerprint.of(dossier, b));
  }

  @Test
  void sortsKeysAtEveryLevel() {
    assertThat(sortedEverywhere(CanonicalDossier.tree(dossier))).isTrue();
  }

  @Test
  void readsEqualDecimalsAlike() {
    Dossier fifty = dossier.withCall(dossier.call().withOverallThreshold(new java.math.BigDecimal("50")));
    Dossier fiftyPointZero = dossier.withCall(dossier.call().withOverallThreshold(new java.math.BigDecimal("50.00")));

    assertThat(CanonicalDossier.bytes(fiftyPointZero)).isEqualTo(CanonicalDossier.bytes(fifty));
  }

  @Test
  void sortsTheDossiersSetsButKeepsMeaningfulOrder() {
    String canonical = new String(CanonicalDossier.bytes(dossier), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(canonical).startsWith("{\"call\":");
    assertThat(canonical.indexOf("\"id\":\"P-01\"")).isLessThan(canonical.indexOf("\"id\":\"P-11\""));
    assertThat(canonical.indexOf("\"kind\":\"CRITERION\"")).isLessThan(canonical.indexOf("\"kind\":\"EARLIER_SUBMISSION\""));
  }

  private static boolean sortedEverywhere(com.fasterxml.jackson.databind.JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    boolean here = names.equals(names.stream().sorted().toList());
    boolean below = true;
    for (com.fasterxml.jackson.databind.JsonNode child : node) {
      below &= sortedEverywhere(child);
    }
    return here && below;
  }
}
