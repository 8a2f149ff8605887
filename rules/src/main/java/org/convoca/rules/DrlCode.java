package org.convoca.rules;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The code of a DRL file: its text with comments and the insides of string literals blanked out
 * (newlines and offsets kept, so that a position still has its line), cut into tokens. Checks
 * that read DRL read only what Drools and the Java compiler would read as code.
 *
 * <p>Where the DRL and Java lexers might disagree (a {@code #} line comment, a string that runs
 * past the end of its line), {@link #readings} gives one reading per choice, so that a check run
 * on all of them sees every stretch of text that either lexer could take for code.
 */
final class DrlCode {

  /** One token: an identifier (ignorable characters removed, as Java compares them), a dot, a star or another mark. */
  record Token(String text, int offset) {
    boolean identifier() {
      return Character.isJavaIdentifierStart(text.charAt(0));
    }

    boolean is(String other) {
      return text.equals(other);
    }
  }

  private final String code;
  /** Cut when first asked for: a check that reads only the code does not pay for it. */
  private @Nullable List<Token> tokens;

  private DrlCode(String code) {
    this.code = code;
  }

  /** The code of {@code text} as the DRL lexer most likely reads it: {@code //} and block comments, multi-line strings. */
  static DrlCode of(String text) {
    return new DrlCode(blank(text, false, false));
  }

  /** Every plausible reading of {@code text}: with and without {@code #} comments, strings ending or not at the line's end. */
  static List<DrlCode> readings(String text) {
    List<DrlCode> readings = new ArrayList<>();
    for (boolean hashComments : new boolean[] {false, true}) {
      for (boolean stringsEndAtLineEnd : new boolean[] {false, true}) {
        readings.add(new DrlCode(blank(text, hashComments, stringsEndAtLineEnd)));
      }
    }
    return readings;
  }

  /** The text with comments and string contents replaced by spaces; quotes and newlines stay. */
  String code() {
    return code;
  }

  List<Token> tokens() {
    List<Token> cut = tokens;
    if (cut == null) {
      cut = tokenize(code); // an unmodifiable list: a second thread may cut its own, never see half of one
      tokens = cut;
    }
    return cut;
  }

  /** The 1-based line of {@code offset}. */
  int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < code.length(); i++) {
      if (code.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String blank(String text, boolean hashComments, boolean stringsEndAtLineEnd) {
    StringBuilder code = new StringBuilder(text);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      char next = i + 1 < n ? text.charAt(i + 1) : '\0';
      if (c == '/' && next == '/' || hashComments && c == '#') {
        int end = text.indexOf('\n', i);
        i = blankRange(code, i, end < 0 ? n : end);
      } else if (c == '/' && next == '*') {
        int close = text.indexOf("*/", i + 2);
        i = blankRange(code, i, close < 0 ? n : close + 2);
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && text.charAt(j) != c && !(stringsEndAtLineEnd && text.charAt(j) == '\n')) {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        blankRange(code, i + 1, Math.min(j, n));
        i = j + 1;
      } else {
        i++;
      }
    }
    return code.toString();
  }

  private static int blankRange(StringBuilder code, int from, int to) {
    for (int k = from; k < to; k++) {
      if (code.charAt(k) != '\n') {
        code.setCharAt(k, ' ');
      }
    }
    return to;
  }

  /**
   * The tokens of {@code code}: each identifier (a Java identifier start, then identifier parts) and
   * each other character that is not white space ({@code [ \t\n\x0B\f\r]}), read by code point;
   * ignorable characters are left out of a token's text, and a token left empty is dropped. The
   * same tokens as the pattern {@code \p{javaJavaIdentifierStart}\p{javaJavaIdentifierPart}*|\S}
   * finds ({@code DrlCodeTest} checks it), without a matcher and a stream per token.
   */
  static List<Token> tokenize(String code) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int n = code.length();
    int i = 0;
    while (i < n) {
      int cp = code.codePointAt(i);
      int start = i;
      i += Character.charCount(cp);
      if (Character.isJavaIdentifierStart(cp)) {
        text.setLength(0);
        text.appendCodePoint(cp); // never ignorable: an ignorable character is no identifier start
        while (i < n) {
          int part = code.codePointAt(i);
          if (!Character.isJavaIdentifierPart(part)) {
            break;
          }
          i += Character.charCount(part);
          if (!Character.isIdentifierIgnorable(part)) {
            text.appendCodePoint(part);
          }
        }
        tokens.add(new Token(text.toString(), start));
      } else if (!whiteSpace(cp) && !Character.isIdentifierIgnorable(cp)) {
        tokens.add(new Token(code.substring(start, i), start));
      }
    }
    return List.copyOf(tokens);
  }

  /** The regular expressions' {@code \s} without the UNICODE_CHARACTER_CLASS flag. */
  private static boolean whiteSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
  }
}
