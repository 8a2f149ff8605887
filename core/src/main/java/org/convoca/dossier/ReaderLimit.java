package org.convoca.dossier;

import org.convoca.dossier.internal.Sentence;
import java.text.NumberFormat;
import java.util.Locale;
import org.convoca.dossier.internal.Json;

/**
 * The limits of {@link Json} that a text can go beyond while it is parsed, each with the sentence
 * that names it for the dossier's author.
 */
enum ReaderLimit {
  NESTING_DEPTH("Document nesting depth", "limit.nestingDepth", Json.MAX_NESTING_DEPTH),
  STRING_LENGTH("String value length", "limit.stringLength", Json.MAX_STRING_LENGTH),
  NUMBER_LENGTH("Number value length", "limit.numberLength", Json.MAX_NUMBER_LENGTH),
  NAME_LENGTH("Name length", "limit.nameLength", Json.MAX_NAME_LENGTH),
  DOCUMENT_LENGTH("Document length", "limit.documentLength", Json.MAX_DOCUMENT_LENGTH),
  OTHER("", "limit.other", 0);

  private final String jacksonPrefix;
  /** The key of the limit's sentence in the problems bundles. */
  private final String key;
  private final long limit;

  ReaderLimit(String jacksonPrefix, String key, long limit) {
    this.jacksonPrefix = jacksonPrefix;
    this.key = key;
    this.limit = limit;
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
  Sentence sentence() {
    return this == OTHER ? ProblemText.of(key) : ProblemText.of(key, limit);
  }

  static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
  }
}
