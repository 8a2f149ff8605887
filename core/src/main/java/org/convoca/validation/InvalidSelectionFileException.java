package org.convoca.validation;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import org.convoca.dossier.internal.Sentence;
import org.convoca.language.Language;
import org.convoca.language.Messages;

/**
 * A published selection file that cannot be taken as a claim: it cannot be read, is not a JSON
 * array of ids nor a list of ids one per line, lists no id, or has ids that break the dossier's id
 * pattern or are listed twice. {@link #problems()} lists every problem found, each on one line, in
 * English; {@link #problems(Language)} in another language Convoca writes.
 */
public final class InvalidSelectionFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The sentences of the problems of a selection file, English at the root. */
  static final Messages PROBLEMS = Messages.load("/org/convoca/validation/selection-file",
      InvalidSelectionFileException.class::getResourceAsStream);

  /** The file, as given. */
  private final transient Path file;
  /** Every problem, each on one line, in English. */
  private final List<String> problems;
  /** What each problem says, after the file's name; null only after the exception was deserialised. */
  private final transient List<Sentence> said;

  InvalidSelectionFileException(Path file, List<Sentence> problems) {
    super(String.join(System.lineSeparator(), lines(file, problems, Language.ENGLISH)));
    this.file = file;
    this.said = List.copyOf(problems);
    this.problems = lines(file, said, Language.ENGLISH);
  }

  /** {@return the sentence {@code key} of the selection file's problems bundles with {@code arguments} in it} */
  static Sentence sentence(String key, Object... arguments) {
    return Sentence.of(PROBLEMS, key, arguments);
  }

  /**
   * The file that was read, as given to {@link PublishedSelection#read(Path)}.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * Every problem, in the order found, each as {@code file: where: what}: {@code where} is
   * {@code line N} in a list of lines, {@code $[i]} in a JSON array, {@code line N, column C} for
   * JSON that does not parse, and absent for the file as a whole.
   *
   * @return the problems, in English; never empty
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * Every problem, as {@link #problems()} gives them, in {@code language}: the file's name and the
   * JSON paths are the same in every language, and so are Jackson's and the system's own words.
   *
   * @param language the language to write in; English when Convoca does not write it
   * @return the problems; never empty
   */
  public List<String> problems(Language language) {
    requireNonNull(language, "'language' must not be null");
    return said == null || language.isEnglish() ? problems : lines(file, said, language);
  }

  private static List<String> lines(Path file, List<Sentence> problems, Language language) {
    return problems.stream().map(problem -> file + ": " + problem.in(language)).toList();
  }
}
