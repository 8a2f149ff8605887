package org.convoca.outcome;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The versions of Convoca and Drools that produced an outcome, written as {@code producedBy} in
 * {@code outcome.json}, outside the fingerprint: a later patch release can then reproduce an older
 * outcome and say that the versions differ. A version that cannot be found is {@value #UNKNOWN}.
 *
 * @param convoca Convoca's version, such as {@code 1.0.0}
 * @param drools the version of the Drools on the class or module path, such as {@code 10.2.0}
 */
public record ProducedBy(String convoca, String drools) {

  /** The version written when it cannot be found. */
  public static final String UNKNOWN = "unknown";

  private static final ProducedBy CURRENT = new ProducedBy(
      read(ProducedBy.class.getResourceAsStream("versions.properties"), "convoca"),
      read(ProducedBy.class.getClassLoader() == null ? null
          : ProducedBy.class.getClassLoader().getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties"),
          "version"));

  /**
   * Checks that no part is missing.
   *
   * @param convoca Convoca's version
   * @param drools the version of Drools
   */
  public ProducedBy {
    requireNonNull(convoca, "'convoca' must not be null");
    requireNonNull(drools, "'drools' must not be null");
  }

  /**
   * {@return the versions of this run: Convoca's as it was built, Drools' from the Maven metadata of
   * the {@code drools-core} jar found at run time; either is {@value #UNKNOWN} when it cannot be read}
   */
  public static ProducedBy current() {
    return CURRENT;
  }

  private static String read(@Nullable InputStream in, String key) {
    if (in == null) {
      return UNKNOWN;
    }
    try (in) {
      Properties properties = new Properties();
      properties.load(in);
      String value = properties.getProperty(key, UNKNOWN).strip();
      return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
    } catch (IOException | IllegalArgumentException unreadable) {
      return UNKNOWN;
    }
  }
}
