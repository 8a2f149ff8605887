package org.convoca.call;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a track of a call, such as the OGP Local track.
 *
 * <p>Written in JSON as a bare string, for example {@code "ogp-local"}.
 *
 * @param value the identifier, never blank
 */
public record TrackId(String value) implements Comparable<TrackId> {

  /**
   * Checks that the identifier is present and not blank.
   *
   * @param value the identifier, never blank
   */
  public TrackId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'trackId' must not be blank");
    }
  }

  /**
   * {@return the TrackId {@code value}}
   *
   * @param value the identifier, never blank
   */
  @JsonCreator
  public static TrackId of(String value) {
    return new TrackId(value);
  }

  /** {@return the identifier, as the dossier writes it} */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(TrackId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
