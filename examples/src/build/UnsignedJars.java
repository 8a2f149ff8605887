import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Build step of the distribution (examples/pom.xml, issue 11): removes the signature files
 * (META-INF/*.SF, *.RSA, *.DSA, *.EC) from each jar in the folder it is given, in place, so that
 * the JVM loads their classes without checking a digest of each one and a class-data-sharing
 * archive may hold them (the JVM leaves out every class of a signed jar). The classes, resources
 * and manifest stay as they are. Run with the JDK's source launcher:
 * {@code java UnsignedJars.java FOLDER}.
 */
public final class UnsignedJars {

  private UnsignedJars() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java UnsignedJars.java FOLDER");
      System.exit(2);
    }
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
      for (Path jar : jars) {
        unsign(jar);
      }
    }
  }

  private static void unsign(Path jar) throws IOException {
    URI uri = URI.create("jar:" + jar.toUri());
    try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
      Path metaInf = zip.getPath("/META-INF");
      if (!Files.isDirectory(metaInf)) {
        return;
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(metaInf)) {
        for (Path entry : entries) {
          String name = entry.getFileName().toString().toUpperCase(Locale.ROOT);
          if (name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC")) {
            Files.delete(entry);
          }
        }
      }
    }
  }
}
