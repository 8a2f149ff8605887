package org.convoca.outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A report's text on its way to a {@link Writer}: appended as to a {@link StringBuilder}, and handed
 * on every few kilobytes, so that a report of a hundred thousand proposals is never held whole.
 * {@link #flush()} hands on the rest. A failure to write is thrown as an {@link UncheckedIOException}.
 */
final class TextOut {

  private static final int HAND_ON_AT = 16 * 1024;

  private final StringBuilder buffer = new StringBuilder(HAND_ON_AT + 1024);
  private final Writer out;

  TextOut(Writer out) {
    this.out = out;
  }

  TextOut append(String text) {
    buffer.append(text);
    return handOnWhenFull();
  }

  TextOut append(char c) {
    buffer.append(c);
    return handOnWhenFull();
  }

  TextOut append(int number) {
    buffer.append(number);
    return handOnWhenFull();
  }

  /** Appends {@code value} as {@link String#valueOf(Object)} gives it, as {@link StringBuilder#append(Object)} does. */
  TextOut append(Object value) {
    return append(String.valueOf(value));
  }

  /** Hands on what is left and flushes the writer, which stays open. */
  void flush() {
    handOn();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TextOut handOnWhenFull() {
    if (buffer.length() >= HAND_ON_AT) {
      handOn();
    }
    return this;
  }

  private void handOn() {
    try {
      out.append(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    buffer.setLength(0);
  }
}
