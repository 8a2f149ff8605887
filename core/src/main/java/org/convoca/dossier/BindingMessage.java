package org.convoca.dossier;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a failure to bind part of a dossier for the person who wrote it. The model's own checks
 * already speak that language ("'hours' must be more than 0, was 0"), so their message is kept;
 * the mapper's wording, which names Java and Jackson types, is replaced.
 */
final class BindingMessage {

  private static final Pattern MISSING =
      Pattern.compile("Cannot build \\w+, some of required attributes? (?:is|are) not set \\[(.*)]");

  private BindingMessage() {}

  static String of(Exception e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "is not a known field";
    }
    if (e instanceof InvalidFormatException invalid) {
      return "must be " + expected(invalid.getTargetType()) + ", was " + Shown.text(String.valueOf(invalid.getValue()));
    }
    if (e instanceof MismatchedInputException mismatch && rootCause(e) == e) {
      return "must be " + expected(mismatch.getTargetType());
    }
    Throwable cause = rootCause(e);
    if (cause instanceof InputCoercionException outOfRange && outOfRange.getTargetType() == Integer.TYPE) {
      return "must be a whole number from " + ReaderLimit.count(Integer.MIN_VALUE) + " to "
          + ReaderLimit.count(Integer.MAX_VALUE);
    }
    String message = cause.getMessage();
    if (cause instanceof NullPointerException || message == null) {
      return "is missing or null";
    }
    Matcher missing = MISSING.matcher(message);
    if (missing.find()) {
      return "is missing required fields: " + missing.group(1);
    }
    return firstLine(message);
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.replaceAll("\\s*\\(through reference chain.*", "").strip();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == LocalDate.class) {
      return "a real day written YYYY-MM-DD";
    }
    if (type == Instant.class) {
      return "an instant with its offset, such as 2021-03-01T12:00:00Z";
    }
    if (type == BigDecimal.class || type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class || type.isEnum() || (type.isRecord() && type.getRecordComponents().length == 1)) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object";
  }
}
