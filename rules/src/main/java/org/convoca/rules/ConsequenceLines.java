package org.convoca.rules;

/**
 * Maps a line of the Java class that Drools' classic build generates for a rule back to the
 * rule's DRL file. Drools reports a consequence's compile error at the rule's first line, with the
 * Java compiler's line in the generated class; the generated class puts the consequence's first
 * non-blank line at {@link #GENERATED_FIRST_LINE} and keeps its lines one for one after it. A test
 * holds this to what the Drools version in use generates.
 */
final class ConsequenceLines {

  /** The line of the generated rule class that holds the consequence's first non-blank line. */
  static final int GENERATED_FIRST_LINE = 9;

  private ConsequenceLines() {}

  /**
   * The DRL line of the generated class's {@code generatedLine}.
   *
   * @param drl the DRL file's text
   * @param thenLine the line of the rule's {@code then}, from 1
   * @param generatedLine the line in the generated class
   * @param fallback the line to give when the mapping falls outside the consequence (the rule's line)
   */
  static int drlLine(String drl, int thenLine, int generatedLine, int fallback) {
    String[] lines = drl.split("\n", -1);
    if (thenLine < 1 || thenLine > lines.length || generatedLine < GENERATED_FIRST_LINE) {
      return fallback;
    }
    int then = lines[thenLine - 1].indexOf("then");
    if (then < 0) {
      return fallback;
    }
    int first = thenLine; // the line, from 1, of the consequence's first non-blank text
    String text = lines[thenLine - 1].substring(then + "then".length());
    while (text.isBlank()) {
      if (first == lines.length) {
        return fallback;
      }
      text = lines[first];
      first++;
    }
    int line = first + generatedLine - GENERATED_FIRST_LINE;
    return line <= lines.length ? line : fallback;
  }
}
