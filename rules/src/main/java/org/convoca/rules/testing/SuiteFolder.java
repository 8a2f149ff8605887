package org.convoca.rules.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convoca.dossier.TextInput;
import org.convoca.dossier.TextInputException;

/**
 * The folder of a suite, read as untrusted: only regular files and folders inside it, never through
 * a link, each file within a size limit, and a bounded number of cases.
 */
final class SuiteFolder {

  /** Most cases a suite may hold. */
  static final int MAX_CASES = 500;
  /** Largest case file, in bytes: its changes may add a few proposals. */
  static final int MAX_CASE_BYTES = 4 * 1024 * 1024;
  /** Largest dossier or base file, in bytes: a few thousand proposals. */
  static final int MAX_DOSSIER_BYTES = 64 * 1024 * 1024;

  private final Path root;

  private SuiteFolder(Path root) {
    this.root = root;
  }

  /** The suite at {@code folder}, which must be a folder; links to it are followed, none inside it. */
  static SuiteFolder at(Path folder) throws IOException {
    Path real = folder.toRealPath();
    if (!Files.isDirectory(real)) {
      throw new IOException("not a folder");
    }
    return new SuiteFolder(real);
  }

  /** The folders of the suite that hold a case file, by name; links and other files are left out. */
  List<Path> caseFolders(String caseFile, List<CaseProblem> problems) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory() && Files.exists(entry.resolve(caseFile), LinkOption.NOFOLLOW_LINKS)) {
          found.add(entry);
        } else if (attributes.isSymbolicLink()) {
          problems.add(new CaseProblem(name(entry), "", "is a link; a suite's cases are folders inside it, not links"));
        }
        if (found.size() > MAX_CASES) {
          problems.add(new CaseProblem(".", "", "holds more than " + MAX_CASES + " cases; split it into several suites"));
          return List.of();
        }
      }
    }
    found.sort(null);
    return found;
  }

  /** {@code file} relative to the suite's folder, with forward slashes, as problems name it. */
  String name(Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /**
   * {@code reference} resolved from {@code folder}, when it stays inside the suite and names no link
   * on the way; empty after adding the reason to {@code problems}.
   */
  Optional<Path> inside(Path folder, String reference, String file, String path, List<CaseProblem> problems) {
    Path resolved;
    try {
      resolved = folder.resolve(reference).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      problems.add(new CaseProblem(file, path, "is not a file name: " + e.getReason()));
      return Optional.empty();
    }
    if (!resolved.startsWith(root) || resolved.equals(root)) {
      problems.add(new CaseProblem(file, path, "names a file outside the suite's folder; a base must be inside it"));
      return Optional.empty();
    }
    for (Path step = resolved; !step.equals(root); step = step.getParent()) {
      if (Files.isSymbolicLink(step)) {
        problems.add(new CaseProblem(file, path, "names a file through the link " + name(step) + "; links are not followed"));
        return Optional.empty();
      }
    }
    return Optional.of(resolved);
  }

  /**
   * The text of {@code file}, a regular file of at most {@code maxBytes} (not a link), in UTF-8;
   * empty after adding the reason to {@code problems}.
   */
  Optional<String> text(Path file, int maxBytes, List<CaseProblem> problems) {
    String name = name(file);
    try {
      if (Files.isSymbolicLink(file)) {
        problems.add(new CaseProblem(name, "", "is a link; links are not followed"));
        return Optional.empty();
      }
      return Optional.of(TextInput.read(file, maxBytes));
    } catch (TextInputException e) {
      problems.add(new CaseProblem(name, "", switch (e.kind()) {
        case NOT_A_REGULAR_FILE -> "is not a regular file";
        case TOO_LARGE -> "is " + e.getMessage();
        case NOT_UTF8 -> "is " + e.getMessage() + "; save it as UTF-8";
      }));
    } catch (NoSuchFileException e) {
      problems.add(new CaseProblem(name, "", "no such file"));
    } catch (IOException e) {
      problems.add(new CaseProblem(name, "", "cannot be read: " + e.getMessage()));
    }
    return Optional.empty();
  }
}
