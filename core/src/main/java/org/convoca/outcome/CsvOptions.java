package org.convoca.outcome;

/**
 * How {@link OutcomeWriters#csv(CallOutcome, java.io.Writer, CsvOptions)} encodes the CSV. The
 * cells are the same whatever the options; only the bytes around them change.
 *
 * @param byteOrderMark whether the text starts with a UTF-8 byte-order mark (U+FEFF, the bytes
 *     {@code EF BB BF}), which some spreadsheets need before they read a CSV file as UTF-8 rather
 *     than in the computer's legacy encoding; most other CSV readers take it for part of the first
 *     column's name, so it is off unless asked for
 */
public record CsvOptions(boolean byteOrderMark) {

  /** {@return plain UTF-8 without a byte-order mark: what every CSV reader understands} */
  public static CsvOptions standard() {
    return new CsvOptions(false);
  }

  /** {@return these options, with the text starting with a UTF-8 byte-order mark} */
  public CsvOptions withByteOrderMark() {
    return new CsvOptions(true);
  }
}
