package org.convoca.cli;

/**
 * Pads the columns of the summaries, as {@code %-28s} and {@code %3s} would, without a format
 * that reads the JVM's default locale: the numbers come written in the user's language already.
 */
final class Columns {

  private Columns() {}

  /** {@code text} followed by spaces up to {@code width} characters; longer text as it is. */
  static String left(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  /** {@code text} after spaces up to {@code width} characters; longer text as it is. */
  static String right(String text, int width) {
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }
}
