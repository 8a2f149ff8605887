package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convoca.rules.DrlCode.Token;
import org.junit.jupiter.api.Test;

/**
 * The DRL code's tokens, cut by hand, are the tokens the regular expression they were first cut
 * with finds: on random texts of identifiers, marks, white space, ignorable characters,
 * supplementary and lone surrogate characters, and on every bundled DRL file.
 */
class DrlCodeTest {

  private static final Pattern TOKEN = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*|\\S");

  /** The pieces random texts are made of: each a case the two cuttings could read differently. */
  private static final List<String> PIECES = List.of("rule", "when", "$p", "_x1", "Proposal", "é", "ß", "日本",
      "9", "42", ".", "*", "(", ")", "\"", "'", "//", "/*", "*/", "#", "=", "==", "!", "->", " ", "  ", "\t",
      "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u0000", "\u0007", "\u001B", "\u007F", "\u00AD",
      "\u200B", "\u200D", "\uFEFF", "\uD835\uDC9C", "\uD83D\uDE00", "\uD800", "\uDC00", "\u0301", "\u20AC",
      "\u2164", "a\u00ADb", "x\u200By");

  @Test
  void cutsTheTokensThePatternFindsInRandomTexts() {
    Random random = new Random(11);
    for (int run = 0; run < 20_000; run++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(30);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String code = text.toString();
      assertThat(DrlCode.tokenize(code)).as("tokens of %s", escaped(code)).isEqualTo(byPattern(code));
    }
  }

  @Test
  void cutsTheTokensThePatternFindsInEveryBundledFile() throws IOException {
    List<String> files = List.of("classification.drl", "eligibility.drl", "scoring-capacity.drl",
        "scoring-cocreation.drl", "scoring-commitments.drl", "scoring-feasibility.drl", "scoring-jury.drl",
        "scoring-priority.drl", "scoring-values.drl");
    for (String file : files) {
      String text;
      try (InputStream in = DrlCodeTest.class.getResourceAsStream("/org/convoca/rules/federal/" + file)) {
        assertThat(in).as(file).isNotNull();
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      DrlCode code = DrlCode.of(text);
      assertThat(code.tokens()).as(file).isNotEmpty().isEqualTo(byPattern(code.code()));
      for (DrlCode reading : DrlCode.readings(text)) {
        assertThat(reading.tokens()).as(file).isEqualTo(byPattern(reading.code()));
      }
    }
  }

  /** The tokens as the regular expression cut them, ignorable characters taken out, empty ones dropped. */
  private static List<Token> byPattern(String code) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(code);
    while (m.find()) {
      StringBuilder text = new StringBuilder();
      m.group().codePoints().filter(cp -> !Character.isIdentifierIgnorable(cp)).forEach(text::appendCodePoint);
      if (text.length() > 0) {
        tokens.add(new Token(text.toString(), m.start()));
      }
    }
    return tokens;
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
