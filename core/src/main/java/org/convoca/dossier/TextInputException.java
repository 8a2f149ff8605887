package org.convoca.dossier;

import java.io.IOException;

/**
 * Thrown by {@link TextInput} when an input cannot be taken as text: it is not a regular file, it
 * is larger than the caller's limit, or it is not UTF-8. It carries what went wrong as data;
 * {@link #getMessage()} says it in a few words meant for the person who gave the input, without
 * the file's name, which the caller adds.
 */
public final class TextInputException extends IOException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with the input. */
  public enum Kind {
    /** A directory, a device, a pipe or a socket: something that is not a regular file. */
    NOT_A_REGULAR_FILE,
    /** More bytes than the caller's limit. */
    TOO_LARGE,
    /** A byte sequence that is not UTF-8; {@link #line()} and {@link #column()} say where. */
    NOT_UTF8
  }

  /** What was wrong with the input. */
  private final Kind kind;
  /** For {@link Kind#TOO_LARGE}, the limit in bytes; otherwise 0. */
  private final long limit;
  /** For {@link Kind#NOT_UTF8}, the line of the first bad byte; otherwise 0. */
  private final int line;
  /** For {@link Kind#NOT_UTF8}, the column of the first bad byte; otherwise 0. */
  private final int column;

  private TextInputException(Kind kind, String message, long limit, int line, int column) {
    super(message);
    this.kind = kind;
    this.limit = limit;
    this.line = line;
    this.column = column;
  }

  static TextInputException notARegularFile() {
    return new TextInputException(Kind.NOT_A_REGULAR_FILE, "not a regular file", 0, 0, 0);
  }

  static TextInputException tooLarge(long limit) {
    return new TextInputException(Kind.TOO_LARGE,
        "larger than the limit of " + ReaderLimit.count(limit) + " bytes",
        limit, 0, 0);
  }

  static TextInputException notUtf8(int line, int column) {
    return new TextInputException(Kind.NOT_UTF8, "not UTF-8 at line " + line + ", column " + column,
        0, line, column);
  }

  /** {@return what is wrong; never null} */
  public Kind kind() {
    return kind;
  }

  /** {@return for {@link Kind#TOO_LARGE}, the limit in bytes that was exceeded; otherwise 0} */
  public long limit() {
    return limit;
  }

  /** {@return for {@link Kind#NOT_UTF8}, the line of the first bad byte, counted from 1; otherwise 0} */
  public int line() {
    return line;
  }

  /**
   * For {@link Kind#NOT_UTF8}, the column of the first bad byte in its line, counted from 1 in
   * characters; otherwise 0.
   *
   * @return for {@link Kind#NOT_UTF8}, the column of the first bad byte, counted from 1; otherwise 0
   */
  public int column() {
    return column;
  }
}
