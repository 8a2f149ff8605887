package org.convoca.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Why a file operation failed, in the plain words the operating system uses ("permission denied",
 * "no space left on device", "read-only file system"), without the exception's class or the file's
 * name, which the message around it already gives. The kinds Java names are said in the user's
 * language (the {@code io.*} messages of the errors bundle); a reason only the operating system
 * gives is its own text.
 */
final class IoReason {

  private IoReason() {}

  /** The exceptions whose kind says why, with the key of the words for it; more specific kinds first. */
  private static final Map<Class<? extends IOException>, String> KINDS = kinds();

  /**
   * The reason for {@code failure}, written when it is reported: lower case unless it starts with an
   * acronym, never empty.
   */
  static UserError.Line of(IOException failure) {
    for (Map.Entry<Class<? extends IOException>, String> kind : KINDS.entrySet()) {
      if (kind.getKey().isInstance(failure)) {
        return UserError.Line.of(kind.getValue());
      }
    }
    String reason = failure instanceof FileSystemException fs ? fs.getReason() : failure.getMessage();
    return reason == null || reason.isBlank() ? UserError.Line.of("io.error") : UserError.Line.text(words(reason));
  }

  private static Map<Class<? extends IOException>, String> kinds() {
    Map<Class<? extends IOException>, String> kinds = new LinkedHashMap<>();
    kinds.put(AccessDeniedException.class, "io.denied");
    kinds.put(NoSuchFileException.class, "io.no-such-file");
    kinds.put(NotDirectoryException.class, "io.not-a-folder");
    kinds.put(DirectoryNotEmptyException.class, "io.folder-not-empty");
    kinds.put(FileAlreadyExistsException.class, "io.exists");
    kinds.put(FileSystemLoopException.class, "io.loop");
    kinds.put(AtomicMoveNotSupportedException.class, "io.atomic-move");
    return Collections.unmodifiableMap(kinds);
  }

  /** "No space left on device" as "no space left on device"; an acronym such as "NFS" stays as it is. */
  private static String words(String reason) {
    String text = reason.strip();
    boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
    return acronym ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
