package org.convoca.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.convoca.language.Language;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The message for arguments picocli could not parse, in the user's language. English is picocli's
 * own message, word for word; another language says the kinds it has words for (an unknown option,
 * an argument too many, a missing parameter, an option given twice, a value that is not of the
 * option's type) with the data picocli gives, and picocli's message for any other kind.
 */
final class ArgumentError {

  private ArgumentError() {}

  /** The message for {@code e} in {@code language}. */
  static String message(ParameterException e, Language language) {
    if (language.isEnglish()) {
      return e.getMessage();
    }
    UserText text = UserText.in(language);
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      List<String> arguments = unmatched.getUnmatched();
      String key = !unmatched.isUnknownOption() ? "arguments.unmatched" : arguments.size() == 1 ? "arguments.unknown-option"
          : "arguments.unknown-options";
      return text.error(key, quoted(arguments));
    }
    if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      return text.error("arguments.missing", quoted(missing.getMissing().stream().map(ArgumentError::named).toList()));
    }
    if (e instanceof OverwrittenOptionException twice && twice.getOverwritten() != null) {
      return text.error("arguments.twice", "'" + named(twice.getOverwritten()) + "'");
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      return text.error("arguments.invalid", "'" + named(e.getArgSpec()) + "'", e.getValue());
    }
    return e.getMessage();
  }

  /** An option as its longest name, with its parameter's label when it takes one; a parameter as its label. */
  private static String named(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return option.longestName() + (arg.arity().min() > 0 ? "=" + arg.paramLabel() : "");
    }
    return arg.paramLabel();
  }

  private static String quoted(List<String> arguments) {
    return arguments.stream().map(argument -> "'" + argument + "'").collect(Collectors.joining(", "));
  }
}
