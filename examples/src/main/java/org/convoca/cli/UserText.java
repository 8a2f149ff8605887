package org.convoca.cli;

import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.language.Wording;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command's own words, in the language of its user ({@link UserLanguage}): the summaries and
 * result lines it prints ({@code summary*.properties}), its errors ({@code errors*.properties}) and
 * its usage help ({@code usage*.properties}, through {@link UsageBundle}), the bundles beside this
 * class. Values that come from the dossier, the rule book or the library are put into these words
 * as they are; what they say is not the command's to translate.
 */
final class UserText {

  /** The summaries and result lines the subcommands print on standard output. */
  static final Messages SUMMARY = Messages.load("/org/convoca/cli/summary", UserText.class::getResourceAsStream);
  /** The command's error messages: user errors, the reasons of file failures, the last resort's lines. */
  static final Messages ERRORS = Messages.load("/org/convoca/cli/errors", UserText.class::getResourceAsStream);
  /** The usage help: descriptions of the commands, their options and parameters, the headings. */
  static final Messages USAGE = Messages.load("/org/convoca/cli/usage", UserText.class::getResourceAsStream);

  private final Language language;

  private UserText(Language language) {
    this.language = language;
  }

  /** The words of {@code language}. */
  static UserText in(Language language) {
    return new UserText(language);
  }

  /**
   * The words of the run that {@code spec} belongs to: the language the top command was run in,
   * English for a command that is not under one.
   */
  static UserText of(CommandSpec spec) {
    return in(languageOf(spec));
  }

  /** The language of the run that {@code spec} belongs to; English for a command not under {@link ConvocaCommand}. */
  static Language languageOf(@Nullable CommandSpec spec) {
    if (spec != null && spec.root().userObject() instanceof ConvocaCommand top) {
      return top.language;
    }
    return Language.ENGLISH;
  }

  /** The language these words are in. */
  Language language() {
    return language;
  }

  /** How this language writes numbers and money. */
  Wording wording() {
    return Wording.in(language);
  }

  /** The summary line {@code key} with {@code args}. */
  String summary(String key, @Nullable Object... args) {
    return SUMMARY.format(language, key, args);
  }

  /** The error text {@code key} with {@code args}; an argument that is a {@link UserError.Line} is written in this language. */
  String error(String key, @Nullable Object... args) {
    return ERRORS.format(language, key, UserError.Line.written(language, args));
  }
}
