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
 * name, which the message around it already gives.
 */
final class IoReason {

  private IoReason() {}

  /** The exceptions whose kind says why, with the words for it; more specific kinds first. */
  private static final Map<Class<? extends IOException>, String> KINDS = kinds();

  /** The reason for {@code failure}, lower case unless it starts with an acronym, never empty. */
  static String of(IOException failure) {
    for (Map.Entry<Class<? extends IOException>, String> kind : KINDS.entrySet()) {
      if (kind.getKey().isInstance(failure)) {
        return kind.getValue();
      }
    }
    String reason = failure instanceof FileSystemException fs ? fs.getReason() : failure.getMessage();
    return reason == null || reason.isBlank() ? "input/output error" : words(reason);
  }

  private static Map<Class<? extends IOException>, String> kinds() {
    Map<Class<? extends IOException>, String> kinds = new LinkedHashMap<>();
    kinds.put(AccessDeniedException.class, "permission denied");
    kinds.put(NoSuchFileException.class, "no such file or folder");
    kinds.put(NotDirectoryException.class, "not a folder");
    kinds.put(DirectoryNotEmptyException.class, "a folder that is not empty is in the way");
    kinds.put(FileAlreadyExistsException.class, "something with that name already exists");
    kinds.put(FileSystemLoopException.class, "too many levels of symbolic links");
    kinds.put(AtomicMoveNotSupportedException.class, "the file system cannot replace a file in one step");
    return Collections.unmodifiableMap(kinds);
  }

  /** "No space left on device" as "no space left on device"; an acronym such as "NFS" stays as it is. */
  private static String words(String reason) {
    String text = reason.strip();
    boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
    return acronym ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
