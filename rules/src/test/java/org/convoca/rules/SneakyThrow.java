package org.convoca.rules;

/** Throws a checked exception from code that does not declare it, as some libraries do, for rules under test to call. */
public final class SneakyThrow {

  private SneakyThrow() {}

  /** Throws an {@link Exception} with {@code message} past the compiler's checks; never returns. */
  public static boolean checked(String message) {
    return SneakyThrow.<RuntimeException>sneak(new Exception(message));
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> boolean sneak(Throwable thrown) throws E {
    throw (E) thrown;
  }
}
