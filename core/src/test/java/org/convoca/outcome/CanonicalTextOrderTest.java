package org.convoca.outcome;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The canonical dossier sorts scores, completions and the like by their canonical text, compared as
 * UTF-8 bytes without decoding them: the order must be exactly the order of the decoded strings.
 */
class CanonicalTextOrderTest {

  @Test
  void ordersUtf8TextsAsTheirStringsAreOrdered() {
    // Short texts over a few characters of every width, so that prefixes and near misses are common.
    int[] alphabet = {'"', 'a', 'b', 0x7F, 0xE9, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
    qt().withExamples(20_000).forAll(integers().between(0, Integer.MAX_VALUE), integers().between(0, Integer.MAX_VALUE))
        .checkAssert((x, y) -> {
          String a = text(alphabet, x);
          String b = text(alphabet, y);
          assertThat(Integer.signum(CanonicalDossier.compareTexts(a.getBytes(UTF_8), b.getBytes(UTF_8))))
              .as("%s against %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
        });
  }

  @Test
  void ordersAnyTextsAsTheirStringsAreOrdered() {
    qt().withExamples(20_000).forAll(texts(), texts())
        .checkAssert((a, b) -> assertThat(Integer.signum(CanonicalDossier.compareTexts(a.getBytes(UTF_8), b.getBytes(UTF_8))))
            .as("%s against %s", a, b).isEqualTo(Integer.signum(a.compareTo(b))));
  }

  @Test
  void putsATextBeforeTheTextsItStarts() {
    assertThat(CanonicalDossier.compareTexts("ab".getBytes(UTF_8), "abc".getBytes(UTF_8))).isNegative();
    assertThat(CanonicalDossier.compareTexts("abc".getBytes(UTF_8), "ab".getBytes(UTF_8))).isPositive();
    assertThat(CanonicalDossier.compareTexts("ab".getBytes(UTF_8), "ab".getBytes(UTF_8))).isZero();
  }

  /** Text made of the characters of {@code alphabet} that {@code seed}'s digits in its base pick. */
  private static String text(int[] alphabet, int seed) {
    List<Integer> picks = new ArrayList<>();
    for (int n = seed; n > 0 && picks.size() < 5; n /= alphabet.length) {
      picks.add(alphabet[n % alphabet.length]);
    }
    StringBuilder text = new StringBuilder();
    picks.forEach(text::appendCodePoint);
    return text.toString();
  }

  /** Texts of up to 6 code points of any plane, surrogates left out: the canonical JSON is well-formed UTF-8. */
  private static Gen<String> texts() {
    return lists().of(integers().between(0, Character.MAX_CODE_POINT - 0x800)).ofSizeBetween(0, 6).map(points -> {
      StringBuilder text = new StringBuilder();
      points.forEach(p -> text.appendCodePoint(p < Character.MIN_SURROGATE ? p : p + 0x800));
      return text.toString();
    });
  }
}
