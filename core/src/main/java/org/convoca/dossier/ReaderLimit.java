package org.convoca.dossier;

import java.text.NumberFormat;
import java.util.Locale;
import org.convoca.dossier.internal.Json;

/**
 * The limits of {@link Json} that a text can go beyond while it is parsed, each with the sentence
 * that names it for the dossier's author.
 */
enum ReaderLimit {
  NESTING_DEPTH("Document nesting depth", "is nested more than " + Json.MAX_NESTING_DEPTH + " levels deep"),
  STRING_LENGTH("String value length", "is a string longer than " + count(Json.MAX_STRING_LENGTH) + " characters"),
  NUMBER_LENGTH("Number value length", "is a number longer than " + count(Json.MAX_NUMBER_LENGTH) + " characters"),
  NAME_LENGTH("Name length", "has a field name longer than " + count(Json.MAX_NAME_LENGTH) + " characters"),
  DOCUMENT_LENGTH("Document length", "is longer than " + count(Json.MAX_DOCUMENT_LENGTH) + " characters"),
  OTHER("", "goes beyond one of the reader's limits");

  private final String jacksonPrefix;
  private final String sentence;

  ReaderLimit(String jacksonPrefix, String sentence) {
    this.jacksonPrefix = jacksonPrefix;
    this.sentence = sentence;
  }

  /**
   * The limit that Jackson's {@code message} reports. Jackson gives the limit no type, only a
   * message that starts with the name of what was too long or too deep.
   */
  static ReaderLimit reportedBy(String message) {
    String m = message == null ? "" : message;
    for (ReaderLimit limit : values()) {
      if (limit != OTHER && m.startsWith(limit.jacksonPrefix)) {
        return limit;
      }
    }
    return OTHER;
  }

  /** What went beyond the limit, as a message: "is a string longer than 1,000,000 characters, the reader's limit". */
  String sentence() {
    return this == OTHER ? sentence : sentence + ", the reader's limit";
  }

  static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
  }
}
