package org.convoca.rules;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One DRL file of a rule book.
 *
 * @param name the file's name, the key by which a folder replaces a bundled file
 * @param origin where it came from, for error messages: a classpath resource or a file path
 * @param text the DRL
 * @param folder the folder it was read from; null for a bundled file
 * @param replaced the file of the same name that it replaced in the book (without its own
 *     history); null when it replaced none
 */
record RuleSource(String name, String origin, String text, @Nullable Path folder, @Nullable RuleSource replaced) {

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
  /** The start of the name of a file of post-selection rules. */
  static final String POST_SELECTION_PREFIX = "tracks";
  /** The start of the name of a file of monitoring rules. */
  static final String MONITORING_PREFIX = "monitoring";

  /** A bundled file. */
  RuleSource(String name, String origin, String text) {
    this(name, origin, text, null, null);
  }

  /** A file read from {@code folder}, at {@code origin}. */
  static RuleSource inFolder(Path folder, String name, String origin, String text) {
    return new RuleSource(name, origin, text, folder, null);
  }

  /** This file, recorded as having replaced {@code earlier}. */
  RuleSource replacing(RuleSource earlier) {
    return new RuleSource(name, origin, text, folder, new RuleSource(earlier.name, earlier.origin, earlier.text,
        earlier.folder, null));
  }

  /** Whether the file is one of the bundled book's. */
  boolean bundled() {
    return folder == null;
  }

  /** The path Drools sees: the file under the folder of its DRL package, as Drools expects. */
  String compilePath() {
    Matcher matcher = PACKAGE.matcher(text);
    String packageFolder = matcher.find() ? matcher.group(1).replace('.', '/') + "/" : "";
    return packageFolder + name;
  }

  /** Whether the file holds post-selection rules: its name starts with {@code tracks}. */
  boolean postSelection() {
    return name.startsWith(POST_SELECTION_PREFIX);
  }

  /** Whether the file holds monitoring rules: its name starts with {@code monitoring}. */
  boolean monitoring() {
    return name.startsWith(MONITORING_PREFIX);
  }

  /** When the file's rules run, from its name. */
  RuleFile.Phase phase() {
    return postSelection() ? RuleFile.Phase.POST_SELECTION
        : monitoring() ? RuleFile.Phase.MONITORING : RuleFile.Phase.ASSESSMENT;
  }
}
