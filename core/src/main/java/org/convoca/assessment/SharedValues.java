package org.convoca.assessment;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A table of one instance of each common immutable value that assessments hold, so that many
 * findings do not each hold their own copy of the same value. It keeps at most a given number of
 * values, the first ones met that it is asked to keep, for the life of the JVM; what it hands back
 * is equal to what it was given, so nothing that reads the value can tell.
 *
 * @param <T> an immutable type whose equality is all that its readers can tell of a value
 */
final class SharedValues<T> {

  private final ConcurrentHashMap<T, T> values = new ConcurrentHashMap<>();
  private final int limit;
  private final Predicate<T> worthKeeping;

  SharedValues(int limit, Predicate<T> worthKeeping) {
    this.limit = limit;
    this.worthKeeping = worthKeeping;
  }

  /** {@return the shared instance equal to {@code value}, or {@code value} itself when it is not kept} */
  T of(T value) {
    T shared = values.get(value);
    if (shared != null) {
      return shared;
    }
    if (values.size() >= limit || !worthKeeping.test(value)) {
      return value;
    }
    shared = values.putIfAbsent(value, value);
    return shared == null ? value : shared;
  }

  /** {@return whether {@code value} is the very instance this table shares} */
  boolean shares(T value) {
    return values.get(value) == value;
  }
}
