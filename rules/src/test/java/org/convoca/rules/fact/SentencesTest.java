package org.convoca.rules.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convoca.language.BundleAgreement;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.rules.RuleBook;
import org.junit.jupiter.api.Test;

/**
 * The same key with equal arguments gives the same {@code String}, so findings share it; arguments
 * that are equal but read differently, or that a rule may change afterwards, never mix sentences.
 */
class SentencesTest {

  private static final Messages MESSAGES = Messages.of("test", Map.of("", "count={0} of {1}\nlist=Themes: {0}\nfixed=Nothing to fill.\n"));

  private final Sentences sentences = new Sentences(MESSAGES, Language.of("en"));

  @Test
  void theSameKeyAndEqualArgumentsGiveTheSameString() {
    String first = sentences.say("count", 2, new BigDecimal("4.50"));
    String again = sentences.say("count", 2, new BigDecimal("4.50"));

    assertThat(first).isEqualTo("2 of 4.50");
    assertThat(again).isSameAs(first);
  }

  @Test
  void equalDecimalsOfAnotherScaleAreAnotherSentence() {
    assertThat(sentences.say("count", 2, new BigDecimal("4.50"))).isEqualTo("2 of 4.50");
    assertThat(sentences.say("count", 2, new BigDecimal("4.5"))).isEqualTo("2 of 4.5");
    assertThat(sentences.say("count", 2L, 3)).isEqualTo("2 of 3");
  }

  @Test
  void aListThatChangesAfterwardsDoesNotChangeWhatIsSaidLater() {
    List<String> themes = new ArrayList<>(List.of("a", "b"));
    assertThat(sentences.say("list", themes)).isEqualTo("Themes: a and b");
    themes.add("c");
    assertThat(sentences.say("list", themes)).isEqualTo("Themes: a, b and c");
    assertThat(sentences.say("list", List.of("a", "b"))).isEqualTo("Themes: a and b");
  }

  @Test
  void argumentsWithoutAValueEqualityAreFormattedEveryTime() {
    Object odd = new Object() {
      @Override
      public String toString() {
        return "odd";
      }
    };
    assertThat(sentences.say("count", odd, Map.of())).isEqualTo("odd of {}");
    assertThat(sentences.say("fixed")).isEqualTo("Nothing to fill.");
  }

  @Test
  void itForgetsWhatItSaidPastItsLimitAndStillSaysItRight() {
    for (int i = 0; i < Sentences.REMEMBERED + 10; i++) {
      // Each sentence twice, so that the key repeats enough to be remembered.
      String first = sentences.say("count", i, 1);
      assertThat(first).isEqualTo(String.format(java.util.Locale.ROOT, "%,d of 1", i));
      assertThat(sentences.say("count", i, 1)).isSameAs(first);
    }
  }

  @Test
  void everyKeyOfTheBundledBooksIsWrittenAsAFreshMessageFormatWould() {
    qt(3).forAll(longs().all()).checkAssert(seed ->
        assertThat(BundleAgreement.assertAgrees("/org/convoca/rules", RuleBook.class, seed)).isGreaterThan(1_000));
  }

  @Test
  void aSentenceWithoutArgumentsIsTheBundlesOwnTextEachTime() {
    assertThat(sentences.say("fixed")).isSameAs(sentences.say("fixed")).isEqualTo("Nothing to fill.");
  }

  @Test
  void argumentsOfTheSameHashStillSayTheirOwnSentence() {
    // "Aa" and "BB" have the same hash.
    assertThat(sentences.say("count", "Aa", 1)).isEqualTo("Aa of 1");
    assertThat(sentences.say("count", "BB", 1)).isEqualTo("BB of 1");
    assertThat(sentences.say("count", List.of("Aa"), 1)).isEqualTo("Aa of 1");
    assertThat(sentences.say("count", List.of("BB"), 1)).isEqualTo("BB of 1");
  }

  @Test
  void aKeyWhoseSentencesRarelyRepeatIsNoLongerRememberedButSaysTheSame() {
    for (int i = 0; i < Sentences.TRIAL + 100; i++) {
      assertThat(sentences.say("count", i, 2)).isEqualTo(String.format(java.util.Locale.ROOT, "%,d of 2", i));
      String themes = sentences.say("list", List.of("a", "b"));
      assertThat(sentences.say("list", List.of("a", "b"))).as("a key that repeats is still remembered").isSameAs(themes);
    }
    assertThat(sentences.say("count", 7, 2)).isEqualTo("7 of 2");
    assertThat(sentences.say("count", 7, 2)).isEqualTo("7 of 2");
  }
}
