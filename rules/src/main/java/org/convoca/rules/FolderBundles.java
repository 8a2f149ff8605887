package org.convoca.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convoca.language.Language;
import org.convoca.language.Messages;

/**
 * The message bundles of a rule author's folder ({@code messages.properties},
 * {@code messages_es.properties}...): each is checked when the folder is read, and refused with a
 * problem per fault, named by file and line, when it is too large, not UTF-8, has a malformed
 * Unicode escape, a pattern that {@link java.text.MessageFormat} refuses or a single quote.
 * Once the rule book is put together, a folder whose bundles disagree with each other (a key that
 * one language has and another lacks, other placeholders) gets a {@link RuleBookWarning} per key:
 * that compiles and runs, but a call in one of the languages reads another's text or fails.
 */
final class FolderBundles {

  /** The most bytes a message bundle may have: a rule folder is bounded input. */
  static final long MAX_BYTES = 1 << 20;

  /** A problem {@link Messages#mismatches} finds in a pattern of the bundle itself: {@code 'key' has ...}. */
  private static final Pattern OWN_PROBLEM = Pattern.compile("'(.+?)' ((?:has a single quote|is not a MessageFormat pattern).*)");
  /** A key of a language's bundle that the folder's English bundle lacks. */
  private static final Pattern NOT_IN_ROOT = Pattern.compile("has the key '(.+)', which the root bundle lacks");
  /** A key of the English bundle that a language's bundle lacks. */
  private static final Pattern NOT_TRANSLATED = Pattern.compile("lacks the key '(.+)'");

  private FolderBundles() {}

  /**
   * The text of the message bundle {@code file}, or empty after adding to {@code problems} why it
   * cannot be used.
   */
  static Optional<String> check(Path file, List<RuleProblem> problems) {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        problems.add(new RuleProblem(file.toString(), 0, "a message bundle may have at most " + MAX_BYTES
            + " bytes (1 MiB), this one has " + Files.size(file)));
        return Optional.empty();
      }
      text = DrlText.decode(Files.readAllBytes(file));
    } catch (DrlText.NotUtf8 e) {
      problems.add(new RuleProblem(file.toString(), e.line(), e.getMessage()));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(new RuleProblem(file.toString(), 0, "cannot read the file: " + FolderBook.reason(e)));
      return Optional.empty();
    }
    String name = file.getFileName().toString();
    List<String> faults;
    try { // checked as a root bundle of its own, named after the file, so that its problems start with the file's name
      faults = Messages.of(name.substring(0, name.length() - ".properties".length()), Map.of("", text)).mismatches("");
    } catch (IllegalArgumentException e) {
      problems.add(new RuleProblem(file.toString(), 0, e.getMessage()));
      return Optional.empty();
    }
    for (String fault : faults) {
      String said = fault.startsWith(name + ": ") ? fault.substring(name.length() + 2) : fault;
      Matcher own = OWN_PROBLEM.matcher(said);
      problems.add(own.matches()
          ? new RuleProblem(file.toString(), lineOf(text, own.group(1)), "'" + own.group(1) + "' " + own.group(2))
          : new RuleProblem(file.toString(), 0, said));
    }
    return faults.isEmpty() ? Optional.of(text) : Optional.empty();
  }

  /**
   * A warning for each disagreement between the bundles of {@code folder}: a key of its English
   * bundle ({@code messages.properties}) that a language's bundle lacks (a call in that language
   * reads it in English), a key of a language's bundle that neither the folder's English bundle nor
   * {@code below} (the bundles the folder lies over) has in English (a call in English fails the
   * rule that says it; a translation of a key of the rule book is expected), and placeholders that
   * differ from the English pattern's.
   *
   * @param folder what was read from the folder
   * @param below the bundles of the rule book under the folder
   */
  static List<RuleBookWarning> mismatches(FolderBook.Read folder, Messages below) {
    Messages own = Messages.of(folder.folder().resolve("messages").toString(), folder.bundles());
    List<RuleBookWarning> warnings = new ArrayList<>();
    for (String suffix : folder.bundles().keySet()) {
      if (suffix.isEmpty()) {
        continue;
      }
      String file = folder.folder().resolve("messages_" + suffix + ".properties").toString();
      for (String mismatch : own.mismatches(suffix)) {
        String said = mismatch.startsWith(file) ? mismatch.substring(file.length()).replaceFirst("^:? ", "") : mismatch;
        Matcher extra = NOT_IN_ROOT.matcher(said);
        if (extra.matches()) {
          if (!below.has(Language.ENGLISH, extra.group(1))) {
            warnings.add(new RuleBookWarning(file, "has the key '" + extra.group(1) + "', which neither messages.properties "
                + "nor the rule book's English bundles have: a call in English fails the rule that says it"));
          }
        } else if (NOT_TRANSLATED.matcher(said).matches()) {
          warnings.add(new RuleBookWarning(file, said + " that messages.properties has: a call in that language reads it in English"));
        } else {
          warnings.add(new RuleBookWarning(file, said));
        }
      }
    }
    return warnings;
  }

  /** The line of {@code text} where {@code key} is given, from 1; 0 when it cannot be told (an escaped key). */
  static int lineOf(String text, String key) {
    List<String> lines = text.lines().toList();
    boolean continued = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).stripLeading();
      boolean starts = !continued && line.startsWith(key) && !line.startsWith("#") && !line.startsWith("!");
      if (starts && (line.length() == key.length() || "=: \t\f".indexOf(line.charAt(key.length())) >= 0)) {
        return i + 1;
      }
      continued = endsWithBackslash(line);
    }
    return 0;
  }

  /** Whether a properties line goes on on the next one: it ends with an odd number of backslashes. */
  private static boolean endsWithBackslash(String line) {
    int slashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      slashes++;
    }
    return slashes % 2 == 1;
  }
}
