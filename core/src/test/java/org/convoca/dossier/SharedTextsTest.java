package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The table of a reading's short texts finds a text again, from a string or from a parser's
 * characters, at the place it was given first, and at no other text's place: also for texts with
 * characters of 256 and above, which it compares with their strings rather than its own bytes,
 * and across the table's growing.
 */
class SharedTextsTest {

  /** Characters that ids, days and names hold, and some that the table keeps apart. */
  private static final char[] ALPHABET = {'P', '-', '0', '1', '9', 'a', 'Z', ' ', 'é', 'ÿ', '\u0100', 'ł', '€',
      '\ud83d', '\ude00', '\u0000', '\u007f', '\u0080'};

  @Test
  void findsEachTextAtThePlaceItWasFirstGivenAndNoOtherText() {
    qt(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      SharedTexts texts = new SharedTexts();
      Map<String, Integer> first = new HashMap<>();
      List<String> given = new ArrayList<>();
      for (int i = 0; i < 3_000; i++) {
        String text = random.nextInt(3) == 0 && !given.isEmpty() ? given.get(random.nextInt(given.size())) : text(random);
        char[] chars = ("##" + text + "#").toCharArray();
        int place = random.nextBoolean() ? texts.place(text) : texts.place(chars, 2, text.length());
        String found = texts.text(place);

        assertThat(found).isEqualTo(text);
        first.putIfAbsent(text, place);
        given.add(text);
        // A place holds until the next text is added: the first string stays the text's.
        assertThat(texts.intern(new String(text))).isSameAs(found);
      }
      first.keySet().forEach(text -> assertThat(texts.text(texts.place(text.toCharArray(), 0, text.length()))).isEqualTo(text));
    });
  }

  @Test
  void keepsTextsOfEveryLengthUpToTheLongestShared() {
    SharedTexts texts = new SharedTexts();
    StringBuilder text = new StringBuilder();
    for (int length = 0; length <= PartwiseRead.SHARED_LENGTH; length++) {
      String each = text.toString();
      assertThat(texts.intern(each)).isSameAs(texts.intern(new String(each))).isEqualTo(each);
      assertThat(texts.text(texts.place(each.toCharArray(), 0, length))).isSameAs(texts.intern(each));
      text.append((char) ('a' + length % 26));
    }
  }

  private static String text(Random random) {
    int length = random.nextInt(random.nextBoolean() ? 4 : PartwiseRead.SHARED_LENGTH + 1);
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = ALPHABET[random.nextInt(random.nextInt(4) == 0 ? ALPHABET.length : 9)];
    }
    return new String(chars);
  }
}
