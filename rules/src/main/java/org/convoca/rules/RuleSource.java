package org.convoca.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One DRL file of a rule book.
 *
 * @param name the file's name, the key by which a folder replaces a bundled file
 * @param origin where it came from, for error messages: a classpath resource or a file path
 * @param text the DRL
 */
record RuleSource(String name, String origin, String text) {

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
  /** The start of the name of a file of post-selection rules. */
  static final String POST_SELECTION_PREFIX = "tracks";

  /** The path Drools sees: the file under the folder of its DRL package, as Drools expects. */
  String compilePath() {
    Matcher matcher = PACKAGE.matcher(text);
    String folder = matcher.find() ? matcher.group(1).replace('.', '/') + "/" : "";
    return folder + name;
  }

  /** Whether the file holds post-selection rules: its name starts with {@code tracks}. */
  boolean postSelection() {
    return name.startsWith(POST_SELECTION_PREFIX);
  }
}
