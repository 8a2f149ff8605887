import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step of the start-up archive (examples/pom.xml, issue 11): copies the class list that the
 * training run wrote (-XX:DumpLoadedClassList) without the lines that ask the dump to make method
 * handle species classes of its own ({@code @lambda-form-invoker [SPECIES_RESOLVE] ...}). The JDK
 * has no class file for such a class, and JDK 17 crashes when it loads one from the archive while
 * a class file load hook is on: Java Flight Recorder's (JAVA_OPTS=-XX:StartFlightRecording), a
 * profiler's or a debugger's agent. Without them the JVM makes those few classes when a run needs
 * them, as it does without an archive. A list that is missing (the training could not write one)
 * is left missing: the dump then fails, and the build goes on without an archive. Run with the
 * JDK's source launcher: {@code java StartUpClassList.java TRAINING-LIST LIST}.
 */
public final class StartUpClassList {

  private static final String SPECIES = "@lambda-form-invoker [SPECIES_RESOLVE]";

  private StartUpClassList() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java StartUpClassList.java TRAINING-LIST LIST");
      System.exit(2);
    }
    Path training = Path.of(args[0]);
    Path list = Path.of(args[1]);
    Files.deleteIfExists(list);
    if (Files.isRegularFile(training)) {
      List<String> lines = Files.readAllLines(training, StandardCharsets.UTF_8);
      Files.write(list, lines.stream().filter(line -> !line.startsWith(SPECIES)).toList(), StandardCharsets.UTF_8);
    }
  }
}
