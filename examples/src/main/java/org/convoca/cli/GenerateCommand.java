package org.convoca.cli;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierWriter;
import org.convoca.language.Language;
import org.convoca.sample.DossierGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code convoca generate}: writes a realistic dossier made by the seeded {@link DossierGenerator},
 * the same bytes for the same settings, for benchmarks and for a user's own tests. The file is
 * written whole or not at all: to a hidden temporary file beside it, flushed to disk, then renamed over it.
 */
@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand implements Runnable {

  /** The most proposals a generated dossier may have. */
  static final int MAX_PROPOSALS = 1_000_000;
  /** The most jurors a generated dossier may have. */
  static final int MAX_JURORS = 1_000;
  /** The fewest jurors: the call's jury policy asks for 3 reviewers per proposal. */
  static final int MIN_JURORS = 3;

  @Option(names = "--proposals", paramLabel = "N", required = true)
  int proposals;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
  long seed;

  @Option(names = "--jurors", paramLabel = "J", defaultValue = "" + DossierGenerator.DEFAULT_JURORS)
  int jurors;

  @Option(names = "--language", paramLabel = "TAG")
  String language;

  @Option(names = "--out", paramLabel = "FILE", required = true)
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    within("--proposals", proposals, 1, MAX_PROPOSALS);
    within("--jurors", jurors, MIN_JURORS, MAX_JURORS);
    DossierGenerator generator = DossierGenerator.withSeed(seed).proposals(proposals).jurors(jurors);
    if (language != null) {
      generator = inLanguage(generator);
    }
    Path folder = checkedFolder();
    Dossier dossier = generator.generate();
    write(folder, dossier);
    spec.commandLine().getOut().println(UserText.of(spec).summary("generate.wrote", out, proposals, jurors,
        String.valueOf(seed)));
  }

  /** {@code generator} writing in {@link #language}, or an input error saying why it cannot. */
  private DossierGenerator inLanguage(DossierGenerator generator) {
    Language tag;
    try {
      tag = Language.of(language);
    } catch (IllegalArgumentException e) {
      throw UserError.invalidInput("generate.language.tag", language);
    }
    try {
      return generator.language(tag);
    } catch (IllegalArgumentException e) {
      throw UserError.invalidInput("generate.language.texts", language);
    }
  }

  private static void within(String option, int value, int min, int max) {
    if (value < min || value > max) {
      // The limits and the value as the user types them.
      throw UserError.invalidInput("between", option, String.valueOf(min), String.valueOf(max), String.valueOf(value));
    }
  }

  /** The folder {@code out} is written in, checked before any work is done. */
  private Path checkedFolder() {
    if (out.toString().isBlank() || out.getFileName() == null) {
      throw UserError.invalidInput("out.needs-file");
    }
    if (Files.isDirectory(out)) {
      throw problem(UserError.Line.of("out.is-folder"));
    }
    Path folder = out.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      throw problem(UserError.Line.of("out.no-folder", folder));
    }
    return folder;
  }

  private void write(Path folder, Dossier dossier) {
    // A name of this process's own, created new with the default permissions (so the umask applies).
    Path staged = folder.resolve(".convoca-generate-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(staged, CREATE_NEW, WRITE)) {
        OutputStream stream = Channels.newOutputStream(channel);
        DossierWriter.write(dossier, stream);
        channel.force(true);
      }
      Files.move(staged, out, ATOMIC_MOVE);
    } catch (IOException e) {
      throw problem(UserError.Line.of("out.cannot-write", IoReason.of(e)));
    } catch (UncheckedIOException e) {
      throw problem(UserError.Line.of("out.cannot-write", IoReason.of(e.getCause())));
    } finally {
      try {
        Files.deleteIfExists(staged);
      } catch (IOException leftBehind) {
        // Only a hidden temporary file is left; the outcome of the run stands.
      }
    }
  }

  private UserError problem(UserError.Line what) {
    return UserError.invalidInput("out.problem", out, what);
  }
}
