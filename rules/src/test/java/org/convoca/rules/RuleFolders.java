package org.convoca.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rule folders that tests write: a folder under a temporary one, with files and their DRL text. */
final class RuleFolders {

  private RuleFolders() {}

  /**
   * The folder {@code name} under {@code temp}, created with the files given as pairs of a file
   * name and its text.
   */
  static Path write(Path temp, String name, String... fileAndText) throws IOException {
    Path dir = Files.createDirectories(temp.resolve(name));
    for (int i = 0; i < fileAndText.length; i += 2) {
      Files.writeString(dir.resolve(fileAndText[i]), fileAndText[i + 1]);
    }
    return dir;
  }
}
