package org.convoca.jury.conflict;

import static java.util.Objects.requireNonNull;

import org.convoca.jury.JurorId;

/**
 * A conflict a juror declared, and why.
 *
 * @param juror the juror who declared it, never null; must be one of the jurors checked
 * @param target what it is with, never null
 * @param reason the reason given, such as "co-wrote the proposal"; never blank
 */
public record DeclaredConflict(JurorId juror, ConflictTarget target, String reason) {

  /**
   * Checks that nothing is missing.
   *
   * @param juror the juror who declared it, never null; must be one of the jurors checked
   * @param target what it is with, never null
   * @param reason the reason given, such as "co-wrote the proposal"; never blank
   * @throws NullPointerException when {@code juror} or {@code target} is null
   * @throws IllegalArgumentException when {@code reason} is null or blank
   */
  public DeclaredConflict {
    requireNonNull(juror, "'juror' of a declared conflict must not be null");
    requireNonNull(target, "'target' of the conflict declared by " + juror + " must not be null");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("'reason' of the conflict declared by " + juror + " must not be blank");
    }
  }
}
