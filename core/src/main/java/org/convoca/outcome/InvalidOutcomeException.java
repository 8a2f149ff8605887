package org.convoca.outcome;

/**
 * A file given as a published outcome that is not one: it cannot be read, is not JSON, is not an
 * object, lacks a field every outcome has, or is in an outcome format this version does not read.
 * The message is one line, {@code source: where: what}, with nothing from the file that could act
 * on a terminal.
 */
public final class InvalidOutcomeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidOutcomeException(String line) {
    super(line);
  }
}
