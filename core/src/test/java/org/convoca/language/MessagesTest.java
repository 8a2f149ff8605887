package org.convoca.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private final Messages messages = Messages.of("test", Map.of(
      "", """
          checks=It failed {0,choice,1#one check|1<{0} checks}.
          total=A total of {0}, the call''s threshold.
          plain=Nothing to fill.
          """,
      "es", """
          checks=No superó {0,choice,1#una verificación|1<{0} verificaciones}.
          total=Un total de {0}, el umbral de la convocatoria.
          plain=Nada que completar.
          """,
      "es_AR", "plain=Nada para completar.\n"));

  @Test
  void formatsInTheMostSpecificBundleThatHasTheKey() {
    assertThat(messages.format(Language.of("es-AR"), "plain")).isEqualTo("Nada para completar.");
    assertThat(messages.format(Language.of("es-AR"), "checks", 1)).isEqualTo("No superó una verificación.");
    assertThat(messages.format(Language.of("fr"), "checks", 2)).as("the root").isEqualTo("It failed 2 checks.");
    assertThat(messages.format(Language.ENGLISH, "total", new BigDecimal("1530.5"))).isEqualTo("A total of 1,530.5, the call's threshold.");
    assertThat(messages.format(Language.SPANISH, "total", new BigDecimal("1530.5"))).isEqualTo("Un total de 1.530,5, el umbral de la convocatoria.");
  }

  @Test
  void namesTheMissingKey() {
    assertThatThrownBy(() -> messages.format(Language.ENGLISH, "nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No message 'nope' in test");
  }

  @Test
  void liesOverAnotherFamily() {
    Messages folder = Messages.of("folder", Map.of("", "plain=Ours.\nextra=Extra {0}.\n"));
    Messages layered = folder.over(messages);
    assertThat(layered.format(Language.ENGLISH, "plain")).isEqualTo("Ours.");
    assertThat(layered.format(Language.SPANISH, "checks", 3)).isEqualTo("No superó 3 verificaciones.");
    assertThat(layered.format(Language.SPANISH, "extra", "x")).as("the folder's root, over the book's Spanish").isEqualTo("Extra x.");
    assertThat(layered.speaks(Language.SPANISH)).isTrue();
    assertThat(folder.speaks(Language.SPANISH)).isFalse();
  }

  @Test
  void reportsEveryMismatchOfABundleWithTheRoot() {
    Messages broken = Messages.of("broken", Map.of(
        "", "a=A {0}.\nb=B.\nc=C {0} {1}.\n",
        "es", "a=Á {1}.\nc=C {0} {1}.\nd=D.\ne=it's\n"));
    assertThat(broken.mismatches("es")).containsExactly(
        "broken_es.properties: 'a' has the placeholders [1] where the root has [0]",
        "broken_es.properties lacks the key 'b'",
        "broken_es.properties has the key 'd', which the root bundle lacks",
        "broken_es.properties has the key 'e', which the root bundle lacks");
    assertThat(Messages.of("q", Map.of("", "k=it's {0}\n")).mismatches(""))
        .containsExactly("q.properties: 'k' has a single quote; write it twice ('') for MessageFormat");
    assertThat(messages.mismatches("es")).isEmpty();
  }

  @Test
  void theWordingBundlesMatch() {
    Messages wording = Messages.load("/org/convoca/language/wording", Wording.class::getResourceAsStream);
    assertThat(wording.mismatches("")).isEmpty();
    assertThat(wording.mismatches("es")).isEmpty();
  }

  @Test
  void writesWholeNumbersAsAFreshMessageFormatWouldInEveryLanguage() {
    List<String> patterns = List.of(
        "{0}",
        "{0} of {1}",
        "{0,choice,0#none|1#one|1<{0} in all} ({1})",
        "{1} and {0,number,integer}, then {0}",
        "{0} then {0,choice,0#none|1<{0,number} again}");
    Messages family = Messages.of("numbers", Map.of("", "p0=" + patterns.get(0) + "\np1=" + patterns.get(1)
        + "\np2=" + patterns.get(2) + "\np3=" + patterns.get(3) + "\np4=" + patterns.get(4) + "\n"));
    List<Language> languages = List.of(Language.ENGLISH, Language.SPANISH, Language.of("es-AR"), Language.of("de"));
    qt(400).forAll(longs().between(-5_000_000_000L, 5_000_000_000L), integers().between(-2_000_000, 2_000_000),
            integers().between(0, patterns.size() - 1), integers().between(0, languages.size() - 1))
        .checkAssert((a, b, which, lang) -> {
          Language language = languages.get(lang);
          String expected = new MessageFormat(patterns.get(which), language.locale()).format(new Object[] {a, b});
          assertThat(family.format(language, "p" + which, a, b)).isEqualTo(expected);
        });
  }

  @Test
  void writesEveryKeyOfEveryBundleAsAFreshMessageFormatWould() {
    qt(3).forAll(longs().all()).checkAssert(seed ->
        assertThat(BundleAgreement.assertAgrees("/org/convoca", Messages.class, seed)).isGreaterThan(1_000));
  }

  @Test
  void writesQuotesBracesAndMissingArgumentsAsMessageFormatDoes() {
    Messages family = Messages.of("quotes", Map.of("", """
        quoted='{0}' is {0}, it''s '{1}''s'
        missing={0} and {2}
        only='{'x'}' and ''{1}''
        marks=\uFDD0{0}\uFDD1
        """));
    for (String key : List.of("quoted", "missing", "only", "marks")) {
      String pattern = family.patterns("").get(key);
      Object[] args = {"a", 7L};
      assertThat(family.format(Language.SPANISH, key, args)).as(key)
          .isEqualTo(new MessageFormat(pattern, Language.SPANISH.locale()).format(new Object[] {"a", "7"}));
    }
  }
}
