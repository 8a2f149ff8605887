package org.convoca.cli;

import java.util.Arrays;
import java.util.List;
import org.convoca.language.Language;
import org.jspecify.annotations.Nullable;

/**
 * A failure caused by the user's input, reported as lines on standard error and an exit code,
 * never with a stack trace. Its lines are written in the user's language when they are reported
 * ({@link #lines(Language)}); the exception's own message is the English text.
 */
final class UserError extends RuntimeException {

  /**
   * One line of an error, written when it is reported: a message of the command's errors bundle,
   * or a text that comes written already (a problem the library found, in its own words).
   */
  @FunctionalInterface
  interface Line {

    /** The line in {@code language}. */
    String in(Language language);

    /** The message {@code key} of the errors bundle, with {@code args}, any of which may be a line itself. */
    static Line of(String key, @Nullable Object... args) {
      Object[] kept = args.clone();
      return language -> UserText.in(language).error(key, kept);
    }

    /** A line already written, {@code text}, the same in every language. */
    static Line text(String text) {
      return language -> text;
    }

    /** {@code args} with every line among them written in {@code language}. */
    static @Nullable Object[] written(Language language, @Nullable Object[] args) {
      return Arrays.stream(args).map(arg -> arg instanceof Line line ? line.in(language) : arg).toArray();
    }
  }

  private final int exitCode;
  private final List<Line> lines;

  UserError(int exitCode, List<Line> lines) {
    super(String.join(System.lineSeparator(), lines.stream().map(line -> line.in(Language.ENGLISH)).toList()));
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  /** Invalid input (exit code 2) of one line, the errors bundle's message {@code key} with {@code args}. */
  static UserError invalidInput(String key, @Nullable Object... args) {
    return new UserError(ExitCodes.INVALID_INPUT, List.of(Line.of(key, args)));
  }

  /** Invalid input (exit code 2) whose lines are {@code texts}, already written (the library's problems). */
  static UserError invalidInput(List<String> texts) {
    return new UserError(ExitCodes.INVALID_INPUT, texts.stream().map(Line::text).toList());
  }

  int exitCode() {
    return exitCode;
  }

  /** The lines, written in {@code language}. */
  List<String> lines(Language language) {
    return lines.stream().map(line -> line.in(language)).toList();
  }
}
