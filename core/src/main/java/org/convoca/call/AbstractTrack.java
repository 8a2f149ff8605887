package org.convoca.call;

import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/** A track that selected proposals may enter, such as the OGP Local track, with its number of places. */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractTrack {

  /** {@return its identifier, which the post-selection rules name} */
  public abstract TrackId id();

  /** {@return its name} */
  public abstract String name();

  /** {@return who it is for and what it gives} */
  public abstract String description();

  /** {@return how many proposals it takes} */
  public abstract int places();

  @Value.Check
  void check() {
    if (places() < 0) {
      throw new IllegalStateException("'places' must not be negative, was " + places());
    }
  }
}
