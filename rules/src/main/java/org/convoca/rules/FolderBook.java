package org.convoca.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The {@code *.drl} files directly inside a rule author's folder, sorted by name. */
final class FolderBook {

  private FolderBook() {}

  /**
   * The folder's DRL files.
   *
   * @throws RuleBookException when the folder is missing or a file cannot be read
   */
  static List<RuleSource> sources(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new RuleBookException(List.of(new RuleProblem(folder.toString(), 0, "not a folder of rule files")));
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(f -> f.getFileName().toString().endsWith(".drl") && Files.isRegularFile(f)).sorted().toList();
    } catch (IOException e) {
      throw new RuleBookException(List.of(new RuleProblem(folder.toString(), 0, "cannot list the folder: " + e.getMessage())));
    }
    List<RuleSource> sources = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        sources.add(new RuleSource(file.getFileName().toString(), file.toString(), Files.readString(file, UTF_8)));
      } catch (IOException e) {
        problems.add(new RuleProblem(file.toString(), 0, "cannot read the file: " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleBookException(problems);
    }
    return sources;
  }
}
