package org.convoca.rules;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code *.drl} files directly inside a rule author's folder, sorted by name, its message
 * bundles ({@code messages.properties}, {@code messages_es.properties}..., checked by
 * {@link FolderBundles}), and a warning for each entry that looks meant as rules or sentences but
 * is not read: a name that ends in {@code .drl} in another case ({@code .DRL}) or has something
 * after it ({@code .drl.bak}, {@code .drl~}), a {@code .drl} that is not a regular file, a
 * subfolder holding DRL files, a bundle named otherwise than {@code messages.properties} or
 * {@code messages_<language>.properties}. Other files (a README) are ignored without a word.
 */
final class FolderBook {

  private static final String EXTENSION = ".drl";
  /**
   * A message bundle of the folder's rules, named as resource bundles are: {@code messages.properties},
   * {@code messages_es.properties}, {@code messages_es_AR.properties}; a language in lower case, a
   * country in upper case.
   */
  private static final Pattern BUNDLE = Pattern.compile("messages(?:_([a-z]{2,3}(?:_(?:[A-Z]{2}|[0-9]{3}))?))?\\.properties");

  /**
   * What a folder holds.
   *
   * @param folder the folder
   * @param sources its DRL files, by name
   * @param ignored a warning per entry that looks like rules and is not read
   * @param bundles its message bundles' texts, by suffix: {@code ""} for {@code messages.properties},
   *     {@code "es"} for {@code messages_es.properties}
   */
  record Read(Path folder, List<RuleSource> sources, List<RuleBookWarning> ignored, SortedMap<String, String> bundles) {}

  private FolderBook() {}

  /**
   * Reads the folder's DRL files and message bundles.
   *
   * @throws RuleBookException when the folder is missing, or a file cannot be read or is not
   *     UTF-8, or a message bundle is refused ({@link FolderBundles#check}), one problem per file
   *     (per message of a bundle) as {@code file:line: message}
   */
  static Read read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new RuleBookException(List.of(new RuleProblem(folder.toString(), 0, "not a folder of rule files")));
    }
    List<Path> entries;
    try (Stream<Path> listing = Files.list(folder)) {
      entries = listing.sorted().toList();
    } catch (IOException e) {
      throw new RuleBookException(List.of(new RuleProblem(folder.toString(), 0, "cannot list the folder: " + reason(e))));
    }
    List<RuleSource> sources = new ArrayList<>();
    List<RuleBookWarning> ignored = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    SortedMap<String, String> bundles = new TreeMap<>();
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      Matcher bundle = BUNDLE.matcher(name);
      if (bundle.matches() && Files.isRegularFile(entry)) {
        FolderBundles.check(entry, problems).ifPresent(text -> bundles.put(bundle.group(1) == null ? "" : bundle.group(1), text));
      } else if (name.endsWith(EXTENSION) && Files.isRegularFile(entry)) {
        try {
          sources.add(RuleSource.inFolder(folder, name, entry.toString(), DrlText.decode(Files.readAllBytes(entry))));
        } catch (DrlText.NotUtf8 e) {
          problems.add(new RuleProblem(entry.toString(), e.line(), e.getMessage()));
        } catch (IOException e) {
          problems.add(new RuleProblem(entry.toString(), 0, "cannot read the file: " + reason(e)));
        }
      } else {
        whyIgnored(entry, name).ifPresent(why -> ignored.add(new RuleBookWarning(entry.toString(), why)));
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleBookException(problems);
    }
    return new Read(folder, List.copyOf(sources), List.copyOf(ignored), Collections.unmodifiableSortedMap(bundles));
  }

  private static Optional<String> whyIgnored(Path entry, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.endsWith(EXTENSION)) {
      return Optional.of("ignored: not a regular file, so not read as rules");
    }
    if (Files.isDirectory(entry)) {
      long drl = countDrl(entry);
      return drl == 0 ? Optional.empty() : Optional.of("ignored: a subfolder (with " + drl
          + (drl == 1 ? " .drl file" : " .drl files") + "); only the files directly in a rule folder are read, "
          + "so add it as a folder of its own to use them");
    }
    if (BUNDLE.matcher(name).matches()) {
      return Optional.of("ignored: not a regular file, so not read as a message bundle");
    }
    if (lower.startsWith("messages") && lower.contains(".properties")) {
      return Optional.of("ignored: a message bundle is read only when named messages.properties (English) or "
          + "messages_<language>.properties, the language in lower case (messages_es.properties); rename it to use it");
    }
    if (lower.endsWith(EXTENSION)) {
      return Optional.of("ignored: only names ending in .drl, in lower case, are read as rules; rename it to use it");
    }
    if (lower.contains(EXTENSION)) {
      return Optional.of("ignored: the name does not end in .drl (a backup or an editor's file?), so it is not read as rules");
    }
    return Optional.empty();
  }

  private static long countDrl(Path subfolder) {
    try (Stream<Path> listing = Files.list(subfolder)) {
      return listing.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION)).count();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Why an I/O operation failed, in words: permission denied, no such file, or the system's message. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
