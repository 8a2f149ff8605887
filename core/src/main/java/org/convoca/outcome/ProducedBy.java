package org.convoca.outcome;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The versions of Convoca and Drools that produced an outcome, written as {@code producedBy} in
 * {@code outcome.json}, outside the fingerprint: a later patch release can then reproduce an older
 * outcome and say that the versions differ. A version that cannot be found is {@value #UNKNOWN}.
 *
 * <p>It also names the rule book that produced the outcome, when it is known: the bundled book
 * ({@code federal-call} or {@code horizon-europe}) and the names of the files that rule folders
 * laid over it (or, for a book of folders alone, no bundled book and those files), so that
 * {@code convoca verify} can say which book to verify with. Like the versions, this is outside the
 * fingerprint (which covers the rule files' texts) and outside verify's comparison.
 *
 * @param convoca Convoca's version, such as {@code 1.0.0}
 * @param drools the version of the Drools on the class or module path, such as {@code 10.2.0}
 * @param book the bundled rule book the rules started from, such as {@code horizon-europe}; null
 *     when not known or when the book is made of folders alone (then not written)
 * @param rules the names of the files that rule folders added or replaced, sorted; empty when
 *     none did (then not written)
 */
public record ProducedBy(String convoca, String drools, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String book,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> rules) {

  /** The version written when it cannot be found. */
  public static final String UNKNOWN = "unknown";

  private static final ProducedBy CURRENT = new ProducedBy(
      read(ProducedBy.class.getResourceAsStream("versions.properties"), "convoca"),
      read(ProducedBy.class.getClassLoader() == null ? null
          : ProducedBy.class.getClassLoader().getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties"),
          "version"));

  /**
   * Checks that no part is missing and copies the list.
   *
   * @param convoca Convoca's version
   * @param drools the version of Drools
   * @param book the bundled book, or null
   * @param rules the files rule folders added or replaced
   */
  public ProducedBy {
    requireNonNull(convoca, "'convoca' must not be null");
    requireNonNull(drools, "'drools' must not be null");
    rules = List.copyOf(rules);
  }

  /**
   * The versions alone, with no rule book named.
   *
   * @param convoca Convoca's version
   * @param drools the version of Drools
   */
  public ProducedBy(String convoca, String drools) {
    this(convoca, drools, null, List.of());
  }

  /**
   * {@return these versions with the rule book that produced the outcome}
   *
   * @param book the bundled book the rules started from, or null for a book of folders alone
   * @param rules the names of the files rule folders added or replaced
   */
  public ProducedBy withBook(@Nullable String book, List<String> rules) {
    return new ProducedBy(convoca, drools, book, rules.stream().sorted().toList());
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
