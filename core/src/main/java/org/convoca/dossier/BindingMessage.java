package org.convoca.dossier;

import org.convoca.dossier.internal.Sentence;
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
 * Words a failure to bind part of a dossier for the person who wrote it. The mapper's wording,
 * which names Java and Jackson types, is replaced. The model's own checks already speak that
 * language ("'hours' must be more than 0, was 0"), so their message is kept; it is written in
 * another language by {@link ModelCheckSentences}, which knows the sentences those checks write.
 */
final class BindingMessage {

  private static final Pattern MISSING =
      Pattern.compile("Cannot build \\w+, some of required attributes? (?:is|are) not set \\[(.*)]");

  private BindingMessage() {}

  static Sentence of(Exception e) {
    if (e instanceof UnrecognizedPropertyException) {
      return ProblemText.of("field.unknown");
    }
    if (e instanceof InvalidFormatException invalid) {
      return ProblemText.of("mustBe.was", expected(invalid.getTargetType()), Shown.text(String.valueOf(invalid.getValue())));
    }
    if (e instanceof MismatchedInputException mismatch && rootCause(e) == e) {
      return ProblemText.of("mustBe", expected(mismatch.getTargetType()));
    }
    Throwable cause = rootCause(e);
    if (cause instanceof InputCoercionException outOfRange && outOfRange.getTargetType() == Integer.TYPE) {
      return ProblemText.of("wholeNumberRange", (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE);
    }
    String message = cause.getMessage();
    if (cause instanceof NullPointerException || message == null) {
      return ProblemText.of("missingOrNull");
    }
    Matcher missing = MISSING.matcher(message);
    if (missing.find()) {
      return ProblemText.of("missingFields", missing.group(1));
    }
    return ModelCheckSentences.of(firstLine(message));
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

  private static Sentence expected(Class<?> type) {
    if (type == null) {
      return ProblemText.of("type.other");
    }
    if (type == LocalDate.class) {
      return ProblemText.of("type.date");
    }
    if (type == Instant.class) {
      return ProblemText.of("type.instant");
    }
    if (type == BigDecimal.class || type == double.class || type == Double.class) {
      return ProblemText.of("type.number");
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return ProblemText.of("type.integer");
    }
    if (type == boolean.class || type == Boolean.class) {
      return ProblemText.of("type.boolean");
    }
    if (type == String.class || type.isEnum() || (type.isRecord() && type.getRecordComponents().length == 1)) {
      return ProblemText.of("type.string");
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return ProblemText.of("type.array");
    }
    return ProblemText.of("type.object");
  }
}
