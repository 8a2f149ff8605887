package org.convoca.assessment;

/**
 * One instance of each common label ({@code PRIMARY_THEME:OPEN_DATA}), which rules often build
 * anew for every proposal. A label is a {@code String}, so the instance handed back is equal to the
 * one given and nothing that reads it can tell. The table keeps at most {@link #LIMIT} labels of
 * at most {@link #LENGTH} characters, the first ones met, for the life of the JVM.
 */
final class SharedLabels {

  /** How many labels the table keeps at most. */
  static final int LIMIT = 4_096;
  /** The longest label kept. */
  static final int LENGTH = 64;

  private static final SharedValues<String> LABELS = new SharedValues<>(LIMIT, label -> label.length() <= LENGTH);

  private SharedLabels() {}

  /** The shared instance equal to {@code label}, or {@code label} itself when it is not kept. */
  static String of(String label) {
    return LABELS.of(label);
  }
}
